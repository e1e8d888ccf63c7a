import { bandOf } from './bands.js';
import { finishTree, type NodeResult } from './score.js';
import { LEAF_KINDS, participates, walk, type IndicatorNode, type ModelDefinition } from './types.js';

/** The leaf results of one unit: what EQUAL_UNITS and UNIT_WEIGHTS roll-ups average. */
export type LeafValues = Map<string, { score: number | null; value: number | null }>;

export function leafValuesOf(nodes: NodeResult[]): LeafValues {
  return new Map(
    nodes.filter((n) => LEAF_KINDS.includes(n.kind)).map((n) => [n.key, { score: n.score, value: n.value }]),
  );
}

const mean = (pairs: [number, number][]) => {
  const total = pairs.reduce((s, [w]) => s + w, 0);
  return total > 0 ? pairs.reduce((s, [w, x]) => s + w * x, 0) / total : null;
};

/**
 * A parent's leaf values from its child units' (design.md §4, EQUAL_UNITS / UNIT_WEIGHTS): each
 * leaf's score is the mean, equal or weighted, over the children that have it.
 */
export function combineUnits(children: { weight: number; leaves: LeafValues }[]): LeafValues {
  const keys = new Set(children.flatMap((c) => [...c.leaves.keys()]));
  const out: LeafValues = new Map();
  for (const key of keys) {
    const of = (pick: 'score' | 'value') =>
      mean(
        children.flatMap((c): [number, number][] => {
          const x = c.leaves.get(key)?.[pick];
          return x === null || x === undefined ? [] : [[c.weight, x]];
        }),
      );
    out.set(key, { score: of('score'), value: of('value') });
  }
  return out;
}

/**
 * The tree applied to rolled-up leaf values: internal nodes as weighted means over children
 * with data, bands, effective weights and lost points — so lost points still sum to
 * 100 − index. Spreads (n, sd, se) stay those of the pooled responses.
 */
export function applyLeafValues(model: ModelDefinition, pooled: NodeResult[], leaves: LeafValues): NodeResult[] {
  const nodes = pooled.map((n) => ({ ...n }));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const evaluate = (node: IndicatorNode): NodeResult => {
    const result = byKey.get(node.key)!;
    if (LEAF_KINDS.includes(node.kind)) {
      const leaf = leaves.get(node.key);
      result.score = leaf?.score ?? null;
      result.value = leaf?.value ?? null;
    } else {
      const children = node.children.filter(participates).map((c) => [c, evaluate(c)] as const);
      for (const c of node.children.filter((c) => !participates(c))) evaluate(c);
      const present = children.filter(([, r]) => r.score !== null);
      result.score = mean(present.map(([c, r]) => [c.weight, r.score!]));
      // `partial` stays the pooled, scope-wide flag (design.md §4): a leaf some child units lack is not partial.
    }
    result.band = bandOf(model.bands, result.score);
    return result;
  };
  evaluate(model.root);
  finishTree(model, nodes);
  return [...walk(model.root)].map(({ node }) => byKey.get(node.key)!);
}
