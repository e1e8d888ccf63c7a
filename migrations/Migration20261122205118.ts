import { Migration } from '@mikro-orm/migrations';

export class Migration20261122205118 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "template_release" add column "indicator_model" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "template_release" drop column "indicator_model";`);
  }

}
