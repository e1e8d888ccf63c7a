import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125343 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case_escalation" drop constraint "case_escalation_case_id_step_round_level_unique";`);

    this.addSql(`alter table "case_escalation" add constraint "case_escalation_organization_id_case_id_step_round_level_unique" unique ("organization_id", "case_id", "step", "round", "level");`);

    this.addSql(`alter table "action_escalation" drop constraint "action_escalation_action_id_step_unique";`);

    this.addSql(`alter table "action_escalation" add constraint "action_escalation_organization_id_action_id_step_unique" unique ("organization_id", "action_id", "step");`);

    this.addSql(`alter table "visit" drop constraint "visit_root_id_revision_unique";`);

    this.addSql(`alter table "visit" add constraint "visit_organization_id_root_id_revision_unique" unique ("organization_id", "root_id", "revision");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "action_escalation" drop constraint "action_escalation_organization_id_action_id_step_unique";`);

    this.addSql(`alter table "action_escalation" add constraint "action_escalation_action_id_step_unique" unique ("action_id", "step");`);

    this.addSql(`alter table "case_escalation" drop constraint "case_escalation_organization_id_case_id_step_round_level_unique";`);

    this.addSql(`alter table "case_escalation" add constraint "case_escalation_case_id_step_round_level_unique" unique ("case_id", "step", "round", "level");`);

    this.addSql(`alter table "visit" drop constraint "visit_organization_id_root_id_revision_unique";`);

    this.addSql(`alter table "visit" add constraint "visit_root_id_revision_unique" unique ("root_id", "revision");`);
  }

}
