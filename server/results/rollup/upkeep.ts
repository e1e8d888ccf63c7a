import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql.js';
import { timeZoneOf } from '../../org/index.js';
import { boundQuestionnaires } from '../../indicators/index.js';
import { scorerFor, versionRef, type ModelVersionRef } from '../../indicators/index.js';
import { lineageOf } from '../../questionnaires/index.js';
import { publishedVersion } from '../../questionnaires/index.js';
import { pause } from '../cooperative.js';
import {
  addCell,
  addToCell,
  decodeCell,
  emptyCell,
  encodeCell,
  type CellStats,
  type EncodedCell,
} from './cell-stats.js';
import { CellKind, RollupStatus, type CellKey } from './result-cell.entity.js';
import { applyStaffDelta, dropStaffCells, staffKey, StaffCellSet, writeStaffCells } from './staff-cells.js';

/*
 * Upkeep of the result rollups (design.md §4 aggregation). Every change to what the cells hold
 * happens under one advisory lock per organisation, in the same transaction that adds responses
 * to or removes them from results' own outbox (`rollup_outbox`, the tail), so a reader's
 * snapshot sees a response either in the cells or in the tail, never both and never neither:
 * - storing a response puts it in the outbox (`responsesStored`, in the storing transaction);
 * - the drain adds the outbox to the cells of READY model versions and empties it;
 * - curation first takes a response out of the cells and back into the outbox (`responseCurated`);
 * - a rebuild recomputes every cell of an organisation from its responses.
 */

/** Runs SQL with server-side parameters: cells travel as large JSON, which client-side quoting would copy and escape. */
const run = (em: EntityManager, sql: string, params: unknown[]) => {
  const knex = em.getConnection().getKnex();
  const tx = em.getTransactionContext<typeof knex>();
  return (tx ?? knex).raw(sql, params as never[]);
};

const lock = (em: EntityManager, orgId: string) =>
  em.execute(`select pg_advisory_xact_lock(hashtext('barometer:rollup:' || ?))`, [orgId]);

/** A response as the rollups see it. */
interface ResponseFacts {
  id: string;
  unit_id: string;
  path: string;
  questionnaire_id: string;
  questionnaire_version_id: string;
  channel: string;
  category: string;
  situation: string;
  language: string;
  month: string;
  answers: Record<string, unknown>;
  counts: boolean;
  confidential: boolean;
  completed_at: string;
  /** The staff member who served, '' for nobody (staff cells). */
  staff_id: string;
}

const FACTS_SQL = `select r.id, r.unit_id, u.path, r.questionnaire_id, r.questionnaire_version_id, r.channel,
    coalesce(r.category, '') as category, coalesce(r.situation, '') as situation, coalesce(r.language, '') as language,
    to_char(r.completed_at at time zone ?, 'YYYY-MM-01') as month, r.answers, (not r.is_test and r.excluded_at is null) as counts, r.confidential, r.completed_at::text as completed_at,
    coalesce(r.staff_id::text, '') as staff_id
  from response_fact r join org_unit u on u.id = r.unit_id
  where r.organization_id = ? and r.status = 'COMPLETE'`;

/** Cells being built or changed, by their full key. */
class CellSet {
  readonly cells = new Map<string, { key: CellKey; cell: CellStats }>();

  at(key: CellKey): CellStats {
    const id = Object.values(key).join('|');
    let entry = this.cells.get(id);
    if (!entry) this.cells.set(id, (entry = { key, cell: emptyCell() }));
    return entry.cell;
  }
}

/**
 * The response attributes a SUBTREE cell is also kept by, one at a time: a dashboard filtered by
 * one of them (a channel, a category…) reads units × months cells, not every OWN cell below.
 */
export const SUBTREE_SPLITS = ['questionnaire_version_id', 'channel', 'category', 'situation', 'language'] as const;
type Split = (typeof SUBTREE_SPLITS)[number];

const subtreeKey = (model: string, unitId: string, month: string, split?: [Split, string]): CellKey => ({
  model_version_id: model,
  unit_id: unitId,
  kind: CellKind.SUBTREE,
  month,
  questionnaire_version_id: '',
  channel: '',
  category: '',
  situation: '',
  language: '',
  ...(split && { [split[0]]: split[1] }),
});

/** The SUBTREE cells of a unit that a response (or an OWN cell) adds to: the whole, and one per attribute it has. */
const subtreeKeys = (model: string, unitId: string, month: string, of: Pick<CellKey, Split>): CellKey[] => [
  subtreeKey(model, unitId, month),
  ...SUBTREE_SPLITS.filter((s) => of[s] !== '').map((s) => subtreeKey(model, unitId, month, [s, of[s]])),
];

// Published model versions never change: which questionnaires they bind is computed once.
const bound = new Map<string, string[]>();
const boundBy = (model: ModelVersionRef) =>
  bound.get(model.id) ??
  (bound.size > 1000 && bound.clear(), bound.set(model.id, boundQuestionnaires(model.definition)).get(model.id)!);

/**
 * Adds counted responses to their OWN cell and its staff cell and, unless building unit by unit,
 * the SUBTREE cells of the unit and every unit above it.
 */
async function collect(
  em: EntityManager,
  models: ModelVersionRef[],
  rows: ResponseFacts[],
  into: CellSet,
  staff: StaffCellSet,
  subtrees = true,
): Promise<void> {
  for (const r of rows) {
    await pause();
    if (!r.counts) continue;
    const lineage = await lineageOf(em, r.questionnaire_id);
    for (const model of models) {
      if (!boundBy(model).some((q) => lineage.includes(q))) continue;
      const scored = scorerFor(model, await publishedVersion(em, r.questionnaire_version_id), lineage)(r.answers);
      const { questionnaire_version_id, channel, category, situation, language, month } = r;
      const ownKey: CellKey = {
        model_version_id: model.id,
        unit_id: r.unit_id,
        kind: CellKind.OWN,
        month,
        questionnaire_version_id,
        channel,
        category,
        situation,
        language,
      };
      const cell = emptyCell();
      addToCell(model.definition, cell, scored, r.confidential);
      addCell(into.at(ownKey), cell);
      addCell(staff.at(staffKey(ownKey, r.staff_id)), cell);
      if (!subtrees) continue;
      for (const unitId of r.path.split('/').filter(Boolean))
        for (const key of subtreeKeys(model.id, unitId, month, r)) addCell(into.at(key), cell);
    }
  }
}

const CELL_COLUMNS =
  'model_version_id uuid, unit_id uuid, kind text, month date, questionnaire_version_id text, channel text, category text, situation text, language text';
const KEY = 'model_version_id, unit_id, kind, month, questionnaire_version_id, channel, category, situation, language';

async function writeCells(
  em: EntityManager,
  orgId: string,
  cells: Iterable<{ key: CellKey; cell: CellStats }>,
): Promise<void> {
  const all = [...cells];
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all
      .slice(i, i + 500)
      .map(({ key, cell }) => ({ responses: cell.stats.responses, stats: encodeCell(cell), ...key }));
    await run(
      em,
      `insert into result_cell (organization_id, ${KEY}, responses, stats)
       select ?, x.* from jsonb_to_recordset(?::jsonb) as x(${CELL_COLUMNS}, responses integer, stats jsonb)
       on conflict (${KEY}) do update set responses = excluded.responses, stats = excluded.stats`,
      [orgId, JSON.stringify(chunk)],
    );
  }
}

/** Applies a change to stored cells: reads them, adds `delta` with `sign`, writes them back, drops emptied ones. */
async function applyDelta(em: EntityManager, orgId: string, delta: CellSet, sign: 1 | -1): Promise<void> {
  const keys = [...delta.cells.values()].map((e) => e.key);
  if (!keys.length) return;
  const stored: (CellKey & { stats: EncodedCell })[] = await em.execute(
    `select c.model_version_id, c.unit_id, c.kind, to_char(c.month, 'YYYY-MM-DD') as month, c.questionnaire_version_id, c.channel, c.category, c.situation, c.language, c.stats
       from result_cell c join jsonb_to_recordset(?::jsonb) as x(${CELL_COLUMNS}) using (${KEY})`,
    [JSON.stringify(keys)],
  );
  const merged = new CellSet();
  for (const { stats, ...key } of stored) addCell(merged.at(key), decodeCell(stats));
  for (const { key, cell } of delta.cells.values()) addCell(merged.at(key), cell, 1, sign);
  const [kept, emptied] = [
    [...merged.cells.values()].filter((e) => e.cell.stats.responses > 0),
    [...merged.cells.values()].filter((e) => e.cell.stats.responses <= 0),
  ];
  await writeCells(em, orgId, kept);
  if (emptied.length) {
    await em.execute(
      `delete from result_cell c using jsonb_to_recordset(?::jsonb) as x(${CELL_COLUMNS}) where (${KEY.split(', ')
        .map((k) => `c.${k} = x.${k}`)
        .join(' and ')})`,
      [JSON.stringify(emptied.map((e) => e.key))],
    );
  }
}

async function modelsOf(em: EntityManager, orgId: string, status?: RollupStatus): Promise<ModelVersionRef[]> {
  const rows: { model_version_id: string }[] = await em.execute(
    `select model_version_id from rollup_model where organization_id = ? ${status ? 'and status = ?' : ''} order by model_version_id`,
    status ? [orgId, status] : [orgId],
  );
  const out: ModelVersionRef[] = [];
  for (const r of rows) out.push(await versionRef(em, r.model_version_id));
  return out;
}

/** Puts stored responses in the tail, in the storing transaction (`responsesStored`). */
export async function addToTail(tx: EntityManager, responses: { orgId: string; id: string }[]): Promise<void> {
  if (!responses.length) return;
  // Server-side parameters: an import hands over every row it stored, and em.execute's client-side quoting of
  // two arrays of 150k ids held ~300 MB of string pieces and ended the server on its heap limit.
  await run(
    tx,
    `insert into rollup_outbox (organization_id, response_id) select * from unnest(?::uuid[], ?::uuid[]) on conflict do nothing`,
    [pgArray(responses.map((r) => r.orgId)), pgArray(responses.map((r) => r.id))],
  );
}

/**
 * Rolls up to `limit` tail responses of each organisation that has some; returns how many. An
 * organisation that fails is rolled back and handed to `onFailure`, and the others go on (by
 * default the failure is thrown once the others are done).
 */
export async function rollUpTail(
  em: EntityManager,
  limit = 2000,
  onFailure?: (orgId: string, error: unknown) => void,
): Promise<number> {
  const orgs: { organization_id: string }[] = await em.execute(`select distinct organization_id from rollup_outbox`);
  let total = 0;
  const failures: unknown[] = [];
  for (const { organization_id: orgId } of orgs) {
    total += await em
      .fork()
      .transactional(async (tx) => {
        tx.setFilterParams('tenant', { orgId });
        await lock(tx, orgId);
        const ids: { response_id: string }[] = await tx.execute(
          `select response_id from rollup_outbox where organization_id = ? limit ?`,
          [orgId, limit],
        );
        if (!ids.length) return 0;
        const picked = pgArray(ids.map((r) => r.response_id));
        const rows: ResponseFacts[] = await tx.execute(`${FACTS_SQL} and r.id = any(?::uuid[])`, [
          await timeZoneOf(tx, orgId),
          orgId,
          picked,
        ]);
        const [delta, staff] = [new CellSet(), new StaffCellSet()];
        await collect(tx, await modelsOf(tx, orgId, RollupStatus.READY), rows, delta, staff);
        await applyDelta(tx, orgId, delta, 1);
        await applyStaffDelta(tx, orgId, staff, 1);
        await tx.execute(`delete from rollup_outbox where organization_id = ? and response_id = any(?::uuid[])`, [
          orgId,
          picked,
        ]);
        return ids.length;
      })
      .catch((error: unknown) => {
        if (onFailure) onFailure(orgId, error);
        else failures.push(error);
        return 0;
      });
  }
  if (failures.length) throw failures[0];
  return total;
}

/**
 * Takes a response out of the rollups before curation changes it (exclusion, inclusion,
 * correction), in the curating transaction (`responseCurated`); the drain adds it back as it
 * then is. A response still in the tail is not in the cells: nothing to take out.
 */
export async function unrollResponse(tx: EntityManager, orgId: string, responseId: string): Promise<void> {
  await lock(tx, orgId);
  const [queued] = await tx.execute(`select 1 from rollup_outbox where organization_id = ? and response_id = ?`, [
    orgId,
    responseId,
  ]);
  if (queued) return;
  const rows: ResponseFacts[] = await tx.execute(`${FACTS_SQL} and r.id = ?`, [
    await timeZoneOf(tx, orgId),
    orgId,
    responseId,
  ]);
  if (!rows.length) return;
  const [delta, staff] = [new CellSet(), new StaffCellSet()];
  await collect(tx, await modelsOf(tx, orgId, RollupStatus.READY), rows, delta, staff);
  await applyDelta(tx, orgId, delta, -1);
  await applyStaffDelta(tx, orgId, staff, -1);
  await addToTail(tx, [{ orgId, id: responseId }]);
}

/**
 * After a change that moves responses between cells (a unit moved), in its transaction: results
 * scan responses until the worker has rebuilt. The lock keeps a rebuild already under way from
 * marking itself READY over the change.
 */
export async function markRollupsStale(em: EntityManager, orgId: string): Promise<void> {
  await lock(em, orgId);
  await em.execute(`update rollup_model set status = ? where organization_id = ?`, [RollupStatus.BUILDING, orgId]);
}

/**
 * Recreates every cell of an organisation from its responses, unit by unit in path order: each
 * unit's OWN cells are written when it is done, and a unit's SUBTREE cells once the walk leaves
 * its subtree, so memory holds one branch at a time. Responses read leave the outbox in the
 * same transaction; those arriving meanwhile stay in the tail.
 */
export async function rebuildOrganization(
  em: EntityManager,
  orgId: string,
  page = 5000,
): Promise<{ responses: number; cells: number }> {
  const built = await em.fork().transactional(async (tx) => {
    tx.setFilterParams('tenant', { orgId });
    await lock(tx, orgId);
    const models = await modelsOf(tx, orgId);
    const timeZone = await timeZoneOf(tx, orgId);
    await tx.execute(`delete from result_cell where organization_id = ?`, [orgId]);
    await dropStaffCells(tx, orgId);
    const units: { id: string; path: string }[] = await tx.execute(
      `select id, path from org_unit where organization_id = ? order by path`,
      [orgId],
    );
    const open: { path: string; cells: CellSet }[] = [];
    let [responses, cells] = [0, 0];
    const close = async (until: string | null) => {
      while (open.length && (until === null || !until.startsWith(open.at(-1)!.path))) {
        const done = open.pop()!;
        await writeCells(tx, orgId, done.cells.cells.values());
        cells += done.cells.cells.size;
      }
    };
    for (const unit of units) {
      await close(unit.path);
      open.push({ path: unit.path, cells: new CellSet() });
      // A unit's responses in pages (a head office may hold hundreds of thousands), in index order.
      const [own, staff] = [new CellSet(), new StaffCellSet()];
      let after: ResponseFacts | null = null;
      for (;;) {
        const rows: ResponseFacts[] = await tx.execute(
          `${FACTS_SQL} and r.unit_id = ? ${after ? 'and (r.completed_at, r.id) > (?::timestamptz, ?::uuid)' : ''} order by r.completed_at, r.id limit ?`,
          after ? [timeZone, orgId, unit.id, after.completed_at, after.id, page] : [timeZone, orgId, unit.id, page],
        );
        if (!rows.length) break;
        await collect(tx, models, rows, own, staff, false);
        await tx.execute(`delete from rollup_outbox where organization_id = ? and response_id = any(?::uuid[])`, [
          orgId,
          pgArray(rows.map((r) => r.id)),
        ]);
        responses += rows.length;
        after = rows.at(-1)!;
      }
      await writeCells(tx, orgId, own.cells.values());
      await writeStaffCells(tx, orgId, staff.cells.values());
      cells += own.cells.size;
      for (const { key, cell } of own.cells.values()) {
        for (const branch of open) {
          const unitId = branch.path.split('/').at(-2)!;
          for (const at of subtreeKeys(key.model_version_id, unitId, key.month, key))
            addCell(branch.cells.at(at), cell);
        }
      }
    }
    await close(null);
    await tx.execute(`update rollup_model set status = ?, built_at = now() where organization_id = ?`, [
      RollupStatus.READY,
      orgId,
    ]);
    return { responses, cells };
  });
  // The outbox was just emptied: fresh statistics let the planner see the tail is small again
  // (every results query starts from it).
  await em.execute('analyze rollup_outbox');
  return built;
}

/**
 * A newly published model version is rolled up instead of the one it supersedes, in the
 * publishing transaction (`modelPublished`); the worker then rebuilds its organisation.
 */
export async function registerModelVersion(
  tx: EntityManager,
  orgId: string,
  versionId: string,
  superseded: string | null,
) {
  await lock(tx, orgId);
  if (superseded) {
    await tx.execute(`delete from result_cell where organization_id = ? and model_version_id = ?`, [orgId, superseded]);
    await dropStaffCells(tx, orgId, { model: superseded });
    await tx.execute(`delete from rollup_model where organization_id = ? and model_version_id = ?`, [
      orgId,
      superseded,
    ]);
  }
  await tx.execute(
    `insert into rollup_model (model_version_id, organization_id, status) values (?, ?, ?) on conflict do nothing`,
    [versionId, orgId, RollupStatus.BUILDING],
  );
}

/** Reads the latest published version of each model (all organisations', or one's): the indicators module's. */
export type LatestModelVersions = (em: EntityManager, orgId?: string) => Promise<{ orgId: string; id: string }[]>;

/**
 * Keeps one rollup per model: the latest published version of each (`readLatest`, from the
 * indicators module). Organisations whose set changed get their new versions registered as
 * BUILDING (and old ones dropped); returns the organisations that need a rebuild. Publishing
 * registers its version at once (`registerModelVersion`): this catches up at start and before a
 * full rebuild.
 */
export async function syncRollupModels(em: EntityManager, readLatest: LatestModelVersions): Promise<string[]> {
  const latest = await readLatest(em);
  const kept: { organization_id: string; model_version_id: string }[] = await em.execute(
    `select organization_id, model_version_id from rollup_model`,
  );
  const want = new Set(latest.map((l) => l.id));
  const have = new Set(kept.map((k) => k.model_version_id));
  const changed = new Set([
    ...latest.filter((l) => !have.has(l.id)).map((l) => l.orgId),
    ...kept.filter((k) => !want.has(k.model_version_id)).map((k) => k.organization_id),
  ]);
  for (const orgId of changed) {
    await em.fork().transactional(async (tx) => {
      await lock(tx, orgId);
      // Read again under the lock: a version published since the first read (its transaction holds
      // this lock until it commits) must be kept, not dropped as unknown.
      const keeping = (await readLatest(tx, orgId)).map((l) => l.id);
      const ids = pgArray(keeping);
      await tx.execute(`delete from result_cell where organization_id = ? and not model_version_id = any(?::uuid[])`, [
        orgId,
        ids,
      ]);
      await dropStaffCells(tx, orgId, { keeping });
      await tx.execute(`delete from rollup_model where organization_id = ? and not model_version_id = any(?::uuid[])`, [
        orgId,
        ids,
      ]);
      await tx.execute(
        `insert into rollup_model (model_version_id, organization_id, status)
         select id, ?, ? from unnest(?::uuid[]) as id on conflict do nothing`,
        [orgId, RollupStatus.BUILDING, ids],
      );
    });
  }
  return buildingOrganizations(em);
}

/** Organisations with a model version waiting for (or in) a rebuild. */
export async function buildingOrganizations(em: EntityManager): Promise<string[]> {
  const building: { organization_id: string }[] = await em.execute(
    `select distinct organization_id from rollup_model where status = ?`,
    [RollupStatus.BUILDING],
  );
  return building.map((b) => b.organization_id);
}

/** Recreates every organisation's rollups from raw responses (`npm run rollups:rebuild`). */
export async function rebuildAll(
  em: EntityManager,
  readLatest: LatestModelVersions,
): Promise<{ orgId: string; responses: number; cells: number }[]> {
  await syncRollupModels(em, readLatest);
  const orgs: { organization_id: string }[] = await em.execute(`select distinct organization_id from rollup_model`);
  const out = [];
  for (const { organization_id: orgId } of orgs) out.push({ orgId, ...(await rebuildOrganization(em, orgId)) });
  return out;
}
