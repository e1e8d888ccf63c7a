/**
 * Citus readiness (design.md §8, docs/scale-out.md): read from the catalogue of the migrated
 * schema, every tenant-owned table carries organization_id (the distribution column), every primary
 * key and unique key of one includes it, and every foreign key between tenant tables carries it.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/harness.js';

/**
 * Tables that are not tenant-owned: Citus reference tables (replicated to every node) or
 * coordinator-only bookkeeping. Keep this list short and say why; a new table belongs to a tenant
 * unless it is listed here.
 */
const NOT_TENANT_OWNED: Record<string, string> = {
  organization: 'the tenants themselves: a reference table, distributed tables point to it',
  template: 'the template library shared by every organisation: a reference table',
  template_release: 'the shared library’s offered versions: a reference table',
  sign_in_throttle: 'sign-in attempts, counted before the organisation is known: a reference table',
  delivery_slot: 'one send slot per channel across every organisation: a reference table',
  mikro_orm_migrations: 'migration bookkeeping, coordinator only',
  public_rate: 'rate windows per address or link, counted before the organisation is known: a reference table',
  server_secret: 'the server’s own signing secret, shared by every copy: a reference table',
};

/**
 * The one step still to take (design.md §8, docs/scale-out.md): a single-column primary key `id`
 * (a random uuid) becomes (organization_id, id), and the foreign keys to it carry organization_id,
 * all in one migration when the move to Citus is decided. Until then these are accepted, and so
 * are the keys listed here; anything else fails.
 */
const PENDING_KEYS = [
  'case_intake_link: case_intake_link_token_unique',
  'invitation: invitation_token_hash_unique',
  'link_view: link_view_pkey',
  'response_link: response_link_token_unique',
  'result_cell: result_cell_pkey',
  'rollup_model: rollup_model_pkey',
  'user_invitation: user_invitation_token_hash_unique',
  // One second factor per user: its key is the user's random uuid, pending like the `id` keys above.
  'user_totp: user_totp_pkey',
];

let client: pg.Client;
const rows = async <T>(text: string): Promise<T[]> => (await client.query(text)).rows as T[];

beforeAll(async () => {
  client = new pg.Client({ connectionString: await createTestDatabase() });
  await client.connect();
});
afterAll(() => client?.end());

/** Tables of the public schema (partitions count through their parent). */
const TABLES = `select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`;

describe('the schema is ready for Citus with organization_id as the distribution column', () => {
  it('every tenant-owned table carries organization_id', async () => {
    const missing = await rows<{ relname: string }>(
      `select t.relname from (${TABLES}) t
       where not exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'organization_id'
         and not a.attisdropped) order by 1`,
    );
    expect(missing.map((r) => r.relname).filter((name) => !(name in NOT_TENANT_OWNED))).toEqual([]);
  });

  it('every primary key and unique key of a tenant-owned table includes organization_id', async () => {
    const keys = await rows<{ relname: string; key: string }>(
      `select t.relname, i.relname as key from (${TABLES}) t
       join pg_index x on x.indrelid = t.oid and (x.indisunique or x.indisprimary)
       join pg_class i on i.oid = x.indexrelid
       where not (x.indisprimary and x.indnatts = 1
           and (select attname from pg_attribute where attrelid = t.oid and attnum = x.indkey[0]) = 'id')
         and not exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'organization_id'
         and a.attnum = any(x.indkey)) order by 1, 2`,
    );
    const tenantKeys = keys.filter((k) => !(k.relname in NOT_TENANT_OWNED)).map((k) => `${k.relname}: ${k.key}`);
    expect(tenantKeys).toEqual(PENDING_KEYS);
  });

  it('every foreign key between tenant-owned tables carries organization_id on both sides', async () => {
    const fks = await rows<{ relname: string; fk: string; target: string }>(
      `select t.relname, f.conname as fk, r.relname as target from (${TABLES}) t
       join pg_constraint f on f.conrelid = t.oid and f.contype = 'f'
       join pg_class r on r.oid = f.confrelid
       where not (cardinality(f.confkey) = 1
           and (select attname from pg_attribute where attrelid = r.oid and attnum = f.confkey[1]) = 'id')
         and not exists (
         select 1 from unnest(f.conkey, f.confkey) as k(own, other)
         join pg_attribute a on a.attrelid = t.oid and a.attnum = k.own and a.attname = 'organization_id'
         join pg_attribute b on b.attrelid = r.oid and b.attnum = k.other and b.attname = 'organization_id')
       order by 1, 2`,
    );
    const between = fks.filter((f) => !(f.relname in NOT_TENANT_OWNED) && !(f.target in NOT_TENANT_OWNED));
    expect(between.map((f) => `${f.relname}.${f.fk} → ${f.target}`)).toEqual([]);
  });
});
