import { Migration } from '@mikro-orm/migrations';

export class Migration20261201202315 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "staff_member" drop constraint "staff_member_unit_id_code_unique";`);

    this.addSql(`alter table "staff_member" add constraint "staff_member_organization_id_unit_id_code_unique" unique ("organization_id", "unit_id", "code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staff_member" drop constraint "staff_member_organization_id_unit_id_code_unique";`);

    this.addSql(`alter table "staff_member" add constraint "staff_member_unit_id_code_unique" unique ("unit_id", "code");`);
  }

}
