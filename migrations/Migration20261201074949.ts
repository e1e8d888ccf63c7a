import { Migration } from '@mikro-orm/migrations';

export class Migration20261201074949 extends Migration {

  override async up(): Promise<void> {
    // Read-only views modules publish for another module's hot path, so that it reads them in its
    // own query without SQL text travelling between modules or reaching into their tables.
    // Owned by distribution: what the submission gate decides on.
    this.addSql(`create view "distribution_gate" as
      select d.organization_id, d.id as distribution_id, d.status, d.opens_at, d.closes_at, d.quota, d.completed_count,
             d.pinned_version_id, d.respondent_category, d.channel, d.languages, d.anonymity,
             (select v.id from questionnaire q join questionnaire_version v on v.questionnaire_id = q.id and v.number = q.latest_version_number
               where q.id = d.questionnaire_id and q.organization_id = d.organization_id) as latest_version_id
        from distribution d;`);
    // Owned by responses: the facts of a response the results module aggregates (its cells and tail).
    this.addSql(`create view "response_fact" as
      select id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, situation, language,
             status, completed_at, is_test, excluded_at, answers, confidential
        from response;`);
    // Owned by questionnaires: whether a version still takes new responses (retirement is the one
    // thing about a published version that changes).
    this.addSql(`create view "questionnaire_version_state" as
      select id, organization_id, questionnaire_id, number, retired_at from questionnaire_version;`);
    // Owned by indicators: each model's unit path and latest published version.
    this.addSql(`create view "indicator_model_scope" as
      select m.organization_id, mu.path as unit_path, mv.id as model_version_id, mv.published_at
        from indicator_model m
        join org_unit mu on mu.id = m.unit_id
        join indicator_model_version mv on mv.model_id = m.id and mv.number = m.latest_version_number;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "indicator_model_scope";`);
    this.addSql(`drop view if exists "response_fact";`);
    this.addSql(`drop view if exists "questionnaire_version_state";`);
    this.addSql(`drop view if exists "distribution_gate";`);
  }

}
