import { Migration } from '@mikro-orm/migrations';

export class Migration20261201110755 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_message" ("id" uuid not null, "organization_id" uuid not null, "case_id" uuid not null, "kind" text not null, "user_id" uuid null, "vars" jsonb null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "failed_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null, constraint "case_message_pkey" primary key ("id"));`);
    this.addSql(`create index "case_message_sent_at_next_attempt_at_index" on "case_message" ("sent_at", "next_attempt_at");`);

    this.addSql(`create table "case_intake_link" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "token" text not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "case_intake_link_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_intake_link" add constraint "case_intake_link_token_unique" unique ("token");`);

    this.addSql(`create table "case_event" ("id" uuid not null, "organization_id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "kind" text not null, "state" text check ("state" in ('RECEIVED', 'ACKNOWLEDGED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'TRANSFERRED', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'REOPENED')) null, "note" text null, "unit_id" uuid null, constraint "case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "case_event_case_id_at_index" on "case_event" ("case_id", "at");`);

    this.addSql(`create table "case_escalation" ("id" uuid not null, "organization_id" uuid not null, "case_id" uuid not null, "step" text check ("step" in ('ACKNOWLEDGE', 'RESOLVE')) not null, "round" int not null, "level" int not null, "at" timestamptz not null, constraint "case_escalation_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_escalation" add constraint "case_escalation_case_id_step_round_level_unique" unique ("case_id", "step", "round", "level");`);

    this.addSql(`create table "case_contact" ("id" uuid not null, "organization_id" uuid not null, "kind" text not null, "value_cipher" text not null, "name_cipher" text null, "created_at" timestamptz not null, constraint "case_contact_pkey" primary key ("id"));`);

    this.addSql(`create table "case_category" ("id" uuid not null, "organization_id" uuid not null, "code" text not null, "name" text not null, "parent_id" uuid null, "acknowledge_days" jsonb not null, "resolve_days" jsonb not null, "created_at" timestamptz not null, constraint "case_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_category" add constraint "case_category_organization_id_code_unique" unique ("organization_id", "code");`);

    this.addSql(`create table "case_attachment" ("id" uuid not null, "organization_id" uuid not null, "case_id" uuid not null, "file_name" text not null, "media_type" text not null, "size" int not null, "storage_key" text not null, "uploaded_by" uuid null, "created_at" timestamptz not null, constraint "case_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "case_attachment_case_id_index" on "case_attachment" ("case_id");`);

    this.addSql(`create table "complaint_case" ("id" uuid not null, "organization_id" uuid not null, "reference" text not null, "origin" text check ("origin" in ('COMPLAINT', 'ALERT')) not null, "state" text check ("state" in ('RECEIVED', 'ACKNOWLEDGED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'TRANSFERRED', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'REOPENED')) not null default 'RECEIVED', "unit_id" uuid not null, "category_id" uuid null, "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null, "channel" text check ("channel" in ('PHONE_HOTLINE', 'ONLINE_FORM', 'EMAIL', 'COUNTER', 'LETTER', 'REGULATOR_REFERRAL', 'OTHER_SYSTEM', 'SURVEY_ALERT')) not null, "description" text not null, "language" text null, "owner_id" uuid null, "response_id" uuid null, "alert_rule_id" uuid null, "external_ref" text null, "created_by" uuid null, "contact_id" uuid null, "received_at" timestamptz not null, "acknowledge_due_at" timestamptz null, "resolve_due_at" timestamptz null, "acknowledged_at" timestamptz null, "accepted_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "rejection_reason" text null, "resolution" text null, "responsibility" text check ("responsibility" in ('UNIT', 'STAFF', 'NONE')) null, "cause" text null, "compensation" text null, "agreement" text null, "reopen_count" int not null default 0, "service_event_id" uuid null, "follow_up_invitation_id" uuid null, constraint "complaint_case_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_case_organization_id_received_at_index" on "complaint_case" ("organization_id", "received_at");`);
    this.addSql(`create index "complaint_case_organization_id_state_index" on "complaint_case" ("organization_id", "state");`);
    this.addSql(`alter table "complaint_case" add constraint "complaint_case_organization_id_external_ref_unique" unique ("organization_id", "external_ref");`);
    this.addSql(`alter table "complaint_case" add constraint "complaint_case_organization_id_reference_unique" unique ("organization_id", "reference");`);

    this.addSql(`create table "alert_rule" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "questionnaire_id" uuid not null, "condition" text check ("condition" in ('SCORE_BELOW', 'BAND_IS', 'ANSWER_BELOW', 'ANSWER_IS', 'KEYWORD', 'CONTACT_ME')) not null, "question" text null, "threshold" double precision null, "values" jsonb not null, "priority" text check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null default 'NORMAL', "owner_id" uuid null, "category_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "alert_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_rule_organization_id_questionnaire_id_index" on "alert_rule" ("organization_id", "questionnaire_id");`);

    this.addSql(`alter table "case_message" add constraint "case_message_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_intake_link" add constraint "case_intake_link_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_event" add constraint "case_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_escalation" add constraint "case_escalation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_contact" add constraint "case_contact_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_category" add constraint "case_category_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_attachment" add constraint "case_attachment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "complaint_case" add constraint "complaint_case_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "alert_rule" add constraint "alert_rule_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_message" cascade;`);

    this.addSql(`drop table if exists "case_intake_link" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "case_escalation" cascade;`);

    this.addSql(`drop table if exists "case_contact" cascade;`);

    this.addSql(`drop table if exists "case_category" cascade;`);

    this.addSql(`drop table if exists "case_attachment" cascade;`);

    this.addSql(`drop table if exists "complaint_case" cascade;`);

    this.addSql(`drop table if exists "alert_rule" cascade;`);
  }

}
