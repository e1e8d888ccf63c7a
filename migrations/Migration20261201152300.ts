import { Migration } from '@mikro-orm/migrations';

export class Migration20261201152300 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbound_webhook" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "url" text not null, "unit_id" uuid not null, "events" jsonb not null, "secret_cipher" text not null, "disabled_at" timestamptz null, "created_at" timestamptz not null, constraint "outbound_webhook_pkey" primary key ("id"));`);
    this.addSql(`create index "outbound_webhook_organization_id_disabled_at_index" on "outbound_webhook" ("organization_id", "disabled_at");`);

    this.addSql(`create table "published_comment" ("id" uuid not null, "organization_id" uuid not null, "response_id" uuid not null, "question" text not null, "unit_id" uuid not null, "text" text not null, "approved_by" uuid not null, "approved_at" timestamptz not null, constraint "published_comment_pkey" primary key ("id"));`);
    this.addSql(`alter table "published_comment" add constraint "published_comment_organization_id_response_id_question_unique" unique ("organization_id", "response_id", "question");`);

    this.addSql(`create table "service_commitment" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "text" text not null, "translations" jsonb not null, "source" text check ("source" in ('METRIC', 'INDICATOR')) not null, "metric_key" text null, "model_id" uuid null, "indicator_key" text null, "target" double precision not null, "lower_is_better" boolean not null default false, "published" boolean not null default false, "created_at" timestamptz not null, constraint "service_commitment_pkey" primary key ("id"));`);
    this.addSql(`create index "service_commitment_organization_id_unit_id_index" on "service_commitment" ("organization_id", "unit_id");`);

    this.addSql(`create table "transparency_settings" ("id" uuid not null, "organization_id" uuid not null, "enabled" boolean not null default false, "model_id" uuid null, "unit_ids" jsonb not null, "action_ids" jsonb not null, "period" text check ("period" in ('MONTH', 'QUARTER', 'YEAR')) not null default 'QUARTER', "updated_at" timestamptz not null, constraint "transparency_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "transparency_settings" add constraint "transparency_settings_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "organization_id" uuid not null, "webhook_id" uuid not null, "event" text check ("event" in ('RESPONSE_COMPLETED', 'CASE_OPENED', 'CASE_CLOSED', 'ACTION_OVERDUE', 'ACTION_MET', 'REPORT_ISSUED')) not null, "event_key" text not null, "body" text not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" jsonb not null, "delivered_at" timestamptz null, "created_at" timestamptz not null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_organization_id_webhook_id_created_at_index" on "webhook_delivery" ("organization_id", "webhook_id", "created_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_event_key_unique" unique ("webhook_id", "event_key");`);

    this.addSql(`alter table "outbound_webhook" add constraint "outbound_webhook_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "published_comment" add constraint "published_comment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_commitment" add constraint "service_commitment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transparency_settings" add constraint "transparency_settings_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbound_webhook" cascade;`);

    this.addSql(`drop table if exists "published_comment" cascade;`);

    this.addSql(`drop table if exists "service_commitment" cascade;`);

    this.addSql(`drop table if exists "transparency_settings" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
