import { Migration } from '@mikro-orm/migrations';

export class Migration20261122205656 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "response" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "questionnaire_id" uuid not null, "questionnaire_version_id" uuid not null, "link_id" uuid null, "channel" text check ("channel" in ('WEB_LINK', 'KIOSK', 'EMBED', 'API', 'EMAIL', 'SMS', 'IVR', 'PHONE', 'PAPER')) not null, "category" text null, "situation" text null, "language" text null, "status" text check ("status" in ('COMPLETE', 'PARTIAL')) not null, "started_at" timestamptz null, "completed_at" timestamptz null, "submitted_at" timestamptz not null, "duration_seconds" int null, "is_test" boolean not null default false, "answers" jsonb not null, "excluded_at" timestamptz null, "excluded_reason" text null, "excluded_by" uuid null, "entered_by" uuid null, "score" double precision null, "band" text null, "model_version_id" uuid null, "resume_key_hash" text null, constraint "response_pkey" primary key ("id"));`);
    this.addSql(`alter table "response" add constraint "response_resume_key_hash_unique" unique ("resume_key_hash");`);
    this.addSql(`create index "response_organization_id_unit_id_completed_at_index" on "response" ("organization_id", "unit_id", "completed_at");`);
    this.addSql(`create index "response_organization_id_questionnaire_id_completed_at_index" on "response" ("organization_id", "questionnaire_id", "completed_at");`);

    this.addSql(`create table "response_change" ("id" uuid not null, "organization_id" uuid not null, "response_id" uuid not null, "kind" text check ("kind" in ('EXCLUDED', 'INCLUDED', 'CORRECTED')) not null, "reason" text not null, "before" jsonb null, "after" jsonb null, "changed_by" uuid null, "changed_at" timestamptz not null, constraint "response_change_pkey" primary key ("id"));`);
    this.addSql(`create index "response_change_response_id_index" on "response_change" ("response_id");`);

    this.addSql(`create table "response_key" ("id" uuid not null, "organization_id" uuid not null, "client_request_id" text not null, "response_id" uuid not null, "created_at" timestamptz not null, constraint "response_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "response_key" add constraint "response_key_organization_id_client_request_id_unique" unique ("organization_id", "client_request_id");`);

    this.addSql(`create table "response_link" ("id" uuid not null, "organization_id" uuid not null, "questionnaire_version_id" uuid not null, "unit_id" uuid not null, "channel" text check ("channel" in ('WEB_LINK', 'KIOSK', 'EMBED', 'API', 'EMAIL', 'SMS', 'IVR', 'PHONE', 'PAPER')) not null, "test_mode" boolean not null default false, "token" text not null, "closed_at" timestamptz null, "created_by" uuid null, "created_at" timestamptz not null, constraint "response_link_pkey" primary key ("id"));`);
    this.addSql(`alter table "response_link" add constraint "response_link_token_unique" unique ("token");`);

    this.addSql(`alter table "response" add constraint "response_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "response" add constraint "response_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "response" add constraint "response_questionnaire_id_foreign" foreign key ("questionnaire_id") references "questionnaire" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "response" add constraint "response_questionnaire_version_id_foreign" foreign key ("questionnaire_version_id") references "questionnaire_version" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "response_change" add constraint "response_change_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "response_key" add constraint "response_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "response_link" add constraint "response_link_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "response_link" add constraint "response_link_questionnaire_version_id_foreign" foreign key ("questionnaire_version_id") references "questionnaire_version" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "response_link" add constraint "response_link_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "response" cascade;`);

    this.addSql(`drop table if exists "response_change" cascade;`);

    this.addSql(`drop table if exists "response_key" cascade;`);

    this.addSql(`drop table if exists "response_link" cascade;`);
  }

}
