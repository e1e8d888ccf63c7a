import { Migration } from '@mikro-orm/migrations';

export class Migration20261201181810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "export_file_format" as enum ('CSV', 'XLSX');`);
    this.addSql(`create table "scheduled_export" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "unit_id" uuid not null, "contents" jsonb not null, "format" "export_file_format" not null, "period_kind" "report_period_kind" not null, "model_id" uuid null, "questionnaire_id" uuid null, "language" text null, "emails" jsonb not null, "folder" text null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "scheduled_export_pkey" primary key ("id"));`);

    this.addSql(`create table "scheduled_export_run" ("id" uuid not null, "organization_id" uuid not null, "export_id" uuid not null, "period_start" text not null, "files" jsonb not null, "recipients" jsonb not null, "ran_at" timestamptz not null, constraint "scheduled_export_run_pkey" primary key ("id"));`);
    this.addSql(`alter table "scheduled_export_run" add constraint "scheduled_export_run_organization_id_export_id_pe_1ded5_unique" unique ("organization_id", "export_id", "period_start");`);

    this.addSql(`alter table "scheduled_export" add constraint "scheduled_export_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "scheduled_export_run" add constraint "scheduled_export_run_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "scheduled_export" cascade;`);

    this.addSql(`drop table if exists "scheduled_export_run" cascade;`);

    this.addSql(`drop type "export_file_format";`);
  }

}
