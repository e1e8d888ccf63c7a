import { Migration } from '@mikro-orm/migrations';

export class Migration20261202061029 extends Migration {

  // Results read responses through `response_fact`; with the partition key in it, a read for a
  // period names its months and PostgreSQL scans only their partitions (docs/scale-out.md).
  override async up(): Promise<void> {
    this.addSql(`create or replace view "response_fact" as
      select id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, situation, language,
             status, completed_at, is_test, excluded_at, answers, confidential, staff_id, partition_month
        from response;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "response_fact";`);
    this.addSql(`create view "response_fact" as
      select id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, situation, language,
             status, completed_at, is_test, excluded_at, answers, confidential, staff_id
        from response;`);
  }

}
