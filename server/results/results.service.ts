import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { roundScore } from '../indicators/index.js';
import { computeScores, lostPoints, type ItemResult, type MetricInput, type NodeResult } from '../indicators/index.js';
import type { ScopeStats } from '../indicators/index.js';
import { applyLeafValues, combineUnits, leafValuesOf, type LeafValues } from '../indicators/index.js';
import type { Band } from '../indicators/index.js';
import type { WeightingReport } from '../indicators/index.js';
import { walk, type ModelDefinition } from '../indicators/index.js';
import { weightsFor } from './weighting.service.js';
import { canAccessPath, requirePrincipal, unitRowsUnder, type UnitRow } from '../org/index.js';
import { Permission } from '../org/index.js';
import { addDays, addYears, bucketOf, bucketsBetween, type Granularity } from './periods.js';
import { groupsByUnit, groupsUnder, loadGroups, totalsApply, type Group } from './groups.js';
import { addCell, emptyCell } from './rollup/cell-stats.js';
import { resolveScope, scopeMetrics, type ResultsQuery, type Scope } from './scope.service.js';
import { scopeInspections } from './inspection-source.js';

export interface Aggregate {
  stats: ScopeStats;
  /** Responses from anonymous or confidential distributions among them. */
  confidential: number;
  /** Weighted responses by the band of their own score. */
  bands: Map<string, number>;
  weighting: WeightingReport & { effectiveN: number | null };
}

/** Sums groups of responses, each group carrying the respondent weight ω of its responses (1 without a scheme). */
function aggregate(scope: Scope, groups: Group[]): Aggregate {
  const weighting = weightsFor(scope.weighting, groups, scope.weightingUnits);
  // One group (a unit's subtree cell in a ranking) needs no copy: nothing below mutates it.
  if (groups.length === 1 && weighting.weights[0] === 1) {
    const n = groups[0].cell.stats.responses;
    return {
      stats: groups[0].cell.stats,
      bands: groups[0].cell.bands,
      confidential: groups[0].cell.confidential,
      weighting: { ...weighting, effectiveN: n > 0 ? n : null },
    };
  }
  const total = emptyCell();
  let [sum, squares] = [0, 0];
  for (const [i, group] of groups.entries()) {
    const [w, n] = [weighting.weights[i], group.cell.stats.responses];
    addCell(total, group.cell, w);
    sum += n * w;
    squares += n * w * w;
  }
  return {
    stats: total.stats,
    bands: total.bands,
    confidential: total.confidential,
    weighting: { ...weighting, effectiveN: squares > 0 ? (sum * sum) / squares : null },
  };
}

export interface BandShare {
  band: Band;
  /** Weighted count (the number of responses when unweighted). */
  count: number;
  share: number;
}

/** A bound question's result as the API shows it: withheld as its node would be, flagged below the minimum. */
export type ItemScore = ItemResult & { withheldReason: string | null; belowMinimum: boolean };

export interface ScoresResult {
  scope: Scope;
  weighting: WeightingReport & { effectiveN: number | null };
  responseCount: number;
  nodes: NodeScore[];
  items: ItemScore[];
  bandDistribution: BandShare[];
  /** Set when the band distribution is withheld (small group). */
  withheldReason: string | null;
}

function bandDistribution(scope: Scope, bands: Map<string, number>): BandShare[] {
  const total = [...bands.values()].reduce((a, b) => a + b, 0);
  return scope.model.definition.bands.map((band) => ({
    band,
    count: bands.get(band.key) ?? 0,
    share: total ? (bands.get(band.key) ?? 0) / total : 0,
  }));
}

// Scores of statistics that are never mutated (a cached rollup cell read on its own), per model version.
const computed = new WeakMap<ScopeStats, Map<string, ReturnType<typeof computeScores>>>();

function scoresOf(scope: Scope, stats: ScopeStats, metrics: Map<string, MetricInput>, inspections?: ScopeStats) {
  if (metrics.size || inspections) return computeScores(scope.model.definition, stats, metrics, inspections);
  const byModel = computed.get(stats) ?? new Map();
  computed.set(stats, byModel);
  if (!byModel.has(scope.model.id)) byModel.set(scope.model.id, computeScores(scope.model.definition, stats));
  return byModel.get(scope.model.id)!;
}

/** Why a result is not shown (design.md §4, small groups). */
export const withheldReason = (scope: Scope) =>
  `Fewer than ${scope.minGroupSize} responses, some from anonymous or confidential surveys: withheld so no one's answers can be read out of the result.`;

/** A result over responses from anonymous or confidential distributions is withheld when fewer than the minimum group size scored it. */
export const isWithheld = (scope: Scope, pooled: Pick<Aggregate, 'confidential'>, n: number) =>
  pooled.confidential > 0 && n < scope.minGroupSize;

/** A node's result as the API shows it, with its target (if the model sets one) and the distance to it. */
export type NodeScore = NodeResult & {
  withheldReason?: string | null;
  belowMinimum: boolean;
  target: number | null;
  /** score − target, in points: negative below target; null without a score or a target. */
  distanceToTarget: number | null;
};

// Published model versions never change: their targets by node key are read once.
const targetsOf = new WeakMap<ModelDefinition, Map<string, number>>();
function targets(model: ModelDefinition): Map<string, number> {
  let found = targetsOf.get(model);
  if (!found) {
    found = new Map(
      [...walk(model.root)].flatMap(({ node }) => (node.target != null ? [[node.key, node.target]] : [])),
    );
    targetsOf.set(model, found);
  }
  return found;
}

/** Withholds small groups' scores and flags every score over fewer responses than the model's minimum. */
function withholdSmallGroups(scope: Scope, pooled: Aggregate, nodes: NodeResult[]): NodeScore[] {
  const min = scope.model.definition.minResponses;
  const goals = targets(scope.model.definition);
  // New keys go before the spread: V8 gives each `{ ...node, newKey }` a fresh hidden class, 20× slower, and the
  // ranking shapes 12,000 nodes per request.
  return nodes.map((node) => {
    // METRIC and INSPECTION leaves count no client responses: neither the minimum nor the small-group rule applies.
    const outside = node.kind === 'METRIC' || node.kind === 'INSPECTION';
    const belowMinimum = !outside && node.n < min;
    const target = goals.get(node.key) ?? null;
    const distanceToTarget = target === null || node.score === null ? null : node.score - target;
    return outside || !isWithheld(scope, pooled, node.n)
      ? { belowMinimum, target, distanceToTarget, ...node }
      : {
          target,
          distanceToTarget: null,
          withheldReason: withheldReason(scope),
          belowMinimum,
          ...node,
          score: null,
          value: null,
          band: null,
          sd: null,
          se: null,
          ci95: null,
          top2: null,
          lostPoints: null,
        };
  });
}

/** A bound question's result with the small-group rule and the minimum applied, as to its node. */
function itemScore(scope: Scope, pooled: Aggregate, item: ItemResult): ItemScore {
  const belowMinimum = item.n < scope.model.definition.minResponses;
  if (!isWithheld(scope, pooled, item.n)) return { withheldReason: null, belowMinimum, ...item };
  const blank = { mean: null, sd: null, se: null, ci95: null, top2: null, rawMean: null };
  return { withheldReason: withheldReason(scope), belowMinimum, ...item, ...blank };
}

/** What a unit's result needs of a unit: an `OrgUnit` or a plain row (org's `UnitRow`). */
type UnitOf = Pick<UnitRow, 'id' | 'path' | 'depth' | 'weight'>;

/**
 * A unit's results over `groups` (responses of the scope in the period). POOLED scores its
 * subtree's responses together; EQUAL_UNITS and UNIT_WEIGHTS average each leaf over the child
 * units, recursively, the unit's own responses counting as one more child, then apply the tree
 * (design.md §4).
 */
async function unitNodes(
  ctx: RequestContext,
  scope: Scope,
  unit: UnitOf,
  groups: Group[],
  from = scope.from,
  to = scope.to,
  subtree?: UnitOf[],
) {
  const pooled = aggregate(scope, groupsUnder(groups, unit));
  const { nodes, items } = scoresOf(
    scope,
    pooled.stats,
    await scopeMetrics(ctx, scope, from, to, unit.path),
    await scopeInspections(ctx, scope, from, to, unit.path),
  );
  if (scope.rollup === 'POOLED') return { pooled, nodes, items };
  const units: UnitOf[] =
    subtree?.filter((u) => u.path.startsWith(unit.path)) ?? (await unitRowsUnder(ctx.em, scope.orgId, unit.path));
  const childrenOf = (u: UnitOf) => units.filter((c) => c.depth === u.depth + 1 && c.path.startsWith(u.path));
  const weightOf = (u: UnitOf) => (scope.rollup === 'EQUAL_UNITS' ? 1 : u.weight);
  const leavesOf = async (u: UnitOf): Promise<LeafValues> => {
    const own = aggregate(
      scope,
      groups.filter((g) => !g.subtree && g.unitPath === u.path),
    );
    const ownLeaves = leafValuesOf(
      computeScores(
        scope.model.definition,
        own.stats,
        await scopeMetrics(ctx, scope, from, to, u.path, true),
        await scopeInspections(ctx, scope, from, to, u.path, true),
      ).nodes,
    );
    const children = childrenOf(u);
    if (!children.length) return ownLeaves;
    const parts = [];
    for (const c of children) parts.push({ weight: weightOf(c), leaves: await leavesOf(c) });
    return combineUnits([...parts, { weight: weightOf(u), leaves: ownLeaves }]);
  };
  return { pooled, nodes: applyLeafValues(scope.model.definition, nodes, await leavesOf(unit)), items };
}

/** `unitNodes` with the small-group rule and the minimum applied to every node. */
export async function unitResult(...args: Parameters<typeof unitNodes>) {
  const { pooled, nodes, items } = await unitNodes(...args);
  return { pooled, nodes: withholdSmallGroups(args[1], pooled, nodes), items };
}

/**
 * Pooled results of several sets of groups of one scope (a breakdown's values and their rests),
 * its metrics and inspections read once: response filters do not apply to them.
 */
export async function pooledResults(ctx: RequestContext, scope: Scope, sets: Group[][]) {
  const metrics = await scopeMetrics(ctx, scope, scope.from, scope.to, scope.unit.path);
  const inspections = await scopeInspections(ctx, scope, scope.from, scope.to, scope.unit.path);
  return sets.map((groups) => {
    const pooled = aggregate(scope, groups);
    return {
      pooled,
      nodes: withholdSmallGroups(scope, pooled, scoresOf(scope, pooled.stats, metrics, inspections).nodes),
    };
  });
}

/** Node scores of a unit subtree over a period (design.md §4). */
export async function scores(ctx: RequestContext, query: ResultsQuery): Promise<ScoresResult> {
  const scope = await resolveScope(ctx, query);
  const groups = await loadGroups(ctx, scope, {
    from: scope.from,
    to: scope.to,
    totalsOf: totalsApply(scope) ? [scope.unit] : undefined,
  });
  const { pooled, nodes, items } = await unitResult(ctx, scope, scope.unit, groups);
  const withheld = isWithheld(scope, pooled, pooled.stats.responses);
  return {
    scope,
    weighting: pooled.weighting,
    responseCount: pooled.stats.responses,
    nodes,
    items: items.map((item: ItemResult) => itemScore(scope, pooled, item)),
    bandDistribution: withheld ? [] : bandDistribution(scope, pooled.bands),
    withheldReason: withheld ? withheldReason(scope) : null,
  };
}

/** Leaves by lost points, largest first; they sum to 100 − index when every leaf has data. */
export async function lostPointsOf(ctx: RequestContext, query: ResultsQuery): Promise<NodeScore[]> {
  return lostPoints((await scores(ctx, query)).nodes) as NodeScore[];
}

export interface RankingEntry {
  /** A plain row: entries carry what the API shows of a unit, never an entity (docs/scale-out.md). */
  unit: UnitRow;
  rank: number | null;
  score: number | null;
  band: Band | null;
  n: number;
  insufficient: boolean;
  belowMinimum: boolean;
  withheldReason: string | null;
}

/**
 * Units compared on one model: the children of a unit (or every unit of one depth below it),
 * each over its whole subtree. Competition ranking (1, 2, 2, 4) on scores rounded to one
 * decimal; units with fewer responses than the model's minimum are listed, unranked.
 */
export async function ranking(ctx: RequestContext, query: ResultsQuery, depth: number | null): Promise<RankingEntry[]> {
  const scope = await resolveScope(ctx, query);
  if (depth !== null && depth <= scope.unit.depth)
    throw badInput(`depth must be below the unit's own depth (${scope.unit.depth}).`, { field: 'depth' });
  const principal = requirePrincipal(ctx);
  const wanted = depth ?? scope.unit.depth + 1;
  // Pooled, a unit's result needs no unit below it: only the ranked level is read.
  const pooled = scope.rollup === 'POOLED';
  const subtree = await unitRowsUnder(ctx.em, scope.orgId, scope.unit.path, pooled ? wanted : undefined);
  const units = subtree.filter((u) => u.depth === wanted && canAccessPath(principal, Permission.RESULTS_READ, u.path));
  const groups = await loadGroups(ctx, scope, {
    from: scope.from,
    to: scope.to,
    totalsOf: totalsApply(scope) ? units : undefined,
  });
  const under = groupsByUnit(groups);
  const entries: RankingEntry[] = [];
  for (const unit of units) {
    // Only the index is ranked: the rules are applied to its node alone, not to the whole tree of each unit.
    const result = await unitNodes(ctx, scope, unit, under(unit), scope.from, scope.to, pooled ? undefined : subtree);
    const [root] = withholdSmallGroups(scope, result.pooled, result.nodes.slice(0, 1));
    entries.push({
      unit,
      rank: null,
      score: root.score,
      band: root.band,
      n: root.n,
      insufficient: root.n < scope.model.definition.minResponses || root.score === null,
      belowMinimum: root.n < scope.model.definition.minResponses,
      withheldReason: root.withheldReason ?? null,
    });
  }
  const ranked = entries.filter((e) => !e.insufficient).sort((a, b) => roundScore(b.score!) - roundScore(a.score!));
  ranked.forEach(
    (e, i) =>
      (e.rank = i > 0 && roundScore(ranked[i - 1].score!) === roundScore(e.score!) ? ranked[i - 1].rank : i + 1),
  );
  return [...ranked, ...entries.filter((e) => e.insufficient)];
}

export interface ScoreDelta {
  delta: number;
  significant: boolean;
}

export interface SeriesPoint {
  label: string;
  start: string;
  end: string;
  responseCount: number;
  nodes: NodeScore[];
  deltaPrevious: ScoreDelta | null;
  deltaYearAgo: ScoreDelta | null;
}

/** Δ between two index results; significant when |Δ| > 1.96·√(SE₁² + SE₂²) (design.md §4). */
function delta(now: NodeResult, then: NodeResult | undefined): ScoreDelta | null {
  if (!then || now.score === null || then.score === null) return null;
  const d = now.score - then.score;
  const se = now.se !== null && then.se !== null ? Math.sqrt(now.se ** 2 + then.se ** 2) : null;
  return { delta: d, significant: se !== null && Math.abs(d) > 1.96 * se };
}

/** Scores per day/week/month/quarter/year bucket, with deltas to the previous bucket and a year earlier. */
export async function scoreSeries(
  ctx: RequestContext,
  query: ResultsQuery,
  granularity: Granularity,
): Promise<SeriesPoint[]> {
  const scope = await resolveScope(ctx, query);
  const buckets = bucketsBetween(scope.from, scope.to, granularity);
  if (buckets.length > 400)
    throw badInput(`That is ${buckets.length} buckets; choose a coarser granularity or a shorter period.`, {
      field: 'granularity',
    });
  const earliest = addYears(buckets[0].start, -1);
  const groups = await loadGroups(ctx, scope, {
    from: earliest,
    to: buckets.at(-1)!.end,
    totalsOf: totalsApply(scope) ? [scope.unit] : undefined,
    byDay: granularity === 'DAY' || granularity === 'WEEK',
  });
  const byBucket = new Map<string, Group[]>();
  for (const group of groups) {
    const key = bucketOf(group.date, granularity).start;
    byBucket.set(key, [...(byBucket.get(key) ?? []), group]);
  }
  const resultOf = async (bucket: { start: string; end: string }) => {
    const { pooled, nodes } = await unitResult(
      ctx,
      scope,
      scope.unit,
      byBucket.get(bucket.start) ?? [],
      bucket.start,
      bucket.end,
    );
    return { stats: pooled.stats, nodes };
  };
  const points: SeriesPoint[] = [];
  // The first bucket compares with the one just before the period, when it has data (design.md §4).
  const before = (await resultOf(bucketOf(addDays(buckets[0].start, -1), granularity))).nodes[0];
  for (const [i, bucket] of buckets.entries()) {
    const { stats, nodes } = await resultOf(bucket);
    const yearAgo = await resultOf(bucketOf(addYears(bucket.start, -1), granularity));
    points.push({
      ...bucket,
      responseCount: stats.responses,
      nodes,
      deltaPrevious: delta(nodes[0], i > 0 ? points[i - 1].nodes[0] : before),
      deltaYearAgo: delta(nodes[0], yearAgo.nodes[0]),
    });
  }
  return points;
}
