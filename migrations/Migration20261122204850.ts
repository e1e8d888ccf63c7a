import { Migration } from '@mikro-orm/migrations';

export class Migration20261122204850 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "metric_observation_change" ("id" uuid not null, "organization_id" uuid not null, "observation_id" uuid not null, "value_before" double precision null, "denominator_before" double precision null, "value_after" double precision not null, "denominator_after" double precision null, "changed_by" uuid null, "changed_at" timestamptz not null, constraint "metric_observation_change_pkey" primary key ("id"));`);
    this.addSql(`create index "metric_observation_change_observation_id_index" on "metric_observation_change" ("observation_id");`);

    this.addSql(`create table "metric" ("id" uuid not null, "organization_id" uuid not null, "key" text not null, "label" text not null, "measurement_unit" text not null default '', "kind" text check ("kind" in ('FLOW', 'STOCK')) not null, "worst" double precision not null, "target" double precision not null, "denominator_label" text null, "created_at" timestamptz not null, constraint "metric_pkey" primary key ("id"));`);
    this.addSql(`alter table "metric" add constraint "metric_organization_id_key_unique" unique ("organization_id", "key");`);

    this.addSql(`create table "metric_observation" ("id" uuid not null, "organization_id" uuid not null, "metric_id" uuid not null, "unit_id" uuid not null, "period_start" date not null, "period_end" date not null, "value" double precision not null, "denominator" double precision null, "updated_at" timestamptz not null, "updated_by" uuid null, constraint "metric_observation_pkey" primary key ("id"));`);
    this.addSql(`create index "metric_observation_organization_id_metric_id_period_start_index" on "metric_observation" ("organization_id", "metric_id", "period_start");`);
    this.addSql(`alter table "metric_observation" add constraint "metric_observation_metric_id_unit_id_period_start_77f42_unique" unique ("metric_id", "unit_id", "period_start", "period_end");`);

    this.addSql(`create table "indicator_model" ("id" uuid not null, "organization_id" uuid not null, "unit_id" uuid not null, "name" text not null, "name_translations" jsonb not null, "draft" jsonb not null, "draft_revision" int not null default 1, "draft_updated_at" timestamptz not null, "draft_updated_by" uuid null, "latest_version_number" int not null default 0, "parent_model_id" uuid null, "base_version_id" uuid null, "created_at" timestamptz not null, "created_by" uuid null, constraint "indicator_model_pkey" primary key ("id"));`);

    this.addSql(`create table "indicator_model_version" ("id" uuid not null, "organization_id" uuid not null, "model_id" uuid not null, "number" int not null, "definition" jsonb not null, "content_hash" text not null, "changelog" text not null, "author_id" uuid null, "published_at" timestamptz not null, "base_version_id" uuid null, constraint "indicator_model_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "indicator_model_version" add constraint "indicator_model_version_model_id_number_unique" unique ("model_id", "number");`);

    this.addSql(`alter table "metric_observation_change" add constraint "metric_observation_change_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "metric" add constraint "metric_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "metric_observation" add constraint "metric_observation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "metric_observation" add constraint "metric_observation_metric_id_foreign" foreign key ("metric_id") references "metric" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "metric_observation" add constraint "metric_observation_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator_model" add constraint "indicator_model_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_model" add constraint "indicator_model_unit_id_foreign" foreign key ("unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "indicator_model_version" add constraint "indicator_model_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_model_version" add constraint "indicator_model_version_model_id_foreign" foreign key ("model_id") references "indicator_model" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "metric_observation" drop constraint "metric_observation_metric_id_foreign";`);

    this.addSql(`alter table "indicator_model_version" drop constraint "indicator_model_version_model_id_foreign";`);

    this.addSql(`drop table if exists "metric_observation_change" cascade;`);

    this.addSql(`drop table if exists "metric" cascade;`);

    this.addSql(`drop table if exists "metric_observation" cascade;`);

    this.addSql(`drop table if exists "indicator_model" cascade;`);

    this.addSql(`drop table if exists "indicator_model_version" cascade;`);
  }

}
