import { Migration } from '@mikro-orm/migrations';

export class Migration20261201180638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "user_totp" ("user_id" uuid not null, "organization_id" uuid not null, "totp_secret" text not null, "confirmed_at" timestamptz null, "last_step" bigint null, "recovery_codes" text[] not null, "created_at" timestamptz not null, constraint "user_totp_pkey" primary key ("user_id"));`);

    this.addSql(`alter table "user_totp" add constraint "user_totp_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_totp" cascade;`);
  }

}
