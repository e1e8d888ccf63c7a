import { Migration } from '@mikro-orm/migrations';

export class Migration20261202054950 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "staff_cell" ("organization_id" uuid not null, "model_version_id" uuid not null, "unit_id" uuid not null, "month" date not null, "staff_id" text not null, "questionnaire_version_id" text not null, "channel" text not null, "category" text not null, "situation" text not null, "language" text not null, "responses" int not null, "stats" jsonb not null, constraint "staff_cell_pkey" primary key ("organization_id", "model_version_id", "unit_id", "month", "staff_id", "questionnaire_version_id", "channel", "category", "situation", "language"));`);

    this.addSql(`alter table "staff_cell" add constraint "staff_cell_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_cell" cascade;`);
  }

}
