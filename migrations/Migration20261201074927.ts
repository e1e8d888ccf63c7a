import { Migration } from '@mikro-orm/migrations';

export class Migration20261201074927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_throttle" ("kind" text not null, "key" text not null, "failures" int not null, "window_started_at" timestamptz not null, "lockouts" int not null, "locked_until" timestamptz null, constraint "sign_in_throttle_pkey" primary key ("kind", "key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
  }

}
