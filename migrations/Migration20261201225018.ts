import { Migration } from '@mikro-orm/migrations';

export class Migration20261201225018 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "scheduled_export" add column "paused" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scheduled_export" drop column "paused";`);
  }

}
