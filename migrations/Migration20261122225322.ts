import { Migration } from '@mikro-orm/migrations';

export class Migration20261122225322 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "response" add column "confidential" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "response" drop column "confidential";`);
  }

}
