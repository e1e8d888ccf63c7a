import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "delivery_slot" ("channel" text not null, "next_at" timestamptz not null, constraint "delivery_slot_pkey" primary key ("channel"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_slot" cascade;`);
  }

}
