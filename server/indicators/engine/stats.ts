import { bindingId, participates, walk, type IndicatorNode, type ModelDefinition, type ScoredAnswer } from './types.js';

/** Weighted moments of a quantity over responses: enough for mean, sd, effective n. */
export interface Moments {
  n: number;
  sumW: number;
  sumW2: number;
  sumWX: number;
  sumWX2: number;
}

/** One value of an item's histogram: every response that gave it, with their weights. */
export interface ItemCell {
  score: number;
  raw: number;
  top2: boolean | null;
  n: number;
  sumW: number;
  sumW2: number;
}

/**
 * Sufficient statistics of a scope: per bound item a histogram of scored answers, per node the
 * moments of per-response node scores. They add up, so the same engine serves one response or
 * a million, and rollups can store and merge them.
 */
export interface ScopeStats {
  items: Map<string, Map<string, ItemCell>>;
  nodes: Map<string, Moments>;
  responses: number;
}

export const emptyMoments = (): Moments => ({ n: 0, sumW: 0, sumW2: 0, sumWX: 0, sumWX2: 0 });
export const emptyStats = (): ScopeStats => ({ items: new Map(), nodes: new Map(), responses: 0 });

export function addMoment(m: Moments, x: number, w: number): void {
  m.n += 1;
  m.sumW += w;
  m.sumW2 += w * w;
  m.sumWX += w * x;
  m.sumWX2 += w * x * x;
}

/** A node's number for one response: its 0–100 score, or for NPS/GAP its −100..100 value. */
export interface ResponseNodeScore {
  score: number | null;
  value: number | null;
}

const weightedMean = (pairs: [number, number][]): number | null => {
  const total = pairs.reduce((s, [w]) => s + w, 0);
  return total > 0 ? pairs.reduce((s, [w, x]) => s + w * x, 0) / total : null;
};

/** NPS class of one 0–10 answer: promoter 100, passive 0, detractor −100. */
export const npsOf = (raw: number) => (raw >= 9 ? 100 : raw <= 6 ? -100 : 0);

/** The tree applied to one response, renormalising over what it answered (design.md §4). */
export function scoreOneResponse(
  model: ModelDefinition,
  scored: ReadonlyMap<string, ScoredAnswer>,
): Map<string, ResponseNodeScore> {
  const out = new Map<string, ResponseNodeScore>();
  const evaluate = (node: IndicatorNode): ResponseNodeScore => {
    let result: ResponseNodeScore;
    const answer = (i: number) => scored.get(bindingId(node.key, i));
    switch (node.kind) {
      case 'SURVEY':
      case 'INSPECTION':
      case 'LIKERT_SUM': {
        const answered = node.items.map((b, i) => [b, answer(i)] as const).filter(([, a]) => a);
        const score = weightedMean(answered.map(([b, a]) => [b.weight, a!.score]));
        result = {
          score,
          value: node.kind === 'LIKERT_SUM' && answered.length ? answered.reduce((s, [, a]) => s + a!.raw, 0) : null,
        };
        break;
      }
      case 'NPS': {
        const a = answer(0);
        const value = a ? npsOf(a.raw) : null;
        result = { value, score: value !== null && node.includeInIndex ? (value + 100) / 2 : null };
        break;
      }
      case 'GAP': {
        const gaps = node.pairs.flatMap((p, i): [number, number][] => {
          const [e, q] = [answer(2 * i), answer(2 * i + 1)];
          return e && q ? [[p.weight, q.score - e.score]] : [];
        });
        const value = weightedMean(gaps);
        result = { value, score: value !== null && node.includeInIndex ? (value + 100) / 2 : null };
        break;
      }
      case 'METRIC':
        result = { score: null, value: null };
        break;
      default: {
        const children = node.children.map((c) => [c, evaluate(c)] as const);
        const present = children.filter(([c, r]) => participates(c) && r.score !== null);
        result = { score: weightedMean(present.map(([c, r]) => [c.weight, r.score!])), value: null };
      }
    }
    out.set(node.key, result);
    return result;
  };
  evaluate(model.root);
  return out;
}

/** The number whose spread a node reports: score, or value for NPS and GAP. */
export const primary = (node: IndicatorNode, r: ResponseNodeScore) =>
  node.kind === 'NPS' || node.kind === 'GAP' ? r.value : r.score;

/** Adds one response (its scored items, its respondent weight ω) to a scope's statistics. */
export function addResponse(
  model: ModelDefinition,
  stats: ScopeStats,
  scored: ReadonlyMap<string, ScoredAnswer>,
  weight = 1,
): Map<string, ResponseNodeScore> {
  stats.responses += 1;
  for (const [id, answer] of scored) {
    const cells = stats.items.get(id) ?? new Map<string, ItemCell>();
    stats.items.set(id, cells);
    const key = `${answer.score}|${answer.raw}|${answer.top2}`;
    const cell = cells.get(key) ?? { score: answer.score, raw: answer.raw, top2: answer.top2, n: 0, sumW: 0, sumW2: 0 };
    cells.set(key, cell);
    cell.n += 1;
    cell.sumW += weight;
    cell.sumW2 += weight * weight;
  }
  const perNode = scoreOneResponse(model, scored);
  for (const { node } of walk(model.root)) {
    const x = primary(node, perNode.get(node.key)!);
    if (x === null) continue;
    const m = stats.nodes.get(node.key) ?? emptyMoments();
    stats.nodes.set(node.key, m);
    addMoment(m, x, weight);
  }
  return perNode;
}

/**
 * Adds `source` into `target`, every response of it carrying respondent weight `weight`
 * (source must be unweighted when weight ≠ 1: its sums are Σx, not Σωx). sign −1 takes out what
 * an earlier call with the same weight put in; entries left with no responses are dropped, so
 * adding and removing a response leaves the statistics as if it had never been there.
 */
export function addScaled(target: ScopeStats, source: ScopeStats, weight = 1, sign: 1 | -1 = 1): ScopeStats {
  target.responses += sign * source.responses;
  for (const [id, cells] of source.items) {
    const into = target.items.get(id) ?? new Map<string, ItemCell>();
    target.items.set(id, into);
    for (const [key, cell] of cells) {
      const t = into.get(key) ?? { ...cell, n: 0, sumW: 0, sumW2: 0 };
      into.set(key, t);
      t.n += sign * cell.n;
      t.sumW += sign * weight * cell.sumW;
      t.sumW2 += sign * weight * weight * cell.sumW2;
      if (t.n === 0) into.delete(key);
    }
    if (!into.size) target.items.delete(id);
  }
  for (const [key, m] of source.nodes) {
    const t = target.nodes.get(key) ?? emptyMoments();
    target.nodes.set(key, t);
    t.n += sign * m.n;
    t.sumW += sign * weight * m.sumW;
    t.sumW2 += sign * weight * weight * m.sumW2;
    t.sumWX += sign * weight * m.sumWX;
    t.sumWX2 += sign * weight * m.sumWX2;
    if (t.n === 0) target.nodes.delete(key);
  }
  return target;
}

/** Combines the statistics of two disjoint sets of responses. */
export function mergeStats(a: ScopeStats, b: ScopeStats): ScopeStats {
  return addScaled(addScaled(emptyStats(), a), b);
}

/** Mean, spread and effective n of weighted observations (design.md §4, item mean). */
export interface Spread {
  n: number;
  nEff: number | null;
  mean: number | null;
  sd: number | null;
  se: number | null;
  ci95: number | null;
}

/**
 * sd uses the n − 1 correction on the weighted variance: sd² = Σω(x − m)²/Σω · n/(n − 1);
 * with all ω = 1 this is the ordinary sample sd. se = sd/√n_eff, n_eff = (Σω)²/Σω².
 */
export function spread(m: Moments): Spread {
  if (m.n === 0 || m.sumW <= 0) return { n: m.n, nEff: null, mean: null, sd: null, se: null, ci95: null };
  const mean = m.sumWX / m.sumW;
  const nEff = (m.sumW * m.sumW) / m.sumW2;
  if (m.n < 2) return { n: m.n, nEff, mean, sd: null, se: null, ci95: null };
  const variance = Math.max(0, m.sumWX2 / m.sumW - mean * mean) * (m.n / (m.n - 1));
  const sd = Math.sqrt(variance);
  const se = sd / Math.sqrt(nEff);
  return { n: m.n, nEff, mean, sd, se, ci95: 1.96 * se };
}

/** Moments of an item's scores from its histogram. */
export function itemMoments(cells: Iterable<ItemCell>, of: (c: ItemCell) => number = (c) => c.score): Moments {
  const m = emptyMoments();
  for (const c of cells) {
    const x = of(c);
    m.n += c.n;
    m.sumW += c.sumW;
    m.sumW2 += c.sumW2;
    m.sumWX += c.sumW * x;
    m.sumWX2 += c.sumW * x * x;
  }
  return m;
}
