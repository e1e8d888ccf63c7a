import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit, Permission, requireAccess } from '../org/index.js';
import { staffRegister } from '../responses/index.js';
import { pgArray } from '../db/sql.js';
import { rawGroups } from './groups.js';
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

/**
 * The rows of the scope as scanRows reads them, with the staff member each response names: the
 * same conditions (scope.service.ts), one more column. Rollup cells do not carry staff.
 */
async function rowsWithStaff(ctx: RequestContext, scope: Scope): Promise<(ScopeRow & { staffId: string | null })[]> {
  if (!scope.questionnaireIds.length) return [];
  const { where, params } = filterSql(scope.filters);
  const rows: Record<string, unknown>[] = await ctx.em.getConnection().execute(
    `select r.unit_id, u.path, r.category, r.situation, r.channel, r.language, r.questionnaire_version_id,
            to_char(r.completed_at at time zone ?, 'YYYY-MM-DD') as local_date, r.answers, r.confidential, r.staff_id
       from response_fact r join org_unit u on u.id = r.unit_id
      where r.organization_id = ? and u.path like ? and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null
        and r.completed_at >= ? and r.completed_at < ? and r.questionnaire_id = any(?::uuid[])
        ${where.map((w) => `and ${w}`).join(' ')}`,
    [
      scope.timeZone,
      scope.orgId,
      `${scope.unit.path}%`,
      startOfLocalDate(scope.from, scope.timeZone),
      startOfLocalDate(scope.to, scope.timeZone),
      pgArray(scope.questionnaireIds),
      ...params,
    ],
  );
  return rows.map((r) => ({
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
  const rows = await rowsWithStaff(ctx, scope);
  const staffIds = rows.map((r) => r.staffId);
  const staff = new Map(
    (await staffRegister().describe(ctx.em, scope.orgId, [...new Set(staffIds.filter((s) => s !== null))])).map((s) => [
      s.id,
      s,
    ]),
  );
  const valueOf = (id: string | null) => (id === null ? null : by === 'STAFF' ? id : (staff.get(id)?.post ?? null));
  const values = [...new Set(staffIds.map(valueOf))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  tooMany(values.length);
  const subtree =
    scope.rollup === 'POOLED' ? [] : await ctx.em.find(OrgUnit, { path: { $like: `${scope.unit.path}%` } });
  const out: StaffValue<N>[] = [];
  for (const value of values) {
    const mine = rows.filter((_, i) => valueOf(staffIds[i]) === value);
    const rest = rows.filter((_, i) => valueOf(staffIds[i]) !== value);
    const [own, others] = [
      await unitResult(ctx, scope, scope.unit, await rawGroups(ctx.em, scope, mine), scope.from, scope.to, subtree),
      await unitResult(ctx, scope, scope.unit, await rawGroups(ctx.em, scope, rest), scope.from, scope.to, subtree),
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
