import { Migration } from '@mikro-orm/migrations';

export class Migration20261201182318 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "action_recheck" add column "reason_code" text check ("reason_code" in ('NO_INDICATOR', 'FEW_BEFORE', 'FEW_AFTER', 'NO_VALUE_BEFORE', 'NO_VALUE_AFTER', 'METRIC_REACHED', 'METRIC_SHORT', 'TARGET_REACHED', 'SHORT_OF_TARGET', 'NOT_SIGNIFICANT')) null, add column "target_kind" text check ("target_kind" in ('SCORE_REACH', 'SCORE_RISE', 'METRIC_VALUE')) null, add column "target_value" double precision null;`);

    this.addSql(`alter table "rectification_action" add column "source_label" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_recheck" drop column "reason_code", drop column "target_kind", drop column "target_value";`);

    this.addSql(`alter table "rectification_action" drop column "source_label";`);
  }

}
