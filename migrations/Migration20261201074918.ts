import { Migration } from '@mikro-orm/migrations';

export class Migration20261201074918 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rollup_outbox" ("response_id" uuid not null, "organization_id" uuid not null, constraint "rollup_outbox_pkey" primary key ("response_id"));`);
    this.addSql(`create index "rollup_outbox_organization_id_index" on "rollup_outbox" ("organization_id");`);

    this.addSql(`alter table "rollup_outbox" add constraint "rollup_outbox_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    // The tail moves from response.rolled to results' own outbox.
    this.addSql(`insert into "rollup_outbox" ("response_id", "organization_id") select "id", "organization_id" from "response" where "status" = 'COMPLETE' and not "rolled";`);
    this.addSql(`drop index "response_unrolled_idx";`);
    this.addSql(`alter table "response" drop column "rolled";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "response" add column "rolled" bool not null default true;`);
    this.addSql(`update "response" set "rolled" = false where "id" in (select "response_id" from "rollup_outbox");`);
    this.addSql(`alter table "response" alter column "rolled" set default false;`);
    this.addSql(`drop table if exists "rollup_outbox" cascade;`);

    this.addSql(`CREATE INDEX response_unrolled_idx ON public.response USING btree (organization_id, completed_at) WHERE ((status = 'COMPLETE'::text) AND (NOT rolled));`);
  }

}
