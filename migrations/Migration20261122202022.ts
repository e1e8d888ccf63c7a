import { Migration } from '@mikro-orm/migrations';

export class Migration20261122202022 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organization" ("id" uuid not null, "name" text not null, "slug" text not null, "time_zone" text not null default 'UTC', "min_group_size" int not null default 5, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);

    this.addSql(`create table "org_unit" ("id" uuid not null, "organization_id" uuid not null, "parent_id" uuid null, "code" text not null, "name" text not null, "kind" text check ("kind" in ('HEAD_OFFICE', 'REGION', 'BRANCH', 'SUB_BRANCH', 'COURT', 'OFFICE')) not null, "path" text not null, "depth" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "org_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "org_unit_subtree_idx" on "org_unit" ("organization_id", "path" text_pattern_ops);`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_organization_id_code_unique" unique ("organization_id", "code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "organization_id" uuid not null, "email" text not null, "display_name" text not null, "password_hash" text not null, "locale" text not null default 'en', "disabled_at" timestamptz null, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_email_unique" unique ("organization_id", "email");`);

    this.addSql(`create table "session" ("id" text not null, "organization_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER')) not null, "unit_id" uuid not null, "created_at" timestamptz not null, constraint "role_assignment_pkey" primary key ("id"));`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_role_unit_id_unique" unique ("user_id", "role", "unit_id");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "role" text check ("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER')) not null, "unit_id" uuid not null, "secret_hash" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_organization_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_organization_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_organization_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_organization_id_foreign";`);

    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_unit_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_unit_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}
