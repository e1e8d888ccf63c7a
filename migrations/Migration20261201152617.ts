import { Migration } from '@mikro-orm/migrations';

export class Migration20261201152617 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "action_note" drop column "content";`);

    this.addSql(`alter table "action_note" add column "storage_key" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_note" drop column "storage_key";`);

    this.addSql(`alter table "action_note" add column "content" bytea null;`);
  }

}
