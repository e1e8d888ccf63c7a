import { describe, expect, it } from 'vitest';
import { applyLeafValues, combineUnits, leafValuesOf, type LeafValues } from '../../server/indicators/engine/rollup.js';
import { computeScores } from '../../server/indicators/engine/score.js';
import { emptyStats } from '../../server/indicators/engine/stats.js';
import { item, model, node } from '../support/models.js';

/** EQUAL_UNITS / UNIT_WEIGHTS roll-ups (design.md §4), on numbers computed by hand. */
const leaves = (entries: Record<string, number | null>): LeafValues =>
  new Map(Object.entries(entries).map(([k, score]) => [k, { score, value: score === null ? null : score / 10 }]));

describe('combineUnits', () => {
  const children = [
    { weight: 1, leaves: leaves({ a: 80, b: null }) },
    { weight: 3, leaves: leaves({ a: 40, b: 60 }) },
    { weight: 1, leaves: leaves({}) }, // a child unit without these leaves
  ];

  it('UNIT_WEIGHTS: each leaf is the weighted mean over the child units that have it', () => {
    const out = combineUnits(children);
    // a = (1·80 + 3·40) / (1 + 3) = 200 / 4 = 50; b: only the second child has it → 60.
    expect(out.get('a')!.score).toBeCloseTo(50, 12);
    expect(out.get('b')!.score).toBeCloseTo(60, 12);
    // values the same way: (1·8 + 3·4) / 4 = 5; 6.
    expect(out.get('a')!.value).toBeCloseTo(5, 12);
    expect(out.get('b')!.value).toBeCloseTo(6, 12);
  });

  it('EQUAL_UNITS: every child unit counts once', () => {
    const out = combineUnits(children.map((c) => ({ ...c, weight: 1 })));
    // a = (80 + 40) / 2 = 60; b = 60.
    expect(out.get('a')!.score).toBeCloseTo(60, 12);
    expect(out.get('b')!.score).toBeCloseTo(60, 12);
  });

  it('a leaf no child has stays without a score', () => {
    expect(combineUnits([{ weight: 2, leaves: leaves({ a: null }) }]).get('a')).toEqual({ score: null, value: null });
  });
});

describe('applyLeafValues', () => {
  // index → d1 (weight 3) → a, b (weight 1 each); c (weight 1) directly under the index.
  const m = model(
    node('index', 'INDEX', {
      children: [
        node('d1', 'DIMENSION', {
          weight: 3,
          children: [node('a', 'SURVEY', { items: [item('qa')] }), node('b', 'SURVEY', { items: [item('qb')] })],
        }),
        node('c', 'SURVEY', { items: [item('qc')] }),
      ],
    }),
  );
  // The pooled result supplies spreads and each leaf's own `partial` (here: every item answered somewhere).
  const pooled = computeScores(m, emptyStats()).nodes.map((n) => ({ ...n, partial: false }));
  const byKey = (nodes: ReturnType<typeof applyLeafValues>) => Object.fromEntries(nodes.map((n) => [n.key, n]));

  it('scores the tree from the leaves, with effective weights and lost points summing to 100 − index', () => {
    const r = byKey(applyLeafValues(m, pooled, leaves({ a: 50, b: 70, c: 90 })));
    // d1 = (50 + 70) / 2 = 60; index = (3·60 + 1·90) / 4 = 270 / 4 = 67.5 → dissatisfied [60, 70).
    expect(r.d1.score).toBeCloseTo(60, 12);
    expect(r.index.score).toBeCloseTo(67.5, 12);
    expect(r.index.band!.key).toBe('dissatisfied');
    expect(r.index.partial).toBe(false);
    // Effective weights: d1 3/4, a = b = 3/4 · 1/2 = 0.375, c 1/4.
    expect([r.d1, r.a, r.b, r.c].map((n) => n.effectiveWeight)).toEqual([0.75, 0.375, 0.375, 0.25]);
    // Lost points: a 0.375·50 = 18.75, b 0.375·30 = 11.25, c 0.25·10 = 2.5; sum 32.5 = 100 − 67.5.
    expect(r.a.lostPoints).toBeCloseTo(18.75, 12);
    expect(r.b.lostPoints).toBeCloseTo(11.25, 12);
    expect(r.c.lostPoints).toBeCloseTo(2.5, 12);
  });

  it('renormalises over the leaves present, keeping the scope-wide partial flag', () => {
    const r = byKey(applyLeafValues(m, pooled, leaves({ a: 50, b: 70 })));
    // c has no score: index = d1 = 60; d1 takes the whole weight (1), a = b = 0.5, c = 0.
    // partial stays the pooled one (design.md §4): the scope as a whole has c, so the index is not partial.
    expect(r.index.score).toBeCloseTo(60, 12);
    expect(r.index.partial).toBe(false);
    expect(r.d1.partial).toBe(false);
    expect([r.index, r.d1, r.a, r.b, r.c].map((n) => n.effectiveWeight)).toEqual([1, 1, 0.5, 0.5, 0]);
    // 0.5·50 + 0.5·30 = 40 = 100 − 60; c has none.
    expect(r.a.lostPoints! + r.b.lostPoints!).toBeCloseTo(40, 12);
    expect(r.c.lostPoints).toBeNull();
  });

  it('leafValuesOf keeps the leaves only', () => {
    const r = applyLeafValues(m, pooled, leaves({ a: 50, b: 70, c: 90 }));
    expect([...leafValuesOf(r).keys()]).toEqual(['a', 'b', 'c']);
    expect(leafValuesOf(r).get('b')).toEqual({ score: 70, value: 7 });
  });
});
