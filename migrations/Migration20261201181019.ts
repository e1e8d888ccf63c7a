import { Migration } from '@mikro-orm/migrations';

export class Migration20261201181019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_settings" ("id" uuid not null, "organization_id" uuid not null, "remind_owner_after_hours" int not null default 0, "unit_manager_after_hours" int not null default 24, "parent_manager_after_hours" int not null default 48, "satisfied_from" double precision not null default 70, "updated_at" timestamptz null, "updated_by" uuid null, constraint "case_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_settings" add constraint "case_settings_organization_id_unique" unique ("organization_id");`);

    this.addSql(`alter table "case_settings" add constraint "case_settings_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_settings" cascade;`);
  }

}
