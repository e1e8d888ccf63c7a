import { Migration } from '@mikro-orm/migrations';

export class Migration20261201175828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(`alter table "api_key" drop constraint if exists "api_key_role_check";`);

    this.addSql(`alter table "response" add column "staff_id" uuid null;`);
    // Owned by responses: the facts results aggregate, now with the staff member who served (a new last column).
    this.addSql(`create or replace view "response_fact" as
      select id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, situation, language,
             status, completed_at, is_test, excluded_at, answers, confidential, staff_id
        from response;`);

    this.addSql(`alter table "staff_member" add column "code" text null;`);
    this.addSql(`alter table "staff_member" add constraint "staff_member_unit_id_code_unique" unique ("unit_id", "code");`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER', 'INSPECTOR', 'STAFF_REVIEWER'));`);

    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER', 'INSPECTOR', 'STAFF_REVIEWER'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop constraint if exists "api_key_role_check";`);

    this.addSql(`alter table "role_assignment" drop constraint if exists "role_assignment_role_check";`);

    this.addSql(`alter table "api_key" add constraint "api_key_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER', 'INSPECTOR'));`);

    this.addSql(`drop view if exists "response_fact";`);
    this.addSql(`create view "response_fact" as
      select id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, situation, language,
             status, completed_at, is_test, excluded_at, answers, confidential
        from response;`);
    this.addSql(`alter table "response" drop column "staff_id";`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_check" check("role" in ('ADMIN', 'AUTHOR', 'ANALYST', 'UNIT_MANAGER', 'INTERVIEWER', 'INSPECTOR'));`);

    this.addSql(`alter table "staff_member" drop constraint "staff_member_unit_id_code_unique";`);
    this.addSql(`alter table "staff_member" drop column "code";`);
  }

}
