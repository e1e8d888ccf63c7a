import { Migration } from '@mikro-orm/migrations';

export class Migration20261202054535 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "export_run_status" as enum ('SUCCEEDED', 'FAILED');`);
    this.addSql(`create type "export_run_error_code" as enum ('MAIL_REFUSED', 'FOLDER_UNWRITABLE', 'EXPORT_FAILED');`);
    this.addSql(`alter table "scheduled_export_run" drop constraint "scheduled_export_run_organization_id_export_id_pe_1ded5_unique";`);

    this.addSql(`alter table "scheduled_export_run" add column "status" "export_run_status" not null default 'SUCCEEDED', add column "attempt" int not null default 1, add column "error" text null, add column "error_code" "export_run_error_code" null;`);
    this.addSql(`create unique index "scheduled_export_run_success_unique" on "scheduled_export_run" ("organization_id", "export_id", "period_start") where "status" = 'SUCCEEDED';`);
    this.addSql(`alter table "scheduled_export_run" add constraint "scheduled_export_run_organization_id_export_id_pe_8b00f_unique" unique ("organization_id", "export_id", "period_start", "attempt");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "scheduled_export_run_success_unique";`);
    this.addSql(`alter table "scheduled_export_run" drop constraint "scheduled_export_run_organization_id_export_id_pe_8b00f_unique";`);
    this.addSql(`alter table "scheduled_export_run" drop column "status", drop column "attempt", drop column "error", drop column "error_code";`);

    this.addSql(`alter table "scheduled_export_run" add constraint "scheduled_export_run_organization_id_export_id_pe_1ded5_unique" unique ("organization_id", "export_id", "period_start");`);

    this.addSql(`drop type "export_run_status";`);
    this.addSql(`drop type "export_run_error_code";`);
  }

}
