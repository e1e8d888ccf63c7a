import type { MetricDefinition } from './types.js';

/** One recorded administrative statistic: a unit's value over a half-open period. */
export interface Observation {
  unitId: string;
  periodStart: Date;
  periodEnd: Date;
  value: number;
  denominator: number | null;
}

export interface MetricAggregate {
  /** The rate Σvalue / Σdenominator (or Σvalue without a denominator); null without data. */
  value: number | null;
  numerator: number;
  denominator: number | null;
  observations: number;
}

/**
 * Aggregates a metric over a scope's units and a query period [from, to) (design.md §4). Only
 * observations lying wholly inside the period count. FLOW sums over units and periods; STOCK
 * takes each unit's latest period in range, then sums over units. A rate is a ratio of sums,
 * never a mean of rates.
 */
export function aggregateMetric(
  metric: MetricDefinition,
  observations: Observation[],
  from: Date,
  to: Date,
): MetricAggregate {
  const inside = observations.filter((o) => o.periodStart >= from && o.periodEnd <= to);
  let counted = inside;
  if (metric.kind === 'STOCK') {
    const latest = new Map<string, Observation>();
    for (const o of inside) {
      const seen = latest.get(o.unitId);
      if (!seen || o.periodStart > seen.periodStart) latest.set(o.unitId, o);
    }
    counted = [...latest.values()];
  }
  if (!counted.length)
    return { value: null, numerator: 0, denominator: metric.hasDenominator ? 0 : null, observations: 0 };
  const numerator = counted.reduce((s, o) => s + o.value, 0);
  if (!metric.hasDenominator) return { value: numerator, numerator, denominator: null, observations: counted.length };
  const denominator = counted.reduce((s, o) => s + (o.denominator ?? 0), 0);
  return {
    value: denominator > 0 ? numerator / denominator : null,
    numerator,
    denominator,
    observations: counted.length,
  };
}
