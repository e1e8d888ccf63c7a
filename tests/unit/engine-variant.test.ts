import { describe, expect, it } from 'vitest';
import type { IndicatorNode } from '../../server/indicators/engine/types.js';
import { variantProblems } from '../../server/indicators/engine/variant.js';
import { item, model, node } from '../support/models.js';

/**
 * Branch variants (design.md §4): head office's nodes keep their place, kind and bindings,
 * mandatory nodes stay, and each node's normalised share among its siblings (local additions
 * included) stays inside head office's [minShare, maxShare].
 */
const hq = () =>
  model(
    node('index', 'INDEX', {
      children: [
        node('a', 'SURVEY', { weight: 2, minShare: 0.4, maxShare: 0.6, mandatory: true, items: [item('qa')] }),
        node('b', 'SURVEY', { weight: 1, items: [item('qb')] }),
        node('c', 'DIMENSION', {
          weight: 1,
          mandatory: true,
          children: [node('c1', 'SURVEY', { items: [item('qc')] })],
        }),
      ],
    }),
  );

/** Head office's model with its index's children replaced. */
const variant = (change: (children: IndicatorNode[]) => IndicatorNode[]) => {
  const m = hq();
  m.root.children = change(m.root.children);
  return m;
};
const local = (weight: number) => node('local', 'SURVEY', { weight, items: [item('own', {}, 'branch-q')] });
const messages = (v: ReturnType<typeof hq>) => variantProblems(hq(), v).map((p) => `${p.nodeKey}: ${p.message}`);

describe('variantProblems', () => {
  it('accepts a local addition that keeps every share inside its bounds', () => {
    // a: 2 / (2 + 1 + 1 + 1) = 40%, the lower bound itself.
    expect(messages(variant((cs) => [...cs, local(1)]))).toEqual([]);
  });

  it('refuses a local addition that dilutes a node below its minimum share', () => {
    // a: 2 / (2 + 1 + 1 + 2) = 33.3% < 40%.
    expect(messages(variant((cs) => [...cs, local(2)]))).toEqual([
      'a: "a" has 33.3% of the weight under "index"; head office requires between 40% and 60%.',
    ]);
  });

  it('refuses a reweighting above the maximum share', () => {
    // a: 4 / (4 + 1 + 1) = 66.7% > 60%.
    expect(messages(variant(([a, b, c]) => [{ ...a, weight: 4 }, b, c]))).toEqual([
      'a: "a" has 66.7% of the weight under "index"; head office requires between 40% and 60%.',
    ]);
  });

  it('refuses removing a mandatory node, not an optional one', () => {
    // Without b, a has 2 / (2 + 1) = 66.7%: inside the bounds only once a is reweighted to 1.5 (1.5 / 2.5 = 60%).
    expect(messages(variant(([a, , c]) => [{ ...a, weight: 1.5 }, c]))).toEqual([]);
    expect(messages(variant(([a, b]) => [a, b, local(1)]))).toEqual([
      'c: "c" is mandatory in head office\'s model and cannot be removed.',
    ]);
  });

  it('refuses moving a node, changing its kind or its bindings', () => {
    const moved = variant(([a, b, c]) => [a, { ...c, children: [...c.children, b] }, local(1)]);
    // b moved under c; a then has 2 / (2 + 1 + 1) = 50%, inside its bounds.
    expect(messages(moved)).toEqual(['b: "b" must stay under "index", as in head office\'s model.']);
    expect(messages(variant(([a, b, c]) => [a, { ...b, kind: 'LIKERT_SUM' }, c]))).toEqual([
      'b: "b" is a SURVEY indicator in head office\'s model; its kind cannot change.',
    ]);
    expect(messages(variant(([a, b, c]) => [a, { ...b, items: [item('qb', { reverse: true })] }, c]))).toEqual([
      'b: "b" must keep head office\'s bindings; add a local indicator instead.',
    ]);
  });
});
