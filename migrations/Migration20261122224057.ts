import { Migration } from '@mikro-orm/migrations';

export class Migration20261122224057 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "opt_out" ("id" uuid not null, "organization_id" uuid not null, "value_hash" text not null, "created_at" timestamptz not null, constraint "opt_out_pkey" primary key ("id"));`);
    this.addSql(`alter table "opt_out" add constraint "opt_out_organization_id_value_hash_unique" unique ("organization_id", "value_hash");`);

    this.addSql(`create table "ivr_session" ("id" uuid not null, "organization_id" uuid not null, "token_cipher" text not null, "answers" jsonb not null, "position" int not null default 0, "response_id" uuid null, "created_at" timestamptz not null, constraint "ivr_session_pkey" primary key ("id"));`);

    this.addSql(`create table "invitation_event" ("id" uuid not null, "organization_id" uuid not null, "invitation_id" uuid not null, "status" text check ("status" in ('QUEUED', 'SENT', 'DELIVERED', 'OPENED', 'STARTED', 'COMPLETED', 'BOUNCED', 'FAILED', 'EXPIRED', 'OPTED_OUT')) not null, "at" timestamptz not null, "detail" text null, "idempotency_key" text null, constraint "invitation_event_pkey" primary key ("id"));`);
    this.addSql(`create index "invitation_event_invitation_id_at_index" on "invitation_event" ("invitation_id", "at");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "organization_id" uuid not null, "distribution_id" uuid not null, "unit_id" uuid not null, "contact_id" uuid null, "channel" text check ("channel" in ('WEB_LINK', 'KIOSK', 'EMBED', 'API', 'EMAIL', 'SMS', 'IVR', 'PHONE', 'PAPER')) not null, "language" text null, "category" text null, "external_ref" text null, "token_hash" text not null, "token_cipher" text not null, "status" text check ("status" in ('QUEUED', 'SENT', 'DELIVERED', 'OPENED', 'STARTED', 'COMPLETED', 'BOUNCED', 'FAILED', 'EXPIRED', 'OPTED_OUT')) not null default 'QUEUED', "status_at" timestamptz not null, "expires_at" timestamptz not null, "messages_sent" int not null default 0, "due_message" int null default 0, "due_at" timestamptz null, "dispatched_message" int null, "delivered_at" timestamptz null, "completed_at" timestamptz null, "response_id" uuid null, "service_event_id" uuid null, "deadline_at" timestamptz null, "created_at" timestamptz not null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_due_at_index" on "invitation" ("due_at");`);
    this.addSql(`create index "invitation_organization_id_distribution_id_created_at_index" on "invitation" ("organization_id", "distribution_id", "created_at");`);

    this.addSql(`create table "event_rule" ("id" uuid not null, "organization_id" uuid not null, "event_type" text not null, "distribution_id" uuid not null, "delay_hours" double precision not null, "deadline_working_days" int not null, "sampling_rate" double precision not null, "fatigue_days" int not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "event_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "event_rule" add constraint "event_rule_organization_id_event_type_unique" unique ("organization_id", "event_type");`);

    this.addSql(`create table "distribution" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "questionnaire_id" uuid not null, "pinned_version_id" uuid null, "channel" text check ("channel" in ('WEB_LINK', 'KIOSK', 'EMBED', 'API', 'EMAIL', 'SMS', 'IVR', 'PHONE', 'PAPER')) not null, "unit_ids" jsonb not null, "opens_at" timestamptz null, "closes_at" timestamptz null, "quota" int null, "completed_count" int not null default 0, "languages" jsonb not null, "respondent_category" text null, "anonymity" text check ("anonymity" in ('ANONYMOUS', 'CONFIDENTIAL', 'IDENTIFIED')) not null, "status" text check ("status" in ('ACTIVE', 'PAUSED', 'CLOSED')) not null default 'ACTIVE', "invitation_valid_days" int not null default 30, "reminder_delays_hours" jsonb not null, "message_templates" jsonb null, "created_by" uuid null, "created_at" timestamptz not null, constraint "distribution_pkey" primary key ("id"));`);
    this.addSql(`create index "distribution_organization_id_created_at_index" on "distribution" ("organization_id", "created_at");`);

    this.addSql(`create table "contact" ("id" uuid not null, "organization_id" uuid not null, "kind" text check ("kind" in ('EMAIL', 'PHONE')) not null, "value_hash" text not null, "value_cipher" text null, "last_invited_at" timestamptz null, "purged_at" timestamptz null, "created_at" timestamptz not null, constraint "contact_pkey" primary key ("id"));`);
    this.addSql(`alter table "contact" add constraint "contact_organization_id_value_hash_unique" unique ("organization_id", "value_hash");`);

    this.addSql(`create table "org_calendar" ("id" uuid not null, "organization_id" uuid not null, "working_days" jsonb not null, "holidays" jsonb not null, "updated_at" timestamptz not null, constraint "org_calendar_pkey" primary key ("id"));`);
    this.addSql(`alter table "org_calendar" add constraint "org_calendar_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "service_event" ("id" uuid not null, "organization_id" uuid not null, "external_id" text not null, "type" text not null, "unit_id" uuid not null, "occurred_at" timestamptz not null, "outcome" text check ("outcome" in ('INVITED', 'SAMPLED_OUT', 'FATIGUE', 'OPTED_OUT', 'NO_RULE', 'NOT_REACHABLE')) not null, "rule_id" uuid null, "invitation_id" uuid null, "deadline_at" timestamptz null, "received_at" timestamptz not null, constraint "service_event_pkey" primary key ("id"));`);
    this.addSql(`create index "service_event_organization_id_occurred_at_index" on "service_event" ("organization_id", "occurred_at");`);
    this.addSql(`alter table "service_event" add constraint "service_event_organization_id_external_id_unique" unique ("organization_id", "external_id");`);

    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "unit_id" uuid not null, "secret_cipher" text not null, "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"));`);

    this.addSql(`create table "webhook_receipt" ("id" uuid not null, "organization_id" uuid not null, "endpoint_id" uuid not null, "signature" text not null, "received_at" timestamptz not null, constraint "webhook_receipt_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook_receipt" add constraint "webhook_receipt_endpoint_id_signature_unique" unique ("endpoint_id", "signature");`);

    this.addSql(`alter table "opt_out" add constraint "opt_out_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ivr_session" add constraint "ivr_session_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation_event" add constraint "invitation_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event_rule" add constraint "event_rule_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "distribution" add constraint "distribution_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contact" add constraint "contact_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "org_calendar" add constraint "org_calendar_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_event" add constraint "service_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_receipt" add constraint "webhook_receipt_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "response_link" add column "distribution_id" uuid null;`);
    this.addSql(`create index "response_link_distribution_id_index" on "response_link" ("distribution_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "opt_out" cascade;`);

    this.addSql(`drop table if exists "ivr_session" cascade;`);

    this.addSql(`drop table if exists "invitation_event" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "event_rule" cascade;`);

    this.addSql(`drop table if exists "distribution" cascade;`);

    this.addSql(`drop table if exists "contact" cascade;`);

    this.addSql(`drop table if exists "org_calendar" cascade;`);

    this.addSql(`drop table if exists "service_event" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_receipt" cascade;`);

    this.addSql(`drop index "response_link_distribution_id_index";`);
    this.addSql(`alter table "response_link" drop column "distribution_id";`);
  }

}
