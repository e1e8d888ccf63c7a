import { Migration } from '@mikro-orm/migrations';

export class Migration20261201225029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inspection_rollup" ("organization_id" uuid not null, "model_version_id" uuid not null, "built_at" timestamptz not null, constraint "inspection_rollup_pkey" primary key ("organization_id", "model_version_id"));`);

    this.addSql(`create table "inspection_cell" ("organization_id" uuid not null, "model_version_id" uuid not null, "unit_id" uuid not null, "month" date not null, "visits" int not null, "stats" jsonb not null, constraint "inspection_cell_pkey" primary key ("organization_id", "model_version_id", "unit_id", "month"));`);

    this.addSql(`alter table "inspection_rollup" add constraint "inspection_rollup_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspection_cell" add constraint "inspection_cell_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inspection_rollup" cascade;`);

    this.addSql(`drop table if exists "inspection_cell" cascade;`);
  }

}
