import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit, Permission, requireAccess } from '../org/index.js';
import { staffRegister } from '../responses/index.js';
import type { Group } from './group.js';
import { unitResult, type NodeScore } from './results.service.js';
import type { Scope } from './scope.service.js';
import { groupsByStaff, merge } from './staff-groups.js';

@ObjectType('BreakdownStaff', { description: 'The staff member of a STAFF breakdown value.' })
export class BreakdownStaffType {
  @Field(() => ID, { description: 'Id of the staff member (staff register of the fieldwork module).' }) id!: string;
  @Field({ description: 'Their name.' }) name!: string;
  @Field({ description: 'Their post (COUNTER_CLERK, CLAIMS_ADJUSTER, CALL_CENTRE_AGENT, MANAGER, OTHER).' })
  post!: string;
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
 * By the staff member who served (STAFF) or their post (POST): the responses that name one, from
 * the staff cells for whole months (staff-groups.ts), each value beside the rest of the scope;
 * responses naming nobody are the value null. A post is the register's now, not when served.
 * Needs STAFF_BREAKDOWN_READ over the scope's unit besides RESULTS_READ; the small-group rule
 * applies to every value as to any breakdown.
 */
export async function byStaff<N>(
  ctx: RequestContext,
  scope: Scope,
  by: 'POST' | 'STAFF',
  // breakdown.service's own, handed in (it imports this file): Δ against the rest, and the bound on values.
  { compare, tooMany }: { compare: (mine: NodeScore[], rest: NodeScore[]) => N[]; tooMany: (count: number) => void },
): Promise<StaffValue<N>[]> {
  await requireAccess(ctx, Permission.STAFF_BREAKDOWN_READ, scope.unit.id);
  const byStaffId = await groupsByStaff(ctx, scope);
  const named = [...byStaffId.keys()].filter((id): id is string => id !== null);
  const staff = new Map((await staffRegister().describe(ctx.em, scope.orgId, named)).map((s) => [s.id, s]));
  const valueOf = (id: string | null) => (id === null ? null : by === 'STAFF' ? id : (staff.get(id)?.post ?? null));
  const byValue = new Map<string | null, Map<string, Group>>();
  for (const [id, groups] of byStaffId) {
    const value = valueOf(id);
    if (!byValue.has(value)) byValue.set(value, new Map());
    merge(byValue.get(value)!, groups.values());
  }
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
