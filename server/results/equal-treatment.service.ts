import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { breakdown, type BreakdownBy } from './breakdown.service.js';
import { resolveScope, type ResultsQuery } from './scope.service.js';

export interface GroupScore {
  value: string;
  score: number;
  n: number;
  se: number | null;
}

export interface SignificantPair {
  higher: string;
  lower: string;
  delta: number;
}

export interface EqualTreatmentSide {
  by: BreakdownBy;
  groups: GroupScore[];
  /** max − min of the groups' scores, in points; null with fewer than two groups scored. */
  spread: number | null;
  highest: string | null;
  lowest: string | null;
  significantPairs: SignificantPair[];
}

/**
 * Equal treatment (domain.md): the spread of a node's score across respondent categories and
 * service situations — max − min over the groups with a score (those withheld as small groups and
 * "not recorded" left out) — and which pairs differ significantly, |Δ| > 1.96·√(SE₁² + SE₂²).
 */
export async function equalTreatment(
  ctx: RequestContext,
  query: ResultsQuery,
  nodeKey?: string | null,
): Promise<{ nodeKey: string; sides: EqualTreatmentSide[] }> {
  const scope = await resolveScope(ctx, query);
  const key = nodeKey ?? scope.model.definition.root.key;
  const sides: EqualTreatmentSide[] = [];
  for (const by of ['CATEGORY', 'SITUATION'] as const) {
    const result = await breakdown(ctx, query, by);
    const groups: GroupScore[] = [];
    for (const v of result.values) {
      const node = v.nodes.find((n) => n.key === key);
      if (!node) throw badInput(`The model has no node "${key}".`, { field: 'nodeKey' });
      if (v.value !== null && node.score !== null)
        groups.push({ value: v.value, score: node.score, n: node.n, se: node.se });
    }
    const sorted = [...groups].sort((a, b) => b.score - a.score);
    const pairs: SignificantPair[] = [];
    for (const [i, a] of sorted.entries())
      for (const b of sorted.slice(i + 1)) {
        const delta = a.score - b.score;
        if (a.se !== null && b.se !== null && delta > 1.96 * Math.sqrt(a.se ** 2 + b.se ** 2))
          pairs.push({ higher: a.value, lower: b.value, delta });
      }
    sides.push({
      by,
      groups,
      spread: sorted.length >= 2 ? sorted[0].score - sorted.at(-1)!.score : null,
      highest: sorted.length >= 2 ? sorted[0].value : null,
      lowest: sorted.length >= 2 ? sorted.at(-1)!.value : null,
      significantPairs: pairs,
    });
  }
  return { nodeKey: key, sides };
}
