import { Migration } from '@mikro-orm/migrations';

export class Migration20261201151642 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "report_period_kind" as enum ('MONTH', 'QUARTER', 'YEAR');`);
    this.addSql(`create type "report_status" as enum ('DRAFT', 'ISSUED');`);
    this.addSql(`create table "report" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "model_id" uuid not null, "period_kind" "report_period_kind" not null, "period_start" text not null, "period_end" text not null, "language" text not null, "status" "report_status" not null default 'DRAFT', "content" jsonb not null, "commentary" text not null default '', "unit_notes" jsonb not null, "number" text null, "created_by_id" uuid null, "issued_by_id" uuid null, "issued_by_name" text null, "issued_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`create index "report_organization_id_unit_id_period_start_index" on "report" ("organization_id", "unit_id", "period_start");`);
    this.addSql(`alter table "report" add constraint "report_organization_id_number_unique" unique ("organization_id", "number");`);

    this.addSql(`create table "report_delivery" ("id" uuid not null, "organization_id" uuid not null, "subscription_id" uuid not null, "period_start" text not null, "report_id" uuid not null, "recipients" jsonb not null, "sent_at" timestamptz not null, constraint "report_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "report_delivery" add constraint "report_delivery_subscription_id_period_start_unique" unique ("subscription_id", "period_start");`);

    this.addSql(`create table "report_sequence" ("id" uuid not null, "organization_id" uuid not null, "label" text not null, "last" int not null, constraint "report_sequence_pkey" primary key ("id"));`);
    this.addSql(`alter table "report_sequence" add constraint "report_sequence_organization_id_label_unique" unique ("organization_id", "label");`);

    this.addSql(`create table "report_subscription" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "model_id" uuid not null, "period_kind" "report_period_kind" not null, "language" text not null, "emails" jsonb not null, "user_ids" jsonb not null, "auto_issue" boolean not null default false, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "report_subscription_pkey" primary key ("id"));`);

    this.addSql(`alter table "report" add constraint "report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "report_delivery" add constraint "report_delivery_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "report_sequence" add constraint "report_sequence_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "report_subscription" add constraint "report_subscription_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "report_delivery" cascade;`);

    this.addSql(`drop table if exists "report_sequence" cascade;`);

    this.addSql(`drop table if exists "report_subscription" cascade;`);

    this.addSql(`drop type "report_period_kind";`);
    this.addSql(`drop type "report_status";`);
  }

}
