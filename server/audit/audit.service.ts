import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { Permission, requireOrganisationWide } from '../org/index.js';
import type { AuditEntryType, AuditLogFilterInput } from './audit.types.js';

/** The organisation's audit log, newest first; ADMIN at the head office only (it covers every unit). */
export async function listAuditLog(
  ctx: RequestContext,
  filter: AuditLogFilterInput,
  page: PageArgs,
): Promise<Page<AuditEntryType>> {
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'The audit log and its changes');
  const first = pageSize(page);
  const after = decodeCursor(page.after);
  const where = ['organization_id = ?'];
  const params: unknown[] = [ctx.principal!.orgId];
  const narrow = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  if (filter.entity) narrow('entity = ?', filter.entity);
  if (filter.entityId) narrow('entity_id = ?', filter.entityId);
  if (filter.actorId) narrow('actor_id::text = ?', filter.actorId);
  const connection = ctx.em.getConnection();
  const [{ n }] = await connection.execute(
    `select count(*)::int n from audit_log where ${where.join(' and ')}`,
    params,
  );
  if (after) {
    const seq = Number(after[0]);
    if (!Number.isSafeInteger(seq))
      throw badInput('"after" is not a cursor this API returned; start again without it.', { field: 'after' });
    narrow('seq < ?', seq);
  }
  const rows: Record<string, unknown>[] = await connection.execute(
    `select id, seq, at, actor_kind, actor_id, action, entity, entity_id, before, after, hash
       from audit_log where ${where.join(' and ')} order by seq desc limit ?`,
    [...params, first + 1],
  );
  const nodes = rows.map((r) => ({
    id: String(r.id),
    seq: Number(r.seq),
    at: new Date(String(r.at)),
    actorKind: String(r.actor_kind),
    actorId: (r.actor_id as string | null) ?? null,
    action: String(r.action),
    entity: String(r.entity),
    entityId: (r.entity_id as string | null) ?? null,
    before: r.before,
    after: r.after,
    hash: String(r.hash),
  }));
  return toPage(nodes, first, Number(n), (e) => [e.seq], Boolean(after));
}

export interface ChainProblem {
  orgId: string;
  seq: number | null;
  problem: string;
}

/**
 * Recomputes every organisation's hash chain: each row's hash from its fields and the previous
 * hash, consecutive seq numbers, and the head (last seq and hash) the trigger kept. A changed row
 * breaks its own hash; a removed row leaves a gap or a head that no row matches.
 */
export async function verifyAuditChain(em: EntityManager): Promise<{ entries: number; problems: ChainProblem[] }> {
  const connection = em.getConnection();
  const problems: ChainProblem[] = [];
  const rows: { org: string; seq: number; ok: boolean; linked: boolean; gap: boolean }[] = await connection.execute(
    `select organization_id org, seq,
            hash = encode(sha256(convert_to(audit_log_payload(l), 'UTF8')), 'hex') ok,
            prev_hash = coalesce(lag(hash) over w, '') linked,
            seq <> coalesce(lag(seq) over w, 0) + 1 gap
       from audit_log l window w as (partition by organization_id order by seq) order by organization_id, seq`,
  );
  for (const r of rows) {
    if (!r.ok) problems.push({ orgId: r.org, seq: r.seq, problem: 'its fields do not match its hash (changed)' });
    if (r.gap) problems.push({ orgId: r.org, seq: r.seq, problem: 'the entries before it are missing (removed)' });
    else if (!r.linked)
      problems.push({ orgId: r.org, seq: r.seq, problem: 'it does not chain to the entry before it (changed)' });
  }
  const heads: { org: string; seq: number; last: number | null; matches: boolean }[] = await connection.execute(
    `select h.organization_id org, h.seq, t.seq last, coalesce(t.hash = h.hash and t.seq = h.seq, false) matches
       from audit_head h left join lateral (select seq, hash from audit_log l where l.organization_id = h.organization_id
                                             order by seq desc limit 1) t on true`,
  );
  for (const h of heads) {
    if (!h.matches)
      problems.push({
        orgId: h.org,
        seq: h.seq,
        problem: `the chain ends at ${h.last ?? 'nothing'} but its head says ${h.seq} (entries removed at the end)`,
      });
  }
  return { entries: rows.length, problems };
}
