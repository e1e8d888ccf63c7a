import { Migration } from '@mikro-orm/migrations';

export class Migration20261202013905_AlertRuleIndicator extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "alert_rule" drop constraint if exists "alert_rule_condition_check";`);

    this.addSql(`alter table "alert_rule" add column "model_id" uuid null, add column "indicator_key" text null, add column "period" text check ("period" in ('MONTH', 'QUARTER')) not null default 'MONTH';`);
    this.addSql(`alter table "alert_rule" add constraint "alert_rule_condition_check" check("condition" in ('SCORE_BELOW', 'BAND_IS', 'ANSWER_BELOW', 'ANSWER_IS', 'KEYWORD', 'CONTACT_ME', 'INDICATOR_BELOW', 'INDICATOR_BAND_IS'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "alert_rule" drop constraint if exists "alert_rule_condition_check";`);

    this.addSql(`alter table "alert_rule" drop column "model_id", drop column "indicator_key", drop column "period";`);

    this.addSql(`alter table "alert_rule" add constraint "alert_rule_condition_check" check("condition" in ('SCORE_BELOW', 'BAND_IS', 'ANSWER_BELOW', 'ANSWER_IS', 'KEYWORD', 'CONTACT_ME'));`);
  }

}
