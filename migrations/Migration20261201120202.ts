import { Migration } from '@mikro-orm/migrations';

export class Migration20261201120202 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "rollup_outbox" add column "queued_at" timestamptz not null default now();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rollup_outbox" drop column "queued_at";`);
  }

}
