import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import type { Group } from './group.js';
import { CELL_COLUMNS, CELL_REF, filterColumns, rawGroups, type CellField } from './groups.js';

export type { CellField };
import { firstMonthFrom, lastMonthUntil } from './periods.js';
import { cellsOf, eachCell, type CellRef } from './rollup/cell-cache.js';
import { addCell, emptyCell, type CellStats } from './rollup/cell-stats.js';
import { CellKind, RollupStatus } from './rollup/result-cell.entity.js';
import { SUBTREE_SPLITS } from './rollup/upkeep.js';
import { scanRows, type Scope } from './scope.service.js';

/**
 * Totals of whole-month OWN cells per value, shared by the requests of this process. An entry is
 * named by the scope, the value, and the number and a digest of the cells' keys and row versions
 * (`xmin`, new on every write), so a changed, added or removed cell makes it another entry and it
 * is never stale. Entries are never mutated; least recently used first out.
 */
const MAX_TOTALS = 1000;
const totals = new Map<string, CellStats>();

/** The OWN cells of the scope's subtree over whole months, its filters applied, as SQL. */
function cellsWhere(scope: Scope, from: string, to: string) {
  const params: unknown[] = [scope.orgId, scope.model.id, CellKind.OWN, `${scope.unit.path}%`, from, to];
  let sql = `from result_cell c join org_unit u on u.id = c.unit_id
    where c.organization_id = ? and c.model_version_id = ? and c.kind = ? and u.path like ? and c.month >= ? and c.month < ?`;
  for (const [column, value] of filterColumns(scope)) {
    sql += ` and c.${column} = ?`;
    params.push(value);
  }
  return { sql, params };
}

/** One value's cells summed, in the order a `scores` query filtered to the value adds them. */
async function totalOf(em: EntityManager, scope: Scope, column: string, value: string, from: string, to: string) {
  const { sql, params } = cellsWhere(scope, from, to);
  const total = emptyCell();
  await eachCell(em, `select c.stats ${sql} and c.${column} = ?`, [...params, value], (_, cell) =>
    addCell(total, cell),
  );
  return total;
}

async function monthTotals(em: EntityManager, scope: Scope, field: CellField, from: string, to: string) {
  const column = CELL_COLUMNS[field];
  const { sql, params } = cellsWhere(scope, from, to);
  const digests: { value: string; cells: number; digest: string }[] = await em.execute(
    `select c.${column} as value, count(*)::int as cells, sum(hashtextextended(concat_ws('|', c.unit_id, c.month,
       c.questionnaire_version_id, c.channel, c.category, c.situation, c.language, c.xmin::text), 0))::text as digest
       ${sql} group by c.${column}`,
    params,
  );
  const scopeKey = JSON.stringify([scope.model.id, scope.unit.path, from, to, column, filterColumns(scope)]);
  const out: Group[] = [];
  for (const { value, cells, digest } of digests) {
    const id = `${scopeKey}|${value}|${cells}|${digest}`;
    const total = totals.get(id) ?? (await totalOf(em, scope, column, value, from, to));
    totals.delete(id);
    totals.set(id, total);
    if (totals.size > MAX_TOTALS) totals.delete(totals.keys().next().value!);
    out.push({
      unitId: scope.unit.id,
      unitPath: scope.unit.path,
      subtree: false,
      category: null,
      situation: null,
      channel: null,
      language: null,
      versionId: null,
      [field]: value === '' ? null : value,
      date: from,
      cell: total,
    });
  }
  return out;
}

/**
 * Whole months from the scope unit's SUBTREE cells kept by `field` alone (one per month and
 * value: what a `scores` query filtered to the value reads), when the scope has no attribute
 * filter and every response of those months carries a value. Null otherwise: the responses
 * without a value have no cell of their own, and the OWN cells answer then.
 */
async function subtreeTotals(em: EntityManager, scope: Scope, field: CellField, from: string, to: string) {
  if (filterColumns(scope).length) return null;
  const column = CELL_COLUMNS[field];
  const refs: CellRef[] = await em.execute(
    `select ${CELL_REF} from result_cell c
      where c.organization_id = ? and c.model_version_id = ? and c.kind = ? and c.unit_id = ? and c.month >= ? and c.month < ?
        ${SUBTREE_SPLITS.map((s) => (s === column ? `and c.${s} <> ''` : `and c.${s} = ''`)).join(' ')}`,
    [scope.orgId, scope.model.id, CellKind.SUBTREE, scope.unit.id, from, to],
  );
  const whole: CellRef[] = await em.execute(
    `select ${CELL_REF} from result_cell c
      where c.organization_id = ? and c.model_version_id = ? and c.kind = ? and c.unit_id = ? and c.month >= ? and c.month < ?
        ${SUBTREE_SPLITS.map((s) => `and c.${s} = ''`).join(' ')}`,
    [scope.orgId, scope.model.id, CellKind.SUBTREE, scope.unit.id, from, to],
  );
  const [cells, wholeCells] = await Promise.all([cellsOf(em, refs), cellsOf(em, whole)]);
  const count = (list: CellStats[]) => list.reduce((sum, c) => sum + c.stats.responses, 0);
  if (count(cells) !== count(wholeCells)) return null;
  return refs.map((r, i): Group => ({
    unitId: scope.unit.id,
    unitPath: scope.unit.path,
    subtree: true,
    category: null,
    situation: null,
    channel: null,
    language: null,
    versionId: null,
    [field]: (r as unknown as Record<string, string>)[column],
    date: r.month,
    cell: cells[i],
  }));
}

/**
 * A breakdown's groups for a pooled, unweighted scope without answer filters: whole months as
 * one group per value of `field` (the summed OWN cells that carry it), plus the tail not rolled
 * up yet and the days at the edges as raw groups, in one REPEATABLE READ snapshot. Null when the
 * model has no ready rollup or the period holds no whole month (the caller reads as `scores`).
 */
export async function splitGroups(ctx: RequestContext, scope: Scope, field: CellField): Promise<Group[] | null> {
  const { from, to } = scope;
  const [monthsFrom, monthsTo] = [firstMonthFrom(from), lastMonthUntil(to)];
  if (monthsFrom >= monthsTo || scope.filters.answers?.length) return null;
  return ctx.em.fork().transactional(
    async (tx) => {
      tx.setFilterParams('tenant', { orgId: scope.orgId });
      const ready: { status: string }[] = await tx.execute(
        `select status from rollup_model where model_version_id = ?`,
        [scope.model.id],
      );
      if (ready[0]?.status !== RollupStatus.READY) return null;
      const raw = [
        ...(from < monthsFrom ? await scanRows(tx, scope, { from, to: monthsFrom }) : []),
        ...(await scanRows(tx, scope, { from: monthsFrom, to: monthsTo, tailOnly: true })),
        ...(monthsTo < to ? await scanRows(tx, scope, { from: monthsTo, to }) : []),
      ];
      const months =
        (await subtreeTotals(tx, scope, field, monthsFrom, monthsTo)) ??
        (await monthTotals(tx, scope, field, monthsFrom, monthsTo));
      return [...months, ...(await rawGroups(tx, scope, raw))];
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}
