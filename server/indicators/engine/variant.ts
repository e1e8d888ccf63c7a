import canonicalizeModule from 'canonicalize';
import { participates, walk, type IndicatorNode, type ModelDefinition } from './types.js';
import type { ModelProblem } from './validate.js';

const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;
const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

function index(model: ModelDefinition) {
  const map = new Map<string, { node: IndicatorNode; parent: IndicatorNode | null }>();
  for (const { node, parent } of walk(model.root)) map.set(node.key, { node, parent });
  return map;
}

/**
 * A branch variant may add local nodes and change weights, but never go below head office's
 * standard (design.md §4): every head-office node keeps its place, kind and bindings, mandatory
 * nodes stay, and each head-office node's normalised share among its siblings in the variant
 * (local additions included) stays inside head office's [minShare, maxShare].
 */
export function variantProblems(parent: ModelDefinition, variant: ModelDefinition): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const mine = index(variant);
  for (const [key, { node, parent: up }] of index(parent)) {
    const found = mine.get(key);
    if (!found) {
      if (node.mandatory)
        problems.push({ nodeKey: key, message: `"${key}" is mandatory in head office's model and cannot be removed.` });
      continue;
    }
    const v = found.node;
    if ((found.parent?.key ?? null) !== (up?.key ?? null))
      problems.push({ nodeKey: key, message: `"${key}" must stay under "${up?.key}", as in head office's model.` });
    if (v.kind !== node.kind)
      problems.push({
        nodeKey: key,
        message: `"${key}" is a ${node.kind} indicator in head office's model; its kind cannot change.`,
      });
    const bound = (n: IndicatorNode) =>
      canonicalize({
        items: n.items,
        pairs: n.pairs,
        metricKey: n.metricKey ?? null,
        includeInIndex: n.includeInIndex ?? null,
      });
    if (bound(v) !== bound(node))
      problems.push({
        nodeKey: key,
        message: `"${key}" must keep head office's bindings; add a local indicator instead.`,
      });
    if (!found.parent || (node.minShare == null && node.maxShare == null) || !participates(v)) continue;
    const siblings = found.parent.children.filter(participates);
    const total = siblings.reduce((s, c) => s + c.weight, 0);
    const share = total > 0 ? v.weight / total : 0;
    const [lo, hi] = [node.minShare ?? 0, node.maxShare ?? 1];
    if (share < lo - 1e-9 || share > hi + 1e-9) {
      problems.push({
        nodeKey: key,
        message: `"${key}" has ${percent(share)} of the weight under "${found.parent.key}"; head office requires between ${percent(lo)} and ${percent(hi)}.`,
      });
    }
  }
  return problems;
}
