import { Migration } from '@mikro-orm/migrations';

export class Migration20261122203518 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "questionnaire" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "title" text not null, "title_translations" jsonb not null, "draft" json not null, "draft_revision" int not null default 1, "draft_updated_at" timestamptz not null, "draft_updated_by" uuid null, "draft_mandatory" jsonb not null, "latest_version_number" int not null default 0, "origin" text check ("origin" in ('ORIGINAL', 'TEMPLATE', 'DERIVED')) not null default 'ORIGINAL', "source_id" uuid null, "base_id" uuid null, "archived_at" timestamptz null, "created_at" timestamptz not null, "created_by" uuid null, constraint "questionnaire_pkey" primary key ("id"));`);
    this.addSql(`create index "questionnaire_organization_id_unit_id_index" on "questionnaire" ("organization_id", "unit_id");`);

    this.addSql(`create table "questionnaire_version" ("id" uuid not null, "organization_id" uuid not null, "questionnaire_id" uuid not null, "number" int not null, "definition" json not null, "content_hash" text not null, "changelog" text not null, "author_id" uuid null, "published_at" timestamptz not null, "retired_at" timestamptz null, "languages" jsonb not null, "mandatory_elements" jsonb not null, "base_id" uuid null, "question_count" int not null, constraint "questionnaire_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "questionnaire_version" add constraint "questionnaire_version_questionnaire_id_number_unique" unique ("questionnaire_id", "number");`);

    this.addSql(`create table "template" ("id" uuid not null, "organization_id" uuid not null, "questionnaire_id" uuid not null, "title" text not null, "description" text not null, "category" text not null, "languages" jsonb not null, "tags" jsonb not null, "latest_release_id" uuid not null, "latest_version_number" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "template_pkey" primary key ("id"));`);
    this.addSql(`create index "template_category_index" on "template" ("category");`);
    this.addSql(`alter table "template" add constraint "template_questionnaire_id_unique" unique ("questionnaire_id");`);

    this.addSql(`create table "template_release" ("id" uuid not null, "template_id" uuid not null, "version_id" uuid not null, "version_number" int not null, "definition" json not null, "content_hash" text not null, "changelog" text not null, "mandatory_elements" jsonb not null, "released_at" timestamptz not null, constraint "template_release_pkey" primary key ("id"));`);
    this.addSql(`alter table "template_release" add constraint "template_release_version_id_unique" unique ("version_id");`);
    this.addSql(`create index "template_release_template_id_version_number_index" on "template_release" ("template_id", "version_number");`);

    this.addSql(`alter table "questionnaire" add constraint "questionnaire_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "questionnaire" add constraint "questionnaire_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "questionnaire_version" add constraint "questionnaire_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "questionnaire_version" add constraint "questionnaire_version_questionnaire_id_foreign" foreign key ("questionnaire_id") references "questionnaire" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "template" add constraint "template_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "template_release" add constraint "template_release_template_id_foreign" foreign key ("template_id") references "template" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "questionnaire_version" drop constraint "questionnaire_version_questionnaire_id_foreign";`);

    this.addSql(`alter table "template_release" drop constraint "template_release_template_id_foreign";`);

    this.addSql(`drop table if exists "questionnaire" cascade;`);

    this.addSql(`drop table if exists "questionnaire_version" cascade;`);

    this.addSql(`drop table if exists "template" cascade;`);

    this.addSql(`drop table if exists "template_release" cascade;`);
  }

}
