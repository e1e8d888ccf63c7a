import { Migration } from '@mikro-orm/migrations';

export class Migration20261201075428 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "questionnaire_version" add column "validation_path" varchar(16) not null default 'SURVEY_CORE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "questionnaire_version" drop column "validation_path";`);
  }

}
