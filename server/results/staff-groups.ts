import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { CELL_COLUMNS, filterColumns, rawGroups, type CellField } from './groups.js';
import type { Group } from './group.js';
import { firstMonthFrom, lastMonthUntil } from './periods.js';
import { eachCell } from './rollup/cell-cache.js';
import { addCell, emptyCell } from './rollup/cell-stats.js';
import { RollupStatus } from './rollup/result-cell.entity.js';
import { scanSql, scopeRowOf, type ScanOptions, type ScanRow, type Scope, type ScopeRow } from './scope.service.js';

/*
 * The scope's groups per staff member who served, for the POST and STAFF breakdowns
 * (staff-breakdown.ts): whole months from the staff cells (rollup/staff-cell.entity.ts) plus the
 * tail not rolled up yet, the days at the edges of the period from the responses, in one
 * REPEATABLE READ snapshot, as loadGroups reads `result_cell`. Without a ready rollup, or with
 * answer filters, every response is read.
 */

/** Groups per staff member (null: responses naming nobody), each keyed by what results split or weight by. */
export type StaffGroups = Map<string | null, Map<string, Group>>;

/** Rows read per page: a head office's scope may hold hundreds of thousands, and each carries its answers. */
const PAGE = 5000;

export const groupKey = (g: Group) =>
  [g.unitId, g.category, g.situation, g.channel, g.language, g.versionId, g.date].join('|');

/** Adds `groups` into `into`, by group key; the groups of `into` are its own copies. */
export function merge(into: Map<string, Group>, groups: Iterable<Group>): void {
  for (const g of groups) {
    const key = groupKey(g);
    let mine = into.get(key);
    if (!mine) into.set(key, (mine = { ...g, cell: emptyCell() }));
    addCell(mine.cell, g.cell);
  }
}

const into = (out: StaffGroups, staffId: string | null) => {
  let groups = out.get(staffId);
  if (!groups) out.set(staffId, (groups = new Map()));
  return groups;
};

/** One page (after `after`, by id) of the scope's responses in a window, with the staff member each names. */
async function page(em: EntityManager, scope: Scope, w: ScanOptions, after: string | null) {
  const scan = scanSql(scope, { ...w, withStaff: true });
  if (!scan) return [];
  const rows: (ScanRow & { id: string; staff_id: string | null })[] = await em.execute(
    `${scan.sql} ${after ? 'and r.id > ?' : ''} order by r.id limit ${PAGE}`,
    [...scan.params, ...(after ? [after] : [])],
  );
  return rows.map((r) => ({ id: r.id, staffId: r.staff_id, row: scopeRowOf(r) }));
}

/**
 * The responses of a window scored and summed per staff member and group, page by page
 * (reading them all at once ended the server on its heap at a head office of 170,000 responses).
 */
async function rawByStaff(em: EntityManager, scope: Scope, w: ScanOptions, out: StaffGroups): Promise<void> {
  for (let after: string | null = null; ;) {
    const rows = await page(em, scope, w, after);
    if (!rows.length) return;
    const split = new Map<string | null, ScopeRow[]>();
    for (const { staffId, row } of rows) {
      const part = split.get(staffId);
      if (part) part.push(row);
      else split.set(staffId, [row]);
    }
    for (const [staffId, part] of split) merge(into(out, staffId), await rawGroups(em, scope, part));
    after = rows.at(-1)!.id;
  }
}

/** The staff cells of whole months [from, to), summed per staff member, unit, month (and every attribute when weighted). */
async function cellsByStaff(em: EntityManager, scope: Scope, from: string, to: string, out: StaffGroups) {
  const kept = scope.weighting ? (Object.keys(CELL_COLUMNS) as CellField[]) : [];
  const filters = filterColumns(scope);
  type Row = { staff_id: string; unit_id: string; path: string; month: string } & Record<string, string>;
  await eachCell<Row>(
    em,
    `select c.staff_id, c.unit_id, u.path, to_char(c.month, 'YYYY-MM-DD') as month,
            ${kept.map((a) => `c.${CELL_COLUMNS[a]}, `).join('')}c.stats
       from staff_cell c join org_unit u on u.id = c.unit_id
      where c.organization_id = ? and c.model_version_id = ? and u.path like ? and c.month >= ? and c.month < ?
        ${filters.map(([column]) => `and c.${column} = ?`).join(' ')}`,
    [scope.orgId, scope.model.id, `${scope.unit.path}%`, from, to, ...filters.map(([, value]) => value)],
    (r, cell) => {
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
      for (const a of kept) group[a] = r[CELL_COLUMNS[a]] === '' ? null : r[CELL_COLUMNS[a]];
      merge(into(out, r.staff_id === '' ? null : r.staff_id), [group]);
    },
  );
}

/** Every counted response of the scope, as groups per staff member who served. */
export async function groupsByStaff(ctx: RequestContext, scope: Scope): Promise<StaffGroups> {
  const out: StaffGroups = new Map();
  if (!scope.questionnaireIds.length) return out;
  const { from, to } = scope;
  const [monthsFrom, monthsTo] = [firstMonthFrom(from), lastMonthUntil(to)];
  await ctx.em.fork().transactional(
    async (tx) => {
      tx.setFilterParams('tenant', { orgId: scope.orgId });
      const ready: { status: string }[] = await tx.execute(
        `select status from rollup_model where model_version_id = ?`,
        [scope.model.id],
      );
      const rolled = ready[0]?.status === RollupStatus.READY && !scope.filters.answers?.length && monthsFrom < monthsTo;
      if (!rolled) return rawByStaff(tx, scope, { from, to }, out);
      if (from < monthsFrom) await rawByStaff(tx, scope, { from, to: monthsFrom }, out);
      await cellsByStaff(tx, scope, monthsFrom, monthsTo, out);
      await rawByStaff(tx, scope, { from: monthsFrom, to: monthsTo, tailOnly: true }, out);
      if (monthsTo < to) await rawByStaff(tx, scope, { from: monthsTo, to }, out);
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
  return out;
}
