import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { computeScores, emptyStats, versionRef, walk, type ModelDefinition } from '../indicators/index.js';
import { Permission, requireAccess, timeZoneOf, requirePrincipal } from '../org/index.js';
import { isDay } from './days.js';
import { StaffPost } from './fieldwork.enums.js';
import type { LeafScoreType, StaffBreakdownRowType } from './fieldwork.types.js';
import { statsOfVisits, visitsInScope } from './inspection-stats.js';
import { StaffMember } from './staff-member.entity.js';
import type { Visit } from './visit.entity.js';

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
 * counts once for each of them, and once per post. Visits are not anonymous, so no small-group
 * rule applies to them (docs/fieldwork.md, Staff).
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
  const staffIds = [...new Set(visits.flatMap((v) => v.staffIds))];
  const staff = staffIds.length ? await ctx.em.find(StaffMember, { id: { $in: staffIds } }) : [];
  const groups = new Map<string, { post: StaffPost; member: StaffMember | null; visits: Visit[] }>();
  for (const visit of visits)
    for (const member of staff.filter((s) => visit.staffIds.includes(s.id))) {
      const key = q.by === 'POST' ? member.post : member.id;
      const group = groups.get(key) ?? { post: member.post, member: q.by === 'POST' ? null : member, visits: [] };
      groups.set(key, group);
      if (!group.visits.includes(visit)) group.visits.push(visit);
    }
  const rows: StaffBreakdownRowType[] = [];
  for (const g of groups.values())
    rows.push({
      post: g.post,
      staffMember: g.member,
      visits: g.visits.length,
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
