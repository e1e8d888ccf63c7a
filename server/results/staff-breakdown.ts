import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit, Permission, requireAccess } from '../org/index.js';
import { staffRegister } from '../responses/index.js';
import { pgArray } from '../db/sql.js';
import { rawGroups } from './groups.js';
import type { Group } from './group.js';
import { addCell, emptyCell } from './rollup/cell-stats.js';
import { unitResult, type NodeScore } from './results.service.js';
import { filterSql, type Scope, type ScopeRow } from './scope.service.js';
import { startOfLocalDate } from './periods.js';

@ObjectType('BreakdownStaff', { description: 'The staff member of a STAFF breakdown value.' })
export class BreakdownStaffType {
  @Field(() => ID, { description: 'Id of the staff member (staff register of the fieldwork module).' }) id!: string;
  @Field({ description: 'Their name.' }) name!: string;
  @Field({ description: 'Their post (COUNTER_CLERK, CLAIMS_ADJUSTER, CALL_CENTRE_AGENT, MANAGER, OTHER).' })
  post!: string;
}

/** Rows read per page: a head office's scope may hold hundreds of thousands, and each carries its answers. */
const PAGE = 5000;

/**
 * The rows of the scope as scanRows reads them, with the staff member each response names: the
 * same conditions (scope.service.ts), one more column, one page after `after` (by id). Rollup
 * cells do not carry staff.
 */
function scopeConditions(scope: Scope) {
  const { where, params } = filterSql(scope.filters);
  return {
    sql: `from response_fact r join org_unit u on u.id = r.unit_id
      where r.organization_id = ? and u.path like ? and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null
        and r.completed_at >= ? and r.completed_at < ? and r.questionnaire_id = any(?::uuid[])
        ${where.map((w) => `and ${w}`).join(' ')}`,
    params: [
      scope.orgId,
      `${scope.unit.path}%`,
      startOfLocalDate(scope.from, scope.timeZone),
      startOfLocalDate(scope.to, scope.timeZone),
      pgArray(scope.questionnaireIds),
      ...params,
    ],
  };
}

/** The staff members the scope's responses name. */
async function staffInScope(ctx: RequestContext, scope: Scope): Promise<string[]> {
  if (!scope.questionnaireIds.length) return [];
  const { sql, params } = scopeConditions(scope);
  const rows: { staff_id: string }[] = await ctx.em
    .getConnection()
    .execute(`select distinct r.staff_id ${sql} and r.staff_id is not null`, params);
  return rows.map((r) => r.staff_id);
}

async function rowsWithStaff(
  ctx: RequestContext,
  scope: Scope,
  after: string | null,
): Promise<(ScopeRow & { id: string; staffId: string | null })[]> {
  const { sql, params } = scopeConditions(scope);
  const rows: Record<string, unknown>[] = await ctx.em.getConnection().execute(
    `select r.id, r.unit_id, u.path, r.category, r.situation, r.channel, r.language, r.questionnaire_version_id,
            to_char(r.completed_at at time zone ?, 'YYYY-MM-DD') as local_date, r.answers, r.confidential, r.staff_id
       ${sql} ${after ? 'and r.id > ?' : ''} order by r.id limit ${PAGE}`,
    [scope.timeZone, ...params, ...(after ? [after] : [])],
  );
  return rows.map((r) => ({
    id: r.id as string,
    unitId: r.unit_id as string,
    unitPath: r.path as string,
    category: r.category as string | null,
    situation: r.situation as string | null,
    channel: r.channel as string,
    language: r.language as string | null,
    versionId: r.questionnaire_version_id as string,
    localDate: r.local_date as string,
    answers: r.answers as Record<string, unknown>,
    confidential: Boolean(r.confidential),
    staffId: r.staff_id as string | null,
  }));
}

const groupKey = (g: Group) =>
  [g.unitId, g.category, g.situation, g.channel, g.language, g.versionId, g.date].join('|');

/** Adds `groups` into `into`, by group key; the groups of `into` are its own copies. */
function merge(into: Map<string, Group>, groups: Iterable<Group>): void {
  for (const g of groups) {
    const key = groupKey(g);
    let mine = into.get(key);
    if (!mine) into.set(key, (mine = { ...g, cell: emptyCell() }));
    addCell(mine.cell, g.cell);
  }
}

/**
 * The scope's groups per staff value, each response read and scored once, page by page (reading
 * them all at once ended the server on its heap at a head office of 170,000 responses).
 */
async function groupsByValue(
  ctx: RequestContext,
  scope: Scope,
  valueOf: (staffId: string | null) => string | null,
): Promise<Map<string | null, Map<string, Group>>> {
  const byValue = new Map<string | null, Map<string, Group>>();
  if (!scope.questionnaireIds.length) return byValue;
  for (let after: string | null = null; ;) {
    const rows = await rowsWithStaff(ctx, scope, after);
    if (!rows.length) break;
    const split = new Map<string | null, ScopeRow[]>();
    for (const row of rows) {
      const value = valueOf(row.staffId);
      const part = split.get(value);
      if (part) part.push(row);
      else split.set(value, [row]);
    }
    for (const [value, part] of split) {
      const groups = await rawGroups(ctx.em, scope, part);
      if (!byValue.has(value)) byValue.set(value, new Map());
      merge(byValue.get(value)!, groups);
    }
    after = rows.at(-1)!.id;
  }
  return byValue;
}

/** One value of a POST or STAFF breakdown (breakdown.service's BreakdownValue, with the staff member). */
export interface StaffValue<N> {
  value: string | null;
  unit: null;
  staff: BreakdownStaffType | null;
  responseCount: number;
  nodes: N[];
}

/**
 * By the staff member who served (STAFF) or their post (POST): the responses that name one,
 * read raw (rollup cells do not carry staff), each value beside the rest of the scope; responses
 * naming nobody are the value null. Needs STAFF_BREAKDOWN_READ over the scope's unit besides
 * RESULTS_READ; the small-group rule applies to every value as to any breakdown.
 */
export async function byStaff<N>(
  ctx: RequestContext,
  scope: Scope,
  by: 'POST' | 'STAFF',
  // breakdown.service's own, handed in (it imports this file): Δ against the rest, and the bound on values.
  { compare, tooMany }: { compare: (mine: NodeScore[], rest: NodeScore[]) => N[]; tooMany: (count: number) => void },
): Promise<StaffValue<N>[]> {
  await requireAccess(ctx, Permission.STAFF_BREAKDOWN_READ, scope.unit.id);
  const named = await staffInScope(ctx, scope);
  const staff = new Map((await staffRegister().describe(ctx.em, scope.orgId, named)).map((s) => [s.id, s]));
  const valueOf = (id: string | null) => (id === null ? null : by === 'STAFF' ? id : (staff.get(id)?.post ?? null));
  const byValue = await groupsByValue(ctx, scope, valueOf);
  const values = [...byValue.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  tooMany(values.length);
  const subtree =
    scope.rollup === 'POOLED' ? [] : await ctx.em.find(OrgUnit, { path: { $like: `${scope.unit.path}%` } });
  const out: StaffValue<N>[] = [];
  for (const value of values) {
    const mine = [...byValue.get(value)!.values()];
    // The rest of the scope: the other values' groups together.
    const rest = new Map<string, Group>();
    for (const [other, groups] of byValue) if (other !== value) merge(rest, groups.values());
    const [own, others] = [
      await unitResult(ctx, scope, scope.unit, mine, scope.from, scope.to, subtree),
      await unitResult(ctx, scope, scope.unit, [...rest.values()], scope.from, scope.to, subtree),
    ];
    const member = by === 'STAFF' && value ? staff.get(value) : undefined;
    out.push({
      value,
      unit: null,
      staff: member ? { id: member.id, name: member.name, post: member.post } : null,
      responseCount: own.pooled.stats.responses,
      nodes: compare(own.nodes, others.nodes),
    });
  }
  return out;
}
