import { Migration } from '@mikro-orm/migrations';

export class Migration20261122212927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "weighting_scheme" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('POST_STRATIFICATION', 'RAKING')) not null, "cells" jsonb not null, "margins" jsonb not null, "tolerance" double precision not null default 0.001, "max_iterations" int not null default 50, "trim_min" double precision null, "trim_max" double precision null, "created_at" timestamptz not null, constraint "weighting_scheme_pkey" primary key ("id"));`);

    this.addSql(`alter table "weighting_scheme" add constraint "weighting_scheme_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "weighting_scheme" cascade;`);
  }

}
