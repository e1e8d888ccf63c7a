import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { computeScores, emptyStats, versionRef, walk, type ModelDefinition } from '../indicators/index.js';
import { Permission, requireAccess, timeZoneOf, requirePrincipal } from '../org/index.js';
import { isDay } from './days.js';
import { StaffPost } from './fieldwork.enums.js';
import type { LeafScoreType, StaffBreakdownRowType } from './fieldwork.types.js';
import { statsOfVisits, visitsInScope } from './inspection-stats.js';
import { staffCaseCounts } from './staff-cases.js';
import { StaffMember } from './staff-member.entity.js';
import type { Visit } from './visit.entity.js';

interface Group {
  post: StaffPost;
  member: StaffMember | null;
  visits: Visit[];
  cases: number;
}

export interface BreakdownQuery {
  modelVersionId: string;
  unitId: string;
  from: string;
  to: string;
  by: 'POST' | 'STAFF_MEMBER';
}

/** The instant a local day starts in a time zone (the day's midnight there). */
function startOf(day: string, timeZone: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  const local = new Date(guess.toLocaleString('en-US', { timeZone }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (local.getTime() - utc.getTime()));
}

async function leaves(ctx: RequestContext, model: ModelDefinition, visits: Visit[]): Promise<LeafScoreType[]> {
  const { nodes } = computeScores(model, emptyStats(), new Map(), await statsOfVisits(ctx.em, model, visits));
  const inspection = new Set(
    [...walk(model.root)].filter(({ node }) => node.kind === 'INSPECTION').map((w) => w.node.key),
  );
  return nodes
    .filter((n) => inspection.has(n.key))
    .map((n) => ({ key: n.key, label: n.label, score: n.score, n: n.n }));
}

/**
 * Inspection scores of a unit's subtree by the post or the staff member inspected, behind
 * STAFF_BREAKDOWN_READ (a permission of its own, not an analyst's). A visit naming several staff
 * counts once for each of them, and once per post. Beside the visits, the cases received in the
 * period that name them (cases' count through the StaffCaseCounts port). Visits and cases are not
 * anonymous, so no small-group rule applies to them (docs/fieldwork.md, Staff).
 */
export async function staffBreakdown(ctx: RequestContext, q: BreakdownQuery): Promise<StaffBreakdownRowType[]> {
  const unit = await requireAccess(ctx, Permission.STAFF_BREAKDOWN_READ, q.unitId);
  for (const [field, day] of [
    ['from', q.from],
    ['to', q.to],
  ] as const)
    if (!isDay(day)) throw badInput(`${field} must be a day, YYYY-MM-DD (it is "${day}").`, { field });
  const model = await versionRef(ctx.em, requireId('Indicator model version', q.modelVersionId)).catch(() => {
    throw notFound('Indicator model version', q.modelVersionId);
  });
  const timeZone = await timeZoneOf(ctx.em, requirePrincipal(ctx).orgId);
  const visits = await visitsInScope(ctx.em, {
    unitPath: unit.path,
    exact: false,
    from: startOf(q.from, timeZone),
    to: startOf(q.to, timeZone),
  });
  // Every staff member of the subtree: those named by visits, and those named by cases (the cases port).
  const staff = await ctx.em.find(StaffMember, { unit: { path: { $like: `${unit.path}%` } } }, { limit: 5000 });
  const cases = await staffCaseCounts()(
    ctx.em,
    requirePrincipal(ctx).orgId,
    staff.map((s) => s.id),
    startOf(q.from, timeZone),
    startOf(q.to, timeZone),
  );
  const groups = new Map<string, Group>();
  const groupOf = (member: StaffMember): Group => {
    const key = q.by === 'POST' ? member.post : member.id;
    const group = groups.get(key) ?? {
      post: member.post,
      member: q.by === 'POST' ? null : member,
      visits: [],
      cases: 0,
    };
    groups.set(key, group);
    return group;
  };
  for (const visit of visits)
    for (const member of staff.filter((s) => visit.staffIds.includes(s.id))) {
      const group = groupOf(member);
      if (!group.visits.includes(visit)) group.visits.push(visit);
    }
  for (const member of staff) if (cases.get(member.id)) groupOf(member).cases += cases.get(member.id)!;
  const rows: StaffBreakdownRowType[] = [];
  for (const g of groups.values())
    rows.push({
      post: g.post,
      staffMember: g.member,
      visits: g.visits.length,
      cases: g.cases,
      leaves: await leaves(ctx, model.definition, g.visits),
    });
  // Bounded (documented on the query): at most 500 rows.
  return rows
    .sort(
      (a, b) => a.post.localeCompare(b.post) || (a.staffMember?.name ?? '').localeCompare(b.staffMember?.name ?? ''),
    )
    .slice(0, 500);
}

export { startOf };
