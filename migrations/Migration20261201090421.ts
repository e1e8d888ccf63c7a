import { Migration } from '@mikro-orm/migrations';

/**
 * API key scopes. Existing keys get every scope their role can carry (server/org/scopes.ts as
 * of this migration), so no existing integration breaks.
 */
export class Migration20261201090421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "scopes" text[] not null default '{}';`);
    this.addSql(`update "api_key" set "scopes" = case "role"
      when 'ADMIN' then '{READ_RESULTS,SUBMIT_RESPONSES,IMPORT,RECORD_EVENTS,RECORD_METRICS,MANAGE}'::text[]
      when 'AUTHOR' then '{READ_RESULTS,SUBMIT_RESPONSES,IMPORT,RECORD_EVENTS,RECORD_METRICS,MANAGE}'::text[]
      when 'ANALYST' then '{READ_RESULTS,SUBMIT_RESPONSES}'::text[]
      when 'UNIT_MANAGER' then '{READ_RESULTS,SUBMIT_RESPONSES,RECORD_METRICS,MANAGE}'::text[]
      when 'INTERVIEWER' then '{READ_RESULTS,SUBMIT_RESPONSES,RECORD_EVENTS}'::text[]
      else '{}'::text[] end;`);
    this.addSql(`alter table "api_key" alter column "scopes" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop column "scopes";`);
  }

}
