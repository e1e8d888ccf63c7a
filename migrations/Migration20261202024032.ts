import { Migration } from '@mikro-orm/migrations';

export class Migration20261202024032 extends Migration {

  // SUBTREE cells are now also kept by each response attribute alone: every rollup is rebuilt by
  // the worker, and results are read from the responses until it is done.
  override async up(): Promise<void> {
    this.addSql(`update "rollup_model" set "status" = 'BUILDING';`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "result_cell" where "kind" = 'SUBTREE' and concat("questionnaire_version_id", "channel", "category", "situation", "language") <> '';`);
  }

}
