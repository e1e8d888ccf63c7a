import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { pgArray } from '../db/sql.js';
import { scorerFor } from '../indicators/index.js';
import type { OrgUnit } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { publishedVersion } from '../questionnaires/index.js';
import { pause } from './cooperative.js';
import { cellsAtListedVersions, cellsOf, eachCell, type CellRef } from './rollup/cell-cache.js';
import { addCell, addToCell, emptyCell, type CellStats } from './rollup/cell-stats.js';
import { CellKind, RollupStatus } from './rollup/result-cell.entity.js';
import { SUBTREE_SPLITS } from './rollup/upkeep.js';
import { firstMonthFrom, lastMonthUntil } from './periods.js';
import { scanRows, scanSql, scopeRowOf, type ScanRow, type Scope, type ScopeRow } from './scope.service.js';

import type { Group } from './group.js';

export type { Group };

export interface GroupOptions {
  from: string;
  to: string;
  /** Units whose subtree totals are wanted, when nothing is filtered or weighted (fast path). */
  totalsOf?: Pick<OrgUnit, 'id' | 'path'>[];
  /** Day-level dates are needed (day or week buckets): no monthly cells. */
  byDay?: boolean;
  /**
   * The response attributes the caller splits by. Cells alike in unit and month are summed into
   * one group over the others (all are kept for a weighted scope, whose weights need them).
   */
  keep?: readonly CellField[];
}

/** The response attributes a group may carry, by the column of `result_cell` that holds each. */
export const CELL_COLUMNS = {
  category: 'category',
  situation: 'situation',
  channel: 'channel',
  language: 'language',
  versionId: 'questionnaire_version_id',
} as const satisfies Partial<Record<keyof Group, string>>;
export type CellField = keyof typeof CELL_COLUMNS;

const blank = (s: string) => (s === '' ? null : s);

/** The scope's attribute filters as the `result_cell` columns and values they select (the one list of them). */
export function filterColumns(scope: Scope): [(typeof SUBTREE_SPLITS)[number], string][] {
  const f = scope.filters;
  const all = [
    ['channel', f.channel],
    ['category', f.respondentCategory],
    ['situation', f.serviceSituation],
    ['questionnaire_version_id', f.questionnaireVersionId],
    ['language', f.language],
  ] as const;
  return all.flatMap(([column, value]) =>
    value ? [[column, value] as [(typeof SUBTREE_SPLITS)[number], string]] : [],
  );
}

/**
 * Whether subtree totals answer the scope: pooled, unweighted, no answer filter and at most one
 * attribute filter (SUBTREE cells are kept whole and by each attribute alone).
 */
export const totalsApply = (scope: Scope) =>
  scope.rollup === 'POOLED' && !scope.weighting && !scope.filters.answers?.length && filterColumns(scope).length <= 1;

/** Raw responses scored and summed per group (tail or edges, or everything without a rollup). */
export async function rawGroups(em: EntityManager, scope: Scope, rows: ScopeRow[]): Promise<Group[]> {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    await pause();
    const version = await publishedVersion(em, row.versionId);
    const scored = scorerFor(scope.model, version, await lineageOf(em, version.questionnaireId))(row.answers);
    const key = [row.unitId, row.category, row.situation, row.channel, row.language, row.versionId, row.localDate].join(
      '|',
    );
    let group = groups.get(key);
    if (!group) {
      const { unitId, unitPath, category, situation, channel, language, versionId, localDate: date } = row;
      groups.set(
        key,
        (group = {
          unitId,
          unitPath,
          subtree: false,
          category,
          situation,
          channel,
          language,
          versionId,
          date,
          cell: emptyCell(),
        }),
      );
    }
    addToCell(scope.model.definition, group.cell, scored, row.confidential);
  }
  return [...groups.values()];
}

export const CELL_REF = `c.model_version_id, c.unit_id, c.kind, to_char(c.month, 'YYYY-MM-DD') as month, c.questionnaire_version_id, c.channel, c.category, c.situation, c.language, c.xmin::text as rev`;

/**
 * The SUBTREE cells of `units` over whole months [from, to), the scope's one filter applied, as
 * `[unit_id, month, rev]`: the other key columns are the same for all of them (`subtreeRefs`).
 * Arrays, not ten-column objects: a ranking lists 500 a month.
 */
function subtreeCellsSql(scope: Scope, units: Pick<OrgUnit, 'id'>[], from: string, to: string) {
  return {
    sql: `select json_build_array(c.unit_id, to_char(c.month, 'YYYY-MM-DD'), c.xmin::text) as ref from result_cell c
        where c.organization_id = ? and c.model_version_id = ? and c.kind = ? and c.month >= ? and c.month < ?
          ${SUBTREE_SPLITS.map((column) => `and c.${column} = ?`).join(' ')} and c.unit_id = any(?::uuid[])`,
    params: [
      scope.orgId,
      scope.model.id,
      CellKind.SUBTREE,
      from,
      to,
      ...splitValues(scope),
      pgArray(units.map((u) => u.id)),
    ],
  };
}

type SubtreeRef = [unitId: string, month: string, rev: string];

/** The SUBTREE cells' split columns: empty for the whole subtree, or the value of the scope's one filter. */
function splitValues(scope: Scope): string[] {
  const split = new Map(filterColumns(scope));
  return SUBTREE_SPLITS.map((column) => split.get(column) ?? '');
}

/** The whole refs of the cells `subtreeCellsSql` listed. */
function subtreeRefs(scope: Scope, listed: SubtreeRef[]): CellRef[] {
  const [questionnaire_version_id, channel, category, situation, language] = splitValues(scope);
  return listed.map(([unit_id, month, rev]) => ({
    model_version_id: scope.model.id,
    unit_id,
    kind: CellKind.SUBTREE,
    month,
    questionnaire_version_id,
    channel,
    category,
    situation,
    language,
    rev,
  }));
}

function subtreeGroups(units: Pick<OrgUnit, 'id' | 'path'>[], refs: CellRef[], cells: CellStats[]): Group[] {
  const paths = new Map(units.map((u) => [u.id, u.path]));
  return refs.map((r, i) => ({
    unitId: r.unit_id,
    unitPath: paths.get(r.unit_id)!,
    subtree: true,
    category: null,
    situation: null,
    channel: null,
    language: null,
    versionId: null,
    date: r.month,
    cell: cells[i],
  }));
}

/**
 * Subtree totals and the raw responses beside them in one statement, so in one snapshot without
 * a transaction: whether the rollup is ready, the SUBTREE cells' refs, and the tail and edge
 * responses. The cells' statistics come from the cache, or are read at the versions listed.
 * Before, the same read took six round trips (begin, status, tail, refs, statistics, commit).
 * Null when the rollup is not ready or a cell changed meanwhile: the caller reads in a snapshot.
 */
async function totalsInOneRead(
  em: EntityManager,
  scope: Scope,
  units: Pick<OrgUnit, 'id' | 'path'>[],
  { from, to, monthsFrom, monthsTo }: { from: string; to: string; monthsFrom: string; monthsTo: string },
): Promise<Group[] | null> {
  const scans = [
    from < monthsFrom ? scanSql(scope, { from, to: monthsFrom }) : null,
    scanSql(scope, { from: monthsFrom, to: monthsTo, tailOnly: true }),
    monthsTo < to ? scanSql(scope, { from: monthsTo, to }) : null,
  ].filter((s) => s !== null);
  const cells = subtreeCellsSql(scope, units, monthsFrom, monthsTo);
  const [row]: { ready: boolean; refs: SubtreeRef[]; raw: ScanRow[] }[] = await em.execute(
    `with ready as (select status = ? as ok from rollup_model where model_version_id = ?),
          refs as (${cells.sql})${scans.length ? `, raw as (${scans.map((s) => s.sql).join(' union all ')})` : ''}
     select coalesce((select ok from ready), false) as ready,
            (select coalesce(json_agg(ref), '[]') from refs where exists (select 1 from ready where ok)) as refs,
            ${scans.length ? `(select coalesce(json_agg(raw), '[]') from raw where exists (select 1 from ready where ok))` : `'[]'::json`} as raw`,
    [RollupStatus.READY, scope.model.id, ...cells.params, ...scans.flatMap((s) => s.params)],
  );
  if (!row.ready) return null;
  const refs = subtreeRefs(scope, row.refs);
  const stats = await cellsAtListedVersions(em, refs);
  if (!stats) return null;
  return [...subtreeGroups(units, refs, stats), ...(await rawGroups(em, scope, row.raw.map(scopeRowOf)))];
}

/**
 * The rollup cells of the scope. Subtree totals (few: units × months) by their keys and versions
 * first, then the statistics of those not cached; OWN cells summed per unit, month and kept
 * attribute as they are read.
 */
async function cellGroups(
  em: EntityManager,
  scope: Scope,
  from: string,
  to: string,
  { totalsOf, keep }: Pick<GroupOptions, 'totalsOf' | 'keep'>,
): Promise<Group[]> {
  if (totalsOf) {
    const { sql, params } = subtreeCellsSql(scope, totalsOf, from, to);
    const listed: { ref: SubtreeRef }[] = await em.execute(sql, params);
    const refs = subtreeRefs(
      scope,
      listed.map((r) => r.ref),
    );
    return subtreeGroups(totalsOf, refs, await cellsOf(em, refs));
  }
  const where: string[] = [];
  const params: unknown[] = [scope.orgId, scope.model.id, CellKind.OWN, `${scope.unit.path}%`, from, to];
  for (const [column, value] of filterColumns(scope)) {
    where.push(`c.${column} = ?`);
    params.push(value);
  }
  const kept = (Object.keys(CELL_COLUMNS) as CellField[]).filter((a) => scope.weighting || keep?.includes(a));
  const groups = new Map<string, Group>();
  type Row = { unit_id: string; path: string; month: string } & Record<string, string>;
  await eachCell<Row>(
    em,
    `select c.unit_id, u.path, to_char(c.month, 'YYYY-MM-DD') as month, ${kept.map((a) => `c.${CELL_COLUMNS[a]}`).join(', ')}${kept.length ? ',' : ''} c.stats
       from result_cell c join org_unit u on u.id = c.unit_id
      where c.organization_id = ? and c.model_version_id = ? and c.kind = ? and u.path like ? and c.month >= ? and c.month < ? ${where.map((w) => `and ${w}`).join(' ')}`,
    params,
    (r, cell) => {
      const values = kept.map((a) => blank(r[CELL_COLUMNS[a]]));
      const key = [r.unit_id, r.month, ...values].join('|');
      const found = groups.get(key);
      if (found) addCell(found.cell, cell);
      else {
        const group: Group = {
          unitId: r.unit_id,
          unitPath: r.path,
          subtree: false,
          category: null,
          situation: null,
          channel: null,
          language: null,
          versionId: null,
          date: r.month,
          cell,
        };
        kept.forEach((a, i) => (group[a] = values[i]));
        groups.set(key, group);
      }
    },
  );
  return [...groups.values()];
}

/**
 * Every counted response of the scope in [from, to), as groups, read in one REPEATABLE READ
 * snapshot: whole months from the rollup cells plus the tail not rolled up yet, and the days
 * before the first and after the last whole month from the responses themselves. Without a
 * ready rollup for the model, with answer filters, or by day, everything is read raw.
 */
export async function loadGroups(ctx: RequestContext, scope: Scope, options: GroupOptions): Promise<Group[]> {
  const { from, to } = options;
  const [monthsFrom, monthsTo] = [firstMonthFrom(from), lastMonthUntil(to)];
  if (options.totalsOf && !options.byDay && !scope.filters.answers?.length && monthsFrom < monthsTo) {
    const groups = await totalsInOneRead(ctx.em, scope, options.totalsOf, { from, to, monthsFrom, monthsTo });
    if (groups) return groups;
  }
  return ctx.em.fork().transactional(
    async (tx) => {
      tx.setFilterParams('tenant', { orgId: scope.orgId });
      const ready: { status: string }[] = await tx.execute(
        `select status from rollup_model where model_version_id = ?`,
        [scope.model.id],
      );
      const rolled =
        ready[0]?.status === RollupStatus.READY &&
        !options.byDay &&
        !scope.filters.answers?.length &&
        monthsFrom < monthsTo;
      if (!rolled) return rawGroups(tx, scope, await scanRows(tx, scope, { from, to }));
      const raw = [
        ...(from < monthsFrom ? await scanRows(tx, scope, { from, to: monthsFrom }) : []),
        ...(await scanRows(tx, scope, { from: monthsFrom, to: monthsTo, tailOnly: true })),
        ...(monthsTo < to ? await scanRows(tx, scope, { from: monthsTo, to }) : []),
      ];
      return [...(await cellGroups(tx, scope, monthsFrom, monthsTo, options)), ...(await rawGroups(tx, scope, raw))];
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

/** The groups that make up a unit's subtree: its SUBTREE cells, or raw/OWN groups under it. */
export const groupsUnder = (groups: Group[], unit: Pick<OrgUnit, 'path'>) =>
  groups.filter((g) => (g.subtree ? g.unitPath === unit.path : g.unitPath.startsWith(unit.path)));

/** `groupsUnder` for many units of one set of groups (a ranking), without scanning them all per unit. */
export function groupsByUnit(groups: Group[]): (unit: Pick<OrgUnit, 'path'>) => Group[] {
  const subtree = new Map<string, Group[]>();
  const own: Group[] = [];
  for (const g of groups) {
    if (g.subtree) subtree.set(g.unitPath, [...(subtree.get(g.unitPath) ?? []), g]);
    else own.push(g);
  }
  return (unit) => [...(subtree.get(unit.path) ?? []), ...groupsUnder(own, unit)];
}
