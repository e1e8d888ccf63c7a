import { Migration } from '@mikro-orm/migrations';

export class Migration20261201105940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "public_rate" ("key" text not null, "hits" int not null, "window_started_at" timestamptz not null, constraint "public_rate_pkey" primary key ("key"));`);

    this.addSql(`create table "server_secret" ("name" text not null, "value" text not null, constraint "server_secret_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "public_rate" cascade;`);

    this.addSql(`drop table if exists "server_secret" cascade;`);
  }

}
