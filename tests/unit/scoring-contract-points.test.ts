import { describe, expect, it } from 'vitest';
import { applyLeafValues, combineUnits, type LeafValues } from '../../server/indicators/engine/rollup.js';
import { resolveScale, scoreAnswer, compileScorer } from '../../server/indicators/engine/scale.js';
import { computeScores } from '../../server/indicators/engine/score.js';
import { addResponse, emptyStats } from '../../server/indicators/engine/stats.js';
import type { ItemBinding, ModelDefinition, ScoredAnswer } from '../../server/indicators/engine/types.js';
import { item, model, node } from '../support/models.js';

/**
 * Points of design.md §4 that issue 16 found the engine breaking: `partial` for every kind, the
 * scope-wide flag under EQUAL_UNITS/UNIT_WEIGHTS, zero effective weights without data, the
 * top-2-box of short scales, and not-applicable columns of a matrix. Numbers are worked by hand.
 */
const byKey = <T extends { key: string }>(nodes: T[]) => Object.fromEntries(nodes.map((n) => [n.key, n]));

/** index → s (SURVEY on qa), m (METRIC k), nps (NPS on qn, not mapped), gap (GAP qe/qp, not mapped). */
const m = model(
  node('index', 'INDEX', {
    children: [
      node('s', 'SURVEY', { items: [item('qa')] }),
      node('m', 'METRIC', { metricKey: 'k' }),
      node('nps', 'NPS', { items: [item('qn')] }),
      node('gap', 'GAP', { pairs: [{ expectation: item('qe'), perception: item('qp'), weight: 1 }] }),
    ],
  }),
);
const answer = (score: number, raw: number): ScoredAnswer => ({ score, raw, top2: null });

describe('partial (design.md §4)', () => {
  it('marks a node with no data at all partial, for every kind, and gives every node effective weight 0', () => {
    const r = byKey(computeScores(m, emptyStats()).nodes);
    expect(Object.fromEntries(Object.values(r).map((n) => [n.key, n.partial]))).toEqual({
      index: true,
      s: true,
      m: true,
      nps: true,
      gap: true,
    });
    // No data in scope: every effective weight is 0, the root's included.
    expect(Object.values(r).map((n) => n.effectiveWeight)).toEqual([0, 0, 0, 0, 0]);
  });

  it('a METRIC with an observation is not partial; unmapped NPS/GAP without data are, yet leave the index whole', () => {
    const stats = emptyStats();
    // One response answering qa only: s = 80 (item id "s#0" is the engine's own).
    addResponse(m, stats, new Map([['s#0', answer(80, 5)]]));
    const metrics = new Map([['k', { value: 0.5, worst: 0, target: 1 }]]); // 100·(0.5 − 0)/(1 − 0) = 50
    const r = byKey(computeScores(m, stats, metrics).nodes);
    expect([r.s.partial, r.m.partial, r.nps.partial, r.gap.partial]).toEqual([false, false, true, true]);
    // index = (80 + 50) / 2 = 65: both participants have data, so the index is not partial.
    expect(r.index.score).toBeCloseTo(65, 12);
    expect(r.index.partial).toBe(false);
    expect([r.index, r.s, r.m, r.nps, r.gap].map((n) => n.effectiveWeight)).toEqual([1, 0.5, 0.5, 0, 0]);
  });

  it('a METRIC without observations is partial and makes the index partial', () => {
    const stats = emptyStats();
    addResponse(m, stats, new Map([['s#0', answer(80, 5)]]));
    const r = byKey(computeScores(m, stats).nodes);
    expect([r.m.partial, r.index.partial]).toEqual([true, true]);
    expect(r.index.score).toBeCloseTo(80, 12); // renormalised over s alone
  });

  it('under UNIT_WEIGHTS the flag stays the scope-wide one', () => {
    const two = model(
      node('index', 'INDEX', {
        children: [node('a', 'SURVEY', { items: [item('qa')] }), node('b', 'SURVEY', { items: [item('qb')] })],
      }),
    );
    // Pooled over the scope both leaves have data (unit Y answered b): nothing is partial.
    const stats = emptyStats();
    addResponse(two, stats, new Map([['a#0', answer(50, 3)]]));
    addResponse(
      two,
      stats,
      new Map([
        ['a#0', answer(70, 4)],
        ['b#0', answer(80, 5)],
      ]),
    );
    const pooled = computeScores(two, stats).nodes;
    expect(pooled.map((n) => n.partial)).toEqual([false, false, false]);
    // Unit X (weight 1) lacks b; unit Y has weight 0: b's rolled-up score has no weight behind it (null).
    const leaves = (a: number, b: number | null) =>
      new Map([
        ['a', { score: a, value: null }],
        ['b', { score: b, value: null }],
      ]) as LeafValues;
    const combined = combineUnits([
      { weight: 1, leaves: leaves(50, null) },
      { weight: 0, leaves: leaves(70, 80) },
    ]);
    const r = byKey(applyLeafValues(two, pooled, combined));
    // index = a = 50 (b has no rolled-up score), yet partial stays false: the scope as a whole has b.
    expect(r.index.score).toBeCloseTo(50, 12);
    expect([r.index.partial, r.a.partial, r.b.partial]).toEqual([false, false, false]);
  });

  it('under UNIT_WEIGHTS with no data in scope every effective weight is 0', () => {
    const pooled = computeScores(m, emptyStats()).nodes;
    const r = applyLeafValues(m, pooled, new Map());
    expect(r.map((n) => n.effectiveWeight)).toEqual([0, 0, 0, 0, 0]);
    expect(r.map((n) => n.partial)).toEqual([true, true, true, true, true]);
  });
});

describe('top-2-box on short scales (design.md §4)', () => {
  const top2 = (element: Record<string, unknown>, value: unknown, extra: Partial<ItemBinding> = {}) => {
    const binding = item('q', extra);
    const scale = resolveScale(element, binding);
    if (typeof scale === 'string') throw new Error(scale);
    return scoreAnswer(scale, binding, value)?.top2;
  };

  it('a yes/no item counts only "yes"', () => {
    const yesNo = { type: 'boolean', name: 'q' };
    expect([top2(yesNo, true), top2(yesNo, false)]).toEqual([true, false]);
    // Reverse-coded, "no" is the top point.
    expect([top2(yesNo, true, { reverse: true }), top2(yesNo, false, { reverse: true })]).toEqual([false, true]);
  });

  it('a four-point scale counts its top point, a five-point scale its top two', () => {
    const four = { type: 'rating', name: 'q', rateMin: 1, rateMax: 4 };
    expect([1, 2, 3, 4].map((v) => top2(four, v))).toEqual([false, false, false, true]);
    const five = { type: 'rating', name: 'q', rateMin: 1, rateMax: 5 };
    expect([1, 2, 3, 4, 5].map((v) => top2(five, v))).toEqual([false, false, false, true, true]);
  });

  it('one scale scored both ways keeps each direction’s threshold (computed once per scale)', () => {
    // Choice scores 0, 10, 20, 30, 100: forward the second-highest is 30; reversed (100 − s) they are
    // 100, 90, 80, 70, 0, and the second-highest is 90. Uneven on purpose: on an evenly spaced scale both are equal.
    const valueScores = ['a', 'b', 'c', 'd', 'e'].map((value, i) => ({ value, score: [0, 10, 20, 30, 100][i] }));
    const forward = item('q', { valueScores });
    const reversed = item('q', { valueScores, reverse: true });
    const scale = resolveScale({ type: 'radiogroup', name: 'q', choices: ['a', 'b', 'c', 'd', 'e'] }, forward);
    if (typeof scale === 'string') throw new Error(scale);
    const top2 = (binding: ItemBinding, value: string) => scoreAnswer(scale, binding, value)?.top2;
    // Forward: d scores 30 ≥ 30, c 20 < 30. Reversed: b scores 90 ≥ 90, c 80 < 90.
    expect([top2(forward, 'd'), top2(forward, 'c'), top2(reversed, 'b'), top2(reversed, 'c')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([top2(reversed, 'b'), top2(forward, 'c')]).toEqual([true, false]);
  });

  it('a yes/no item’s top-2-box share over a scope is the share of "yes"', () => {
    const yn = model(node('index', 'INDEX', { children: [node('s', 'SURVEY', { items: [item('q')] })] }));
    const score = compileScorer(yn, { elements: [{ type: 'boolean', name: 'q' }] }, new Set(['q1']));
    const stats = emptyStats();
    for (const q of [true, false, false, false]) addResponse(yn, stats, score({ q }));
    // One "yes" in four: 1/4 (it was 1 when both points counted as "the top two").
    expect(computeScores(yn, stats).items[0].top2).toBeCloseTo(0.25, 12);
  });
});

describe('not-applicable values of a scale (design.md §4)', () => {
  const matrix = {
    type: 'matrix',
    name: 'service',
    rows: ['wait', 'staff'],
    columns: [1, 2, 3, 4, 5, { value: 'na', text: 'N/A' }],
  };
  const definition: ModelDefinition = model(
    node('index', 'INDEX', {
      children: [node('s', 'SURVEY', { items: [item('service', { row: 'wait', notApplicable: ['na'] })] })],
    }),
  );

  it('a matrix with an N/A column is scored on its numeric columns, N/A answers having no score', () => {
    const scale = resolveScale(matrix, item('service', { row: 'wait', notApplicable: ['na'] }));
    expect(scale).toMatchObject({ min: 1, max: 5, points: [1, 2, 3, 4, 5] });
    const score = compileScorer(definition, { elements: [matrix] }, new Set(['q1']));
    const stats = emptyStats();
    for (const wait of [5, 'na', 2]) addResponse(definition, stats, score({ service: { wait } }));
    // 5 → 100, 2 → 25, "na" no score: mean (100 + 25) / 2 = 62.5 over n = 2.
    const s = byKey(computeScores(definition, stats).nodes).s;
    expect([s.score, s.n]).toEqual([62.5, 2]);
  });

  it('radiogroups and rate values drop their not-applicable values the same way', () => {
    const radio = { type: 'radiogroup', name: 'q', choices: [0, 5, 10, 'dont_know'] };
    expect(resolveScale(radio, item('q', { notApplicable: ['dont_know'] }))).toMatchObject({ min: 0, max: 10 });
    expect(resolveScale(radio, item('q'))).toMatch(/not all numbers/);
    const rating = { type: 'rating', name: 'q', rateValues: [1, 2, 3, { value: 'na', text: 'N/A' }] };
    expect(resolveScale(rating, item('q', { notApplicable: ['na'] }))).toMatchObject({ min: 1, max: 3 });
    expect(resolveScale(rating, item('q'))).toMatch(/not all numbers/);
  });
});
