import { Migration } from '@mikro-orm/migrations';

export class Migration20261203170501 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "result_cell_month_index" on "result_cell" ("model_version_id", "kind", "month", "questionnaire_version_id", "channel", "category", "situation", "language");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "result_cell_month_index";`);
  }

}
