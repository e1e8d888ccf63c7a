import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013617 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "service_situations" jsonb not null default '[]';`);

    this.addSql(`alter table "distribution" add column "ask_service_situation" boolean not null default false;`);

    // The submission gate also reads whether the runner asks the service situation (a column added at the end).
    this.addSql(`create or replace view "distribution_gate" as
      select d.organization_id, d.id as distribution_id, d.status, d.opens_at, d.closes_at, d.quota, d.completed_count,
             d.pinned_version_id, d.respondent_category, d.channel, d.languages, d.anonymity,
             (select v.id from questionnaire q join questionnaire_version v on v.questionnaire_id = q.id and v.number = q.latest_version_number
               where q.id = d.questionnaire_id and q.organization_id = d.organization_id) as latest_version_id,
             d.service_situation,
             d.ask_service_situation
        from distribution d;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "distribution_gate";`);
    this.addSql(`create or replace view "distribution_gate" as
      select d.organization_id, d.id as distribution_id, d.status, d.opens_at, d.closes_at, d.quota, d.completed_count,
             d.pinned_version_id, d.respondent_category, d.channel, d.languages, d.anonymity,
             (select v.id from questionnaire q join questionnaire_version v on v.questionnaire_id = q.id and v.number = q.latest_version_number
               where q.id = d.questionnaire_id and q.organization_id = d.organization_id) as latest_version_id,
             d.service_situation
        from distribution d;`);

    this.addSql(`alter table "distribution" drop column "ask_service_situation";`);

    this.addSql(`alter table "organization" drop column "service_situations";`);
  }

}
