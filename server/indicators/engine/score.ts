import { bandOf } from './bands.js';
import { emptyStats, itemMoments, npsOf, spread, type ItemCell, type ScopeStats, type Spread } from './stats.js';
import {
  bindingId,
  bindingsOf,
  isSideKind,
  LEAF_KINDS,
  participates,
  type Band,
  type IndicatorKind,
  type IndicatorNode,
  type ModelDefinition,
} from './types.js';

/** Statistics of one bound item over a scope. */
export interface ItemResult extends Spread {
  bindingId: string;
  nodeKey: string;
  question: string;
  row: string | null;
  /** Weighted share of answers in the top two scale points, after reverse-coding. */
  top2: number | null;
  /** Mean raw value (reverse-coded), as LIKERT_SUM adds them up. */
  rawMean: number | null;
}

/** A node's result over a scope: the flat list the `scores` API returns. */
export interface NodeResult {
  key: string;
  parentKey: string | null;
  kind: IndicatorKind;
  label: string;
  weight: number;
  /** 0–100; null without data, and for NPS/GAP not mapped into the index. */
  score: number | null;
  /** LIKERT_SUM: sum of item mean raw values; NPS/GAP: −100..100; METRIC: the rate. */
  value: number | null;
  band: Band | null;
  n: number;
  nEff: number | null;
  sd: number | null;
  se: number | null;
  ci95: number | null;
  top2: number | null;
  partial: boolean;
  effectiveWeight: number;
  /** Leaves in the index: effectiveWeight · (100 − score). */
  lostPoints: number | null;
}

/** Administrative statistic of a METRIC leaf over the scope, already aggregated. */
export interface MetricInput {
  value: number | null;
  worst: number;
  target: number;
}

export const metricScore = (x: number, worst: number, target: number) =>
  Math.min(100, Math.max(0, (100 * (x - worst)) / (target - worst)));

const mean = (pairs: [number, number][]) => {
  const total = pairs.reduce((s, [w]) => s + w, 0);
  return total > 0 ? pairs.reduce((s, [w, x]) => s + w * x, 0) / total : null;
};

function itemResult(node: IndicatorNode, index: number, cells: ItemCell[]): ItemResult {
  const binding = bindingsOf(node)[index];
  const s = spread(itemMoments(cells));
  const withTop2 = cells.filter((c) => c.top2 !== null);
  const sumW = cells.reduce((t, c) => t + c.sumW, 0);
  return {
    bindingId: bindingId(node.key, index),
    nodeKey: node.key,
    question: binding.question,
    row: binding.row ?? null,
    ...s,
    top2: withTop2.length && sumW > 0 ? withTop2.filter((c) => c.top2).reduce((t, c) => t + c.sumW, 0) / sumW : null,
    rawMean: sumW > 0 ? cells.reduce((t, c) => t + c.sumW * c.raw, 0) / sumW : null,
  };
}

/** A node's result before scoring: its own statistics, no score yet. */
function blankResult(node: IndicatorNode, parentKey: string | null, stats: ScopeStats): NodeResult {
  const own = spread(stats.nodes.get(node.key) ?? { n: 0, sumW: 0, sumW2: 0, sumWX: 0, sumWX2: 0 });
  return {
    key: node.key,
    parentKey,
    kind: node.kind,
    label: node.label,
    weight: node.weight,
    score: null,
    value: null,
    band: null,
    n: own.n,
    nEff: own.nEff,
    sd: own.sd,
    se: own.se,
    ci95: own.ci95,
    top2: null,
    partial: false,
    effectiveWeight: 0,
    lostPoints: null,
  };
}

/**
 * Scores every node of the model over a scope (design.md §4): item means from the histograms,
 * nodes as weighted means of what has data (weights renormalised), spreads from the per-response
 * node scores, effective weights, bands and lost points.
 */
export function computeScores(
  model: ModelDefinition,
  stats: ScopeStats,
  metrics: ReadonlyMap<string, MetricInput> = new Map(),
  inspections: ScopeStats = emptyStats(),
): { nodes: NodeResult[]; items: ItemResult[] } {
  const nodes: NodeResult[] = [];
  const items: ItemResult[] = [];

  const evaluate = (node: IndicatorNode, parentKey: string | null): NodeResult => {
    // INSPECTION leaves read the visits' statistics, every other node the responses': they never mix.
    const own = node.kind === 'INSPECTION' ? inspections : stats;
    const result = blankResult(node, parentKey, own);
    nodes.push(result);
    const leafItems =
      LEAF_KINDS.includes(node.kind) && node.kind !== 'METRIC'
        ? bindingsOf(node).map((_, i) => {
            const item = itemResult(node, i, [...(own.items.get(bindingId(node.key, i))?.values() ?? [])]);
            items.push(item);
            return item;
          })
        : [];
    const hasData = (i: ItemResult) => i.mean !== null;

    switch (node.kind) {
      case 'SURVEY':
      case 'INSPECTION':
      case 'LIKERT_SUM': {
        const present = node.items.map((b, i) => [b.weight, leafItems[i]] as const).filter(([, it]) => hasData(it));
        result.score = mean(present.map(([w, it]) => [w, it.mean!]));
        const withTop2 = present.filter(([, it]) => it.top2 !== null);
        result.top2 = withTop2.length === present.length ? mean(withTop2.map(([w, it]) => [w, it.top2!])) : null;
        result.partial = present.length < node.items.length || !present.length;
        if (node.kind === 'LIKERT_SUM' && present.length)
          result.value = present.reduce((s, [, it]) => s + it.rawMean!, 0);
        break;
      }
      case 'NPS': {
        const cells = [...(stats.items.get(bindingId(node.key, 0))?.values() ?? [])];
        const sumW = cells.reduce((t, c) => t + c.sumW, 0);
        result.value = sumW > 0 ? cells.reduce((t, c) => t + c.sumW * npsOf(c.raw), 0) / sumW : null;
        result.partial = result.value === null;
        break;
      }
      case 'GAP': {
        const gaps = node.pairs.flatMap((p, i): [number, number][] => {
          const [e, q] = [leafItems[2 * i], leafItems[2 * i + 1]];
          return hasData(e) && hasData(q) ? [[p.weight, q.mean! - e.mean!]] : [];
        });
        result.value = mean(gaps);
        result.partial = gaps.length < node.pairs.length || !gaps.length;
        break;
      }
      case 'METRIC': {
        const metric = node.metricKey ? metrics.get(node.metricKey) : undefined;
        if (metric && metric.value !== null) {
          result.value = metric.value;
          result.score = metricScore(metric.value, metric.worst, metric.target);
        }
        result.partial = result.value === null;
        break;
      }
      default: {
        const children = node.children.map((c) => [c, evaluate(c, node.key)] as const).filter(([c]) => participates(c));
        const present = children.filter(([, r]) => r.score !== null);
        result.score = mean(present.map(([c, r]) => [c.weight, r.score!]));
        const withTop2 = present.filter(([, r]) => r.top2 !== null);
        result.top2 =
          withTop2.length && withTop2.length === present.length
            ? mean(withTop2.map(([c, r]) => [c.weight, r.top2!]))
            : null;
        result.partial = present.length < children.length || !present.length || present.some(([, r]) => r.partial);
      }
    }
    // An unmapped NPS/GAP may itself be partial; it never makes its parent partial (it does not take part).
    if (isSideKind(node) && result.value !== null && node.includeInIndex) result.score = (result.value + 100) / 2;
    result.band = bandOf(model.bands, result.score);
    return result;
  };
  evaluate(model.root, null);
  finishTree(model, nodes);
  return { nodes, items };
}

/** Effective weights over the nodes that have a score, then each leaf's lost points. */
export function finishTree(model: ModelDefinition, nodes: NodeResult[]): void {
  assignEffectiveWeights(model.root, new Map(nodes.map((n) => [n.key, n])), (_node, r) => r.score !== null);
  for (const r of nodes)
    r.lostPoints = LEAF_KINDS.includes(r.kind) && r.effectiveWeight > 0 ? r.effectiveWeight * (100 - r.score!) : null;
}

/**
 * Effective weight of a node: the product of renormalised weights along its path, counting
 * among siblings only those that take part in the index and `have data`.
 */
function assignEffectiveWeights<R extends { effectiveWeight: number }>(
  root: IndicatorNode,
  results: Map<string, R>,
  hasData: (node: IndicatorNode, r: R) => boolean,
): void {
  const visit = (node: IndicatorNode, weight: number) => {
    results.get(node.key)!.effectiveWeight = weight;
    const present = node.children.filter((c) => participates(c) && hasData(c, results.get(c.key)!));
    const total = present.reduce((s, c) => s + c.weight, 0);
    for (const child of node.children)
      visit(child, present.includes(child) && total > 0 ? (weight * child.weight) / total : 0);
  };
  visit(root, hasData(root, results.get(root.key)!) ? 1 : 0);
}

/** Effective weights of a model when every leaf has data: what the editor previews. */
export function effectiveWeights(
  model: ModelDefinition,
): { key: string; parentKey: string | null; effectiveWeight: number; share: number }[] {
  const rows: { key: string; parentKey: string | null; effectiveWeight: number; share: number }[] = [];
  const results = new Map<string, { effectiveWeight: number }>();
  const collect = (node: IndicatorNode, parent: IndicatorNode | null) => {
    results.set(node.key, { effectiveWeight: 0 });
    const siblings = parent ? parent.children.filter(participates) : [node];
    const total = siblings.reduce((s, c) => s + c.weight, 0);
    rows.push({
      key: node.key,
      parentKey: parent?.key ?? null,
      effectiveWeight: 0,
      share: participates(node) && total > 0 ? node.weight / total : 0,
    });
    node.children.forEach((c) => collect(c, node));
  };
  collect(model.root, null);
  assignEffectiveWeights(model.root, results, () => true);
  for (const row of rows) row.effectiveWeight = results.get(row.key)!.effectiveWeight;
  return rows;
}

/** Where the points went: leaves by lost points, largest first. They sum to 100 − index. */
export function lostPoints(nodes: NodeResult[]): NodeResult[] {
  return nodes
    .filter((n) => n.lostPoints !== null)
    .sort((a, b) => b.lostPoints! - a.lostPoints! || a.key.localeCompare(b.key));
}
