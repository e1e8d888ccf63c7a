import { Migration } from '@mikro-orm/migrations';

export class Migration20261122210040 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "response_import" ("id" uuid not null, "organization_id" uuid not null, "questionnaire_version_id" uuid not null, "unit_id" uuid not null, "format" text check ("format" in ('CSV', 'JSONL')) not null, "mode" text check ("mode" in ('ALL_OR_NOTHING', 'SKIP_INVALID')) not null, "channel" text check ("channel" in ('WEB_LINK', 'KIOSK', 'EMBED', 'API', 'EMAIL', 'SMS', 'IVR', 'PHONE', 'PAPER')) not null, "status" text check ("status" in ('WAITING_FOR_DATA', 'RUNNING', 'SUCCEEDED', 'FAILED')) not null default 'WAITING_FOR_DATA', "rows_read" int not null default 0, "rows_stored" int not null default 0, "rows_invalid" int not null default 0, "problems" jsonb not null, "message" text null, "created_by" uuid null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "response_import_pkey" primary key ("id"));`);

    this.addSql(`alter table "response_import" add constraint "response_import_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "response_import" add constraint "response_import_questionnaire_version_id_foreign" foreign key ("questionnaire_version_id") references "questionnaire_version" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "response_import" add constraint "response_import_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "response_import" cascade;`);
  }

}
