import { Migration } from '@mikro-orm/migrations';

export class Migration20261201112448 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inspection_kind" ("id" uuid not null, "organization_id" uuid not null, "key" text not null, "label" text not null, "cross_unit" boolean not null default false, "created_at" timestamptz not null, constraint "inspection_kind_pkey" primary key ("id"));`);
    this.addSql(`alter table "inspection_kind" add constraint "inspection_kind_organization_id_key_unique" unique ("organization_id", "key");`);

    this.addSql(`create table "attachment" ("id" uuid not null, "organization_id" uuid not null, "inspector_id" uuid not null, "visit_root_id" uuid null, "file_name" text not null, "mime_type" text not null, "size" int not null, "sha256" text not null, "created_at" timestamptz not null, constraint "attachment_pkey" primary key ("id"));`);

    this.addSql(`create table "key_client" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('ENTERPRISE', 'PERSON')) not null, "contact_cipher" text null, "owner" text null, "tier" text null, "purged_at" timestamptz null, "created_at" timestamptz not null, constraint "key_client_pkey" primary key ("id"));`);

    this.addSql(`create table "inspector" ("id" uuid not null, "organization_id" uuid not null, "owner_unit_id" uuid not null, "name" text not null, "category" text check ("category" in ('STAFF', 'CONSUMER_REPRESENTATIVE', 'CIVIL_SERVANT', 'PROFESSIONAL', 'LAWYER', 'JOURNALIST', 'MYSTERY_SHOPPER')) not null, "user_id" uuid null, "home_unit_id" uuid null, "unit_ids" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "inspector_pkey" primary key ("id"));`);
    this.addSql(`create index "inspector_organization_id_user_id_index" on "inspector" ("organization_id", "user_id");`);

    this.addSql(`create table "staff_member" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "name" text not null, "post" text check ("post" in ('COUNTER_CLERK', 'CLAIMS_ADJUSTER', 'CALL_CENTRE_AGENT', 'MANAGER', 'OTHER')) not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "staff_member_pkey" primary key ("id"));`);

    this.addSql(`create table "visit" ("id" uuid not null, "organization_id" uuid not null, "client_id" text not null, "root_id" uuid not null, "revision" int not null, "assignment_id" uuid null, "inspector_id" uuid not null, "unit_id" uuid not null, "key_client_id" uuid null, "kind_id" uuid not null, "questionnaire_version_id" uuid not null, "staff_ids" text[] not null, "started_at" timestamptz not null, "ended_at" timestamptz not null, "answers" jsonb not null, "non_conformities" jsonb not null, "attachment_ids" text[] not null, "correction_reason" text null, "submitted_by" uuid null, "submitted_at" timestamptz not null, "superseded_at" timestamptz null, constraint "visit_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_organization_id_unit_id_ended_at_index" on "visit" ("organization_id", "unit_id", "ended_at");`);
    this.addSql(`alter table "visit" add constraint "visit_root_id_revision_unique" unique ("root_id", "revision");`);
    this.addSql(`alter table "visit" add constraint "visit_organization_id_client_id_unique" unique ("organization_id", "client_id");`);

    this.addSql(`create table "visit_plan" ("id" uuid not null, "organization_id" uuid not null, "owner_unit_id" uuid not null, "name" text not null, "purpose" text check ("purpose" in ('INSPECTION', 'KEY_CLIENT')) not null, "kind_id" uuid not null, "questionnaire_version_id" uuid not null, "unit_ids" text[] not null, "key_client_ids" text[] not null, "inspector_ids" text[] not null, "dates" text[] not null, "frequency" text check ("frequency" in ('WEEKLY', 'MONTHLY', 'QUARTERLY')) null, "due_days" int not null, "end_date" date not null, "created_at" timestamptz not null, constraint "visit_plan_pkey" primary key ("id"));`);

    this.addSql(`create table "assignment" ("id" uuid not null, "organization_id" uuid not null, "plan_id" uuid not null, "unit_id" uuid not null, "key_client_id" uuid null, "inspector_id" uuid not null, "scheduled_for" date not null, "due_date" date not null, "visit_id" uuid null, "done_at" timestamptz null, "created_at" timestamptz not null, constraint "assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "assignment_organization_id_plan_id_index" on "assignment" ("organization_id", "plan_id");`);
    this.addSql(`create index "assignment_organization_id_inspector_id_index" on "assignment" ("organization_id", "inspector_id");`);

    this.addSql(`alter table "inspection_kind" add constraint "inspection_kind_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "attachment" add constraint "attachment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "key_client" add constraint "key_client_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "key_client" add constraint "key_client_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspector" add constraint "inspector_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspector" add constraint "inspector_owner_unit_id_foreign" foreign key ("owner_unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspector" add constraint "inspector_home_unit_id_foreign" foreign key ("home_unit_id") references "org_unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "staff_member" add constraint "staff_member_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "visit" add constraint "visit_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit" add constraint "visit_inspector_id_foreign" foreign key ("inspector_id") references "inspector" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "visit" add constraint "visit_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit" add constraint "visit_key_client_id_foreign" foreign key ("key_client_id") references "key_client" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "visit" add constraint "visit_kind_id_foreign" foreign key ("kind_id") references "inspection_kind" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "visit_plan" add constraint "visit_plan_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_owner_unit_id_foreign" foreign key ("owner_unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_kind_id_foreign" foreign key ("kind_id") references "inspection_kind" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assignment" add constraint "assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_plan_id_foreign" foreign key ("plan_id") references "visit_plan" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_key_client_id_foreign" foreign key ("key_client_id") references "key_client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_inspector_id_foreign" foreign key ("inspector_id") references "inspector" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(`alter table "api_key" drop constraint if exists "api_key_role_check";`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER', 'INSPECTOR'));`);

    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER', 'INSPECTOR'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "visit" drop constraint "visit_kind_id_foreign";`);

    this.addSql(`alter table "visit_plan" drop constraint "visit_plan_kind_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_key_client_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_key_client_id_foreign";`);

    this.addSql(`alter table "visit" drop constraint "visit_inspector_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_inspector_id_foreign";`);

    this.addSql(`alter table "assignment" drop constraint "assignment_plan_id_foreign";`);

    this.addSql(`drop table if exists "inspection_kind" cascade;`);

    this.addSql(`drop table if exists "attachment" cascade;`);

    this.addSql(`drop table if exists "key_client" cascade;`);

    this.addSql(`drop table if exists "inspector" cascade;`);

    this.addSql(`drop table if exists "staff_member" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop table if exists "visit_plan" cascade;`);

    this.addSql(`drop table if exists "assignment" cascade;`);

    this.addSql(`alter table "api_key" drop constraint if exists "api_key_role_check";`);

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER'));`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER'));`);
  }

}
