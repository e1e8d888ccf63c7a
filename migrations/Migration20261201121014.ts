import { Migration } from '@mikro-orm/migrations';

export class Migration20261201121014 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "metric_observation" drop constraint "metric_observation_metric_id_unit_id_period_start_77f42_unique";`);

    this.addSql(`alter table "metric_observation" add constraint "metric_observation_organization_id_metric_id_unit_85d54_unique" unique ("organization_id", "metric_id", "unit_id", "period_start", "period_end");`);

    this.addSql(`alter table "indicator_model_version" drop constraint "indicator_model_version_model_id_number_unique";`);

    this.addSql(`alter table "indicator_model_version" add constraint "indicator_model_version_organization_id_model_id_number_unique" unique ("organization_id", "model_id", "number");`);

    this.addSql(`alter table "questionnaire_version" drop constraint "questionnaire_version_questionnaire_id_number_unique";`);

    this.addSql(`alter table "questionnaire_version" add constraint "questionnaire_version_organization_id_questionnai_77891_unique" unique ("organization_id", "questionnaire_id", "number");`);

    this.addSql(`drop index "rollup_outbox_organization_id_index";`);
    this.addSql(`alter table "rollup_outbox" drop constraint "rollup_outbox_pkey";`);

    this.addSql(`alter table "rollup_outbox" add constraint "rollup_outbox_pkey" primary key ("organization_id", "response_id");`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_role_unit_id_unique";`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_organization_id_user_id_role_unit_id_unique" unique ("organization_id", "user_id", "role", "unit_id");`);

    this.addSql(`alter table "webhook_receipt" drop constraint "webhook_receipt_endpoint_id_signature_unique";`);

    this.addSql(`alter table "webhook_receipt" add constraint "webhook_receipt_organization_id_endpoint_id_signature_unique" unique ("organization_id", "endpoint_id", "signature");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "indicator_model_version" drop constraint "indicator_model_version_organization_id_model_id_number_unique";`);

    this.addSql(`alter table "indicator_model_version" add constraint "indicator_model_version_model_id_number_unique" unique ("model_id", "number");`);

    this.addSql(`alter table "metric_observation" drop constraint "metric_observation_organization_id_metric_id_unit_85d54_unique";`);

    this.addSql(`alter table "metric_observation" add constraint "metric_observation_metric_id_unit_id_period_start_77f42_unique" unique ("metric_id", "unit_id", "period_start", "period_end");`);

    this.addSql(`alter table "questionnaire_version" drop constraint "questionnaire_version_organization_id_questionnai_77891_unique";`);

    this.addSql(`alter table "questionnaire_version" add constraint "questionnaire_version_questionnaire_id_number_unique" unique ("questionnaire_id", "number");`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_organization_id_user_id_role_unit_id_unique";`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_role_unit_id_unique" unique ("user_id", "role", "unit_id");`);

    this.addSql(`alter table "rollup_outbox" drop constraint "rollup_outbox_pkey";`);

    this.addSql(`create index "rollup_outbox_organization_id_index" on "rollup_outbox" ("organization_id");`);
    this.addSql(`alter table "rollup_outbox" add constraint "rollup_outbox_pkey" primary key ("response_id");`);

    this.addSql(`alter table "webhook_receipt" drop constraint "webhook_receipt_organization_id_endpoint_id_signature_unique";`);

    this.addSql(`alter table "webhook_receipt" add constraint "webhook_receipt_endpoint_id_signature_unique" unique ("endpoint_id", "signature");`);
  }

}
