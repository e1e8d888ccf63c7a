import { Migration } from '@mikro-orm/migrations';

export class Migration20261122223931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "result_cell" ("model_version_id" uuid not null, "unit_id" uuid not null, "kind" text check ("kind" in ('OWN', 'SUBTREE')) not null, "month" date not null, "questionnaire_version_id" text not null, "channel" text not null, "category" text not null, "situation" text not null, "language" text not null, "organization_id" uuid not null, "responses" int not null, "stats" jsonb not null, constraint "result_cell_pkey" primary key ("model_version_id", "unit_id", "kind", "month", "questionnaire_version_id", "channel", "category", "situation", "language"));`);

    this.addSql(`create table "rollup_model" ("model_version_id" uuid not null, "organization_id" uuid not null, "status" text check ("status" in ('BUILDING', 'READY')) not null, "built_at" timestamptz null, constraint "rollup_model_pkey" primary key ("model_version_id"));`);

    this.addSql(`alter table "result_cell" add constraint "result_cell_model_version_id_foreign" foreign key ("model_version_id") references "indicator_model_version" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "result_cell" add constraint "result_cell_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "rollup_model" add constraint "rollup_model_model_version_id_foreign" foreign key ("model_version_id") references "indicator_model_version" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rollup_model" add constraint "rollup_model_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "response" add column "rolled" boolean not null default false;`);
    this.addSql(`create index "response_unrolled_idx" on "response" ("organization_id", "completed_at") where "status" = 'COMPLETE' and not "rolled";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "result_cell" cascade;`);

    this.addSql(`drop table if exists "rollup_model" cascade;`);

    this.addSql(`drop index "response_unrolled_idx";`);
    this.addSql(`alter table "response" drop column "rolled";`);
  }

}
