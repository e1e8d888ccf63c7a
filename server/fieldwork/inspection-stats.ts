import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { addResponse, addScaled, emptyStats, type ModelDefinition, type ScopeStats } from '../indicators/index.js';
import { OrgUnit } from '../org/index.js';
import { startOfLocalDate, type InspectionQuery, type InspectionSource } from '../results/index.js';
import { cellStats } from './inspection-cells.js';
import { scorers } from './inspection-scorers.js';
import { Visit } from './visit.entity.js';

/** Adds visits to fresh statistics with the engine's own addResponse (weight 1 each: visits are not weighted). */
export async function statsOfVisits(em: EntityManager, model: ModelDefinition, visits: Visit[]): Promise<ScopeStats> {
  const stats = emptyStats();
  const byVersion = await scorers(em, model, visits);
  for (const visit of visits) {
    const scored = byVersion.get(visit.questionnaireVersionId)!(visit.answers);
    if (scored.size) addResponse(model, stats, scored);
  }
  return stats;
}

/** Current (latest revision) visits of a unit or its subtree ending in [from, to). */
export function visitsInScope(
  em: EntityManager,
  q: Pick<InspectionQuery, 'unitPath' | 'exact' | 'from' | 'to'>,
): Promise<Visit[]> {
  return em.find(Visit, {
    unit: { path: q.exact ? q.unitPath : { $like: `${q.unitPath}%` } },
    supersededAt: null,
    endedAt: { $gte: q.from, $lt: q.to },
  });
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The whole local months inside [fromDate, toDate), as [first, end) month starts; null when none. */
export function wholeMonths(fromDate: string, toDate: string): [string, string] | null {
  const first = fromDate.endsWith('-01') ? fromDate : nextMonth(fromDate.slice(0, 8) + '01');
  const end = `${toDate.slice(0, 8)}01`;
  return first < end ? [first, end] : null;
}

/**
 * The visits' statistics of a scope: the whole months from the inspection cells, the days at the
 * edges from the visits themselves (the same addResponse, so the sum is exact).
 */
async function scopeStats(ctx: RequestContext, q: InspectionQuery): Promise<ScopeStats> {
  const months = wholeMonths(q.fromDate, q.toDate);
  if (!months) return statsOfVisits(ctx.em, q.model, await visitsInScope(ctx.em, q));
  const [first, end] = months;
  const units = await ctx.em.find(
    OrgUnit,
    { path: q.exact ? q.unitPath : { $like: `${q.unitPath}%` } },
    { fields: ['id'] },
  );
  const total = await cellStats(ctx.em, { ...q, unitIds: units.map((u) => u.id) }, first, end);
  const edges = [
    [q.from, startOfLocalDate(first, q.timeZone)],
    [startOfLocalDate(end, q.timeZone), q.to],
  ] as const;
  for (const [from, to] of edges)
    if (from < to)
      addScaled(total, await statsOfVisits(ctx.em, q.model, await visitsInScope(ctx.em, { ...q, from, to })));
  return total;
}

/** What the results module's InspectionSource port gets (installed in server/app/modules.ts). */
export const fieldworkInspections: InspectionSource = {
  async stats(ctx: RequestContext, query: InspectionQuery): Promise<ScopeStats> {
    return scopeStats(ctx, query);
  },
};
