import { Migration } from '@mikro-orm/migrations';

export class Migration20261201122515 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_assignment" ("id" uuid not null, "organization_id" uuid not null, "service_event_id" uuid not null, "interviewer_id" uuid not null, "assigned_by" uuid null, "assigned_at" timestamptz not null, constraint "follow_up_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_assignment_organization_id_interviewer_id_index" on "follow_up_assignment" ("organization_id", "interviewer_id");`);
    this.addSql(`alter table "follow_up_assignment" add constraint "follow_up_assignment_organization_id_service_event_id_unique" unique ("organization_id", "service_event_id");`);

    this.addSql(`create table "action_recheck" ("id" uuid not null, "organization_id" uuid not null, "action_id" uuid not null, "trigger" text check ("trigger" in ('SCHEDULED', 'ON_DEMAND')) not null, "verdict" text check ("verdict" in ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'MET', 'NOT_MET', 'NO_DATA', 'CLOSED', 'CANCELLED')) not null, "reason" text not null, "before_from" date not null, "before_to" date not null, "before_score" double precision null, "before_value" double precision null, "before_n" int not null, "before_ci95" double precision null, "before_se" double precision null, "after_from" date not null, "after_to" date not null, "after_score" double precision null, "after_value" double precision null, "after_n" int not null, "after_ci95" double precision null, "after_se" double precision null, "delta" double precision null, "significant" boolean null, "min_responses" int not null, "checked_at" timestamptz not null, constraint "action_recheck_pkey" primary key ("id"));`);
    this.addSql(`create index "action_recheck_action_id_checked_at_index" on "action_recheck" ("action_id", "checked_at");`);

    this.addSql(`create table "action_note" ("id" uuid not null, "organization_id" uuid not null, "action_id" uuid not null, "text" text not null, "status" text null, "file_name" text null, "mime_type" text null, "size" int null, "content" bytea null, "author_id" uuid null, "created_at" timestamptz not null, constraint "action_note_pkey" primary key ("id"));`);
    this.addSql(`create index "action_note_action_id_created_at_index" on "action_note" ("action_id", "created_at");`);

    this.addSql(`create table "action_escalation" ("id" uuid not null, "organization_id" uuid not null, "action_id" uuid not null, "step" text not null, "unit_id" uuid not null, "recipients" jsonb not null, "emailed" int not null default 0, "created_at" timestamptz not null, constraint "action_escalation_pkey" primary key ("id"));`);
    this.addSql(`create index "action_escalation_organization_id_unit_id_index" on "action_escalation" ("organization_id", "unit_id");`);
    this.addSql(`alter table "action_escalation" add constraint "action_escalation_action_id_step_unique" unique ("action_id", "step");`);

    this.addSql(`create table "action_consequence" ("id" uuid not null, "organization_id" uuid not null, "action_id" uuid not null, "category" text check ("category" in ('WARNING', 'PENALTY', 'RETRAINING', 'OTHER')) not null, "text" text not null, "decided_by" uuid null, "decided_at" timestamptz not null, constraint "action_consequence_pkey" primary key ("id"));`);

    this.addSql(`create table "rectification_action" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "unit_path" text not null, "title" text not null, "problem" text not null, "measures" text not null, "source_kind" text check ("source_kind" in ('RANKING', 'LOST_POINTS', 'DASHBOARD_INDICATOR', 'DASHBOARD_QUESTION', 'CASE', 'INSPECTION', 'ACTION', 'MANUAL')) not null, "source_id" text null, "follow_up_of_id" uuid null, "model_version_id" uuid null, "indicator_key" text null, "question" text null, "baseline_from" date null, "baseline_to" date null, "baseline_score" double precision null, "baseline_value" double precision null, "baseline_n" int null, "baseline_se" double precision null, "baseline_ci95" double precision null, "responsible_user_id" uuid not null, "team" jsonb not null, "deadline" date not null, "overdue_at" timestamptz not null, "due_at" timestamptz not null, "target_kind" text check ("target_kind" in ('SCORE_REACH', 'SCORE_RISE', 'METRIC_VALUE')) not null, "target_value" double precision not null, "require_significant" boolean not null default false, "recheck_from" date not null, "recheck_to" date not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'MET', 'NOT_MET', 'NO_DATA', 'CLOSED', 'CANCELLED')) not null default 'OPEN', "cancel_reason" text null, "recheck_queued_at" timestamptz null, "accountability" boolean not null default false, "created_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submitted_at" timestamptz null, "closed_at" timestamptz null, constraint "rectification_action_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_action_due_at_index" on "rectification_action" ("due_at");`);
    this.addSql(`create index "rectification_action_organization_id_unit_path_index" on "rectification_action" ("organization_id", "unit_path");`);

    this.addSql(`create table "work_plan" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "title" text not null, "period_start" date not null, "period_end" date not null, "owners" jsonb not null, "follow_up_rate_target" double precision not null default 1, "lines" jsonb not null, "created_at" timestamptz not null, constraint "work_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "work_plan_organization_id_unit_id_period_start_index" on "work_plan" ("organization_id", "unit_id", "period_start");`);

    this.addSql(`alter table "follow_up_assignment" add constraint "follow_up_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_recheck" add constraint "action_recheck_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_note" add constraint "action_note_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_escalation" add constraint "action_escalation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_consequence" add constraint "action_consequence_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "rectification_action" add constraint "rectification_action_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "work_plan" add constraint "work_plan_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "follow_up_assignment" cascade;`);

    this.addSql(`drop table if exists "action_recheck" cascade;`);

    this.addSql(`drop table if exists "action_note" cascade;`);

    this.addSql(`drop table if exists "action_escalation" cascade;`);

    this.addSql(`drop table if exists "action_consequence" cascade;`);

    this.addSql(`drop table if exists "rectification_action" cascade;`);

    this.addSql(`drop table if exists "work_plan" cascade;`);
  }

}
