import type { EntityManager } from '@mikro-orm/postgresql';
import { addResponse, addScaled, emptyStats, IndicatorModelVersion } from '../indicators/index.js';
import type { ModelDefinition, ScopeStats } from '../indicators/index.js';
import { Organization } from '../org/index.js';
import { localDate } from '../results/index.js';
import { scorers } from './inspection-scorers.js';
import { Visit } from './visit.entity.js';

/**
 * Inspection cells (docs/fieldwork.md, Scores as their own source): per model version, unit and
 * local month, the statistics of the unit's current visits, built with the engine's addResponse
 * exactly as the per-query path builds them, so the two agree. Kept in the visit's transaction;
 * one advisory lock per organisation orders that upkeep with a model version's build, so with
 * any number of server copies a visit is counted once: either the build sees it, or its
 * submission sees the built version.
 */

/** Items as [binding, [[key, cell]…]], nodes as [key, moments]: ScopeStats in JSON, exactly. */
interface Encoded {
  r: number;
  i: [string, [string, unknown][]][];
  m: [string, unknown][];
}

const encode = (s: ScopeStats): Encoded => ({
  r: s.responses,
  i: [...s.items].map(([id, cells]) => [id, [...cells]]),
  m: [...s.nodes],
});

function decode(e: Encoded): ScopeStats {
  const stats = emptyStats();
  stats.responses = e.r;
  for (const [id, cells] of e.i) stats.items.set(id, new Map(cells) as never);
  for (const [key, m] of e.m) stats.nodes.set(key, m as never);
  return stats;
}

export const monthOf = (instant: Date, timeZone: string) => `${localDate(instant, timeZone).slice(0, 8)}01`;

async function lockCells(em: EntityManager, orgId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`inspection-cells:${orgId}`]);
}

const timeZoneOf = async (em: EntityManager, orgId: string) =>
  (await em.findOneOrFail(Organization, { id: orgId })).timeZone;

/** One visit's statistics under a model (empty when the model binds none of its sheet's items). */
async function visitStats(em: EntityManager, model: ModelDefinition, visit: Visit): Promise<ScopeStats | null> {
  const scored = (await scorers(em, model, [visit])).get(visit.questionnaireVersionId)!(visit.answers);
  if (!scored.size) return null;
  const stats = emptyStats();
  addResponse(model, stats, scored);
  return stats;
}

async function applyToCell(
  em: EntityManager,
  orgId: string,
  mv: string,
  visit: Visit,
  stats: ScopeStats,
  sign: 1 | -1,
) {
  const key = [orgId, mv, visit.unit.id, monthOf(visit.endedAt, await timeZoneOf(em, orgId))];
  const [row]: { visits: number; stats: Encoded }[] = await em.execute(
    `select visits, stats from inspection_cell where organization_id = ? and model_version_id = ? and unit_id = ? and month = ? for update`,
    key,
  );
  const cell = addScaled(row ? decode(row.stats) : emptyStats(), stats, 1, sign);
  const visits = (row?.visits ?? 0) + sign;
  if (visits <= 0) {
    await em.execute(
      `delete from inspection_cell where organization_id = ? and model_version_id = ? and unit_id = ? and month = ?`,
      key,
    );
    return;
  }
  await em.execute(
    `insert into inspection_cell (organization_id, model_version_id, unit_id, month, visits, stats) values (?, ?, ?, ?, ?, ?)
       on conflict (organization_id, model_version_id, unit_id, month) do update set visits = excluded.visits, stats = excluded.stats`,
    [...key, visits, JSON.stringify(encode(cell))],
  );
}

/**
 * In the transaction that stores `added` (and supersedes `removed`, on a correction): each built
 * model version's cells take the new revision in and the old one out.
 */
export async function rollVisit(em: EntityManager, orgId: string, added: Visit, removed?: Visit): Promise<void> {
  await lockCells(em, orgId);
  const built: { model_version_id: string }[] = await em.execute(
    `select model_version_id from inspection_rollup where organization_id = ?`,
    [orgId],
  );
  if (!built.length) return;
  const versions = await em.find(IndicatorModelVersion, { id: { $in: built.map((b) => b.model_version_id) } });
  for (const version of versions) {
    for (const [visit, sign] of [[removed, -1] as const, [added, 1] as const]) {
      if (!visit) continue;
      const stats = await visitStats(em, version.definition, visit);
      if (stats) await applyToCell(em, orgId, version.id, visit, stats, sign);
    }
  }
}

/** Builds a model version's cells from every current visit of the organisation, once. */
async function build(em: EntityManager, orgId: string, modelVersionId: string, model: ModelDefinition) {
  await em.fork().transactional(async (tx) => {
    await lockCells(tx, orgId);
    const done = await tx.execute(
      `select 1 from inspection_rollup where organization_id = ? and model_version_id = ?`,
      [orgId, modelVersionId],
    );
    if (done.length) return; // another server copy built it meanwhile
    const timeZone = await timeZoneOf(tx, orgId);
    const visits = await tx.find(Visit, { organization: orgId, supersededAt: null });
    const byVersion = await scorers(tx, model, visits);
    const cells = new Map<string, { unitId: string; month: string; visits: number; stats: ScopeStats }>();
    for (const visit of visits) {
      const scored = byVersion.get(visit.questionnaireVersionId)!(visit.answers);
      if (!scored.size) continue;
      const month = monthOf(visit.endedAt, timeZone);
      const id = `${visit.unit.id}|${month}`;
      const cell = cells.get(id) ?? { unitId: visit.unit.id, month, visits: 0, stats: emptyStats() };
      cells.set(id, cell);
      cell.visits += 1;
      addResponse(model, cell.stats, scored);
    }
    const rows = [...cells.values()].map((c) => ({ ...c, stats: encode(c.stats) }));
    if (rows.length)
      await tx.execute(
        `insert into inspection_cell (organization_id, model_version_id, unit_id, month, visits, stats)
           select ?, ?, x.unit_id, x.month, x.visits, x.stats
             from jsonb_to_recordset(?::jsonb) as x(unit_id uuid, month date, visits int, stats jsonb)`,
        [orgId, modelVersionId, JSON.stringify(rows.map((r) => ({ unit_id: r.unitId, ...r })))],
      );
    await tx.execute(
      `insert into inspection_rollup (organization_id, model_version_id, built_at) values (?, ?, now())`,
      [orgId, modelVersionId],
    );
  });
}

/** The summed cells of the units named over the months [fromMonth, toMonth), building the version first if needed. */
export async function cellStats(
  em: EntityManager,
  q: { orgId: string; modelVersionId: string; model: ModelDefinition; unitIds: string[] },
  fromMonth: string,
  toMonth: string,
): Promise<ScopeStats> {
  const built = await em.execute(`select 1 from inspection_rollup where organization_id = ? and model_version_id = ?`, [
    q.orgId,
    q.modelVersionId,
  ]);
  if (!built.length) await build(em, q.orgId, q.modelVersionId, q.model);
  const rows: { stats: Encoded }[] = await em.execute(
    `select stats from inspection_cell where organization_id = ? and model_version_id = ? and unit_id = any(?::uuid[])
       and month >= ? and month < ?`,
    [q.orgId, q.modelVersionId, `{${q.unitIds.join(',')}}`, fromMonth, toMonth],
  );
  const total = emptyStats();
  for (const row of rows) addScaled(total, decode(row.stats));
  return total;
}
