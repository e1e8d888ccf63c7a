import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbound_webhook" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "url" text not null, "unit_id" uuid not null, "events" jsonb not null, "secret_cipher" text not null, "disabled_at" timestamptz null, "created_at" timestamptz not null, constraint "outbound_webhook_pkey" primary key ("id"));`);
    this.addSql(`create index "outbound_webhook_organization_id_disabled_at_index" on "outbound_webhook" ("organization_id", "disabled_at");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "organization_id" uuid not null, "webhook_id" uuid not null, "event" text check ("event" in ('RESPONSE_COMPLETED', 'CASE_OPENED', 'CASE_CLOSED', 'ACTION_OVERDUE', 'ACTION_MET', 'REPORT_ISSUED')) not null, "event_key" text not null, "body" text not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" jsonb not null, "delivered_at" timestamptz null, "created_at" timestamptz not null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_organization_id_webhook_id_created_at_index" on "webhook_delivery" ("organization_id", "webhook_id", "created_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_event_key_unique" unique ("webhook_id", "event_key");`);

    this.addSql(`alter table "outbound_webhook" add constraint "outbound_webhook_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbound_webhook" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
