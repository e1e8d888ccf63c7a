import { Migration } from '@mikro-orm/migrations';

export class Migration20261201110148 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "user_invitation" ("id" uuid not null, "organization_id" uuid not null, "email" text not null, "display_name" text not null, "locale" text not null default 'en', "roles" jsonb not null, "token_hash" text not null, "invited_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "user_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "user_invitation_email_index" on "user_invitation" ("email");`);
    this.addSql(`alter table "user_invitation" add constraint "user_invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "user_invitation" add constraint "user_invitation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_invitation" add constraint "user_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organization" add column "languages" jsonb not null default '["en","zh-CN","uk"]', add column "logo_data_url" text null, add column "primary_color" text null, add column "privacy_notice" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_invitation" cascade;`);

    this.addSql(`alter table "organization" drop column "languages", drop column "logo_data_url", drop column "primary_color", drop column "privacy_notice";`);
  }

}
