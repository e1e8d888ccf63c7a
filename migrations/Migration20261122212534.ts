import { Migration } from '@mikro-orm/migrations';

export class Migration20261122212534 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "org_unit" add column "weight" double precision not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop column "weight";`);
  }

}
