import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231857 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "link_view" ("link_id" uuid not null, "day" date not null, "organization_id" uuid not null, "views" int not null, constraint "link_view_pkey" primary key ("link_id", "day"));`);

    this.addSql(`alter table "link_view" add constraint "link_view_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "link_view" cascade;`);
  }

}
