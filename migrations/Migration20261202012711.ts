import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012711 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "complaint_case" add column "staff_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint_case" drop column "staff_id";`);
  }

}
