import { Migration } from '@mikro-orm/migrations';

export class Migration20261201120203 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_head" ("organization_id" uuid not null, "seq" int not null, "hash" text not null, constraint "audit_head_pkey" primary key ("organization_id"));`);

    this.addSql(`create table "audit_log" ("id" uuid not null, "organization_id" uuid not null, "seq" int null, "at" timestamptz null, "actor_kind" text not null, "actor_id" uuid null, "action" text not null, "entity" text not null, "entity_id" text null, "before" jsonb null, "after" jsonb null, "prev_hash" text null, "hash" text null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_organization_id_seq_index" on "audit_log" ("organization_id", "seq");`);

    this.addSql(`create table "public_rate" ("key" text not null, "hits" int not null, "window_started_at" timestamptz not null, constraint "public_rate_pkey" primary key ("key"));`);

    this.addSql(`create table "server_secret" ("name" text not null, "value" text not null, constraint "server_secret_pkey" primary key ("name"));`);

    this.addSql(`alter table "audit_log" add constraint "audit_log_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    // The audit log's hash chain and append-only rule (server/db/audit-entry.entity.ts), which MikroORM cannot describe.
    this.addSql(`create function audit_log_payload(r audit_log) returns text language sql immutable as $$
      select concat_ws('|', coalesce(r.prev_hash, ''), r.seq::text, r.organization_id::text,
        to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.actor_kind, coalesce(r.actor_id::text, ''),
        r.action, r.entity, coalesce(r.entity_id, ''), coalesce(r.before::text, 'null'), coalesce(r.after::text, 'null'))
    $$;`);
    this.addSql(`create function audit_log_chain() returns trigger language plpgsql as $$
      declare head record;
      begin
        insert into audit_head (organization_id, seq, hash) values (new.organization_id, 0, '') on conflict do nothing;
        select seq, hash into head from audit_head where organization_id = new.organization_id for update;
        new.seq := head.seq + 1;
        new.at := clock_timestamp();
        new.prev_hash := head.hash;
        new.hash := encode(sha256(convert_to(audit_log_payload(new), 'UTF8')), 'hex');
        update audit_head set seq = new.seq, hash = new.hash where organization_id = new.organization_id;
        return new;
      end $$;`);
    this.addSql(`create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();`);
    this.addSql(`create function audit_log_refuse() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only: % is refused', tg_op; end $$;`);
    this.addSql(`create trigger audit_log_append_only before update or delete on audit_log for each row execute function audit_log_refuse();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_head" cascade;`);

    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop function if exists audit_log_chain(), audit_log_refuse();`);

    this.addSql(`drop table if exists "public_rate" cascade;`);

    this.addSql(`drop table if exists "server_secret" cascade;`);
  }

}
