import { Migration } from '@mikro-orm/migrations';

export class Migration20261202015210 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "key_client" add column "active" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "key_client" drop column "active";`);
  }

}
