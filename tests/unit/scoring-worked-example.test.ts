/**
 * A worked example of design.md §4: every expected number below is derived by hand from the
 * formulas, step by step in the comments, not taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../server/indicators/engine/bands.js';
import { aggregateMetric } from '../../server/indicators/engine/metric.js';
import { scoreResponseItems } from '../../server/indicators/engine/scale.js';
import { computeScores, lostPoints, type MetricInput } from '../../server/indicators/engine/score.js';
import { addResponse, emptyStats, scoreOneResponse } from '../../server/indicators/engine/stats.js';
import type { MetricDefinition } from '../../server/indicators/engine/types.js';
import { item, model, node } from '../support/models.js';

const rating = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'rating',
  name,
  rateMin: 1,
  rateMax: 5,
  ...extra,
});
const questionnaire = {
  pages: [
    {
      name: 'p1',
      elements: [
        rating('speed'),
        rating('courtesy'),
        rating('waiting'),
        { type: 'matrix', name: 'grid', columns: [1, 2, 3, 4, 5], rows: ['staff', 'forms'] },
        { type: 'rating', name: 'clarity', rateValues: [0, 1, 2, 3, 4, 5] }, // 0 = "don't know"
        rating('signage'), // nobody answers it
        { type: 'rating', name: 'recommend', rateMin: 0, rateMax: 10 },
        rating('exp_speed'),
        rating('per_speed'),
      ],
    },
  ],
};

// INDEX ─┬─ service (w2) ─┬─ S1 SURVEY (w3): speed w1, courtesy w1, waiting w2 reversed
//        │                └─ L1 LIKERT_SUM (w1): grid.staff, grid.forms
//        ├─ information (w1) ─┬─ S2 SURVEY: clarity (scale 1–5, 0 not applicable), signage
//        │                    ├─ M1 METRIC complaints per application (lower is better)
//        │                    └─ M2 METRIC offices (STOCK, higher is better)
//        ├─ N1 NPS recommend (not in the index)
//        └─ G1 GAP exp_speed → per_speed (in the index)
const worked = model(
  node('index', 'INDEX', {
    children: [
      node('service', 'DIMENSION', {
        weight: 2,
        children: [
          node('S1', 'SURVEY', {
            weight: 3,
            items: [item('speed'), item('courtesy'), item('waiting', { weight: 2, reverse: true })],
          }),
          node('L1', 'LIKERT_SUM', { items: [item('grid', { row: 'staff' }), item('grid', { row: 'forms' })] }),
        ],
      }),
      node('information', 'DIMENSION', {
        children: [
          node('S2', 'SURVEY', { items: [item('clarity', { min: 1, max: 5, notApplicable: [0] }), item('signage')] }),
          node('M1', 'METRIC', { metricKey: 'complaints' }),
          node('M2', 'METRIC', { metricKey: 'offices' }),
        ],
      }),
      node('N1', 'NPS', { items: [item('recommend')] }),
      node('G1', 'GAP', {
        includeInIndex: true,
        pairs: [{ expectation: item('exp_speed'), perception: item('per_speed'), weight: 1 }],
      }),
    ],
  }),
);

// Three responses (ω = 1). Item score s = 100·(v − 1)/4: 1→0, 2→25, 3→50, 4→75, 5→100.
const responses = [
  {
    speed: 5,
    courtesy: 4,
    waiting: 2,
    grid: { staff: 5, forms: 4 },
    clarity: 0,
    recommend: 10,
    exp_speed: 5,
    per_speed: 4,
  },
  {
    speed: 3,
    courtesy: 3,
    waiting: 4,
    grid: { staff: 3, forms: 2 },
    clarity: 4,
    recommend: 6,
    exp_speed: 4,
    per_speed: 5,
  },
  { speed: 4, courtesy: 5, grid: { staff: 4 }, clarity: 2, recommend: 8, per_speed: 3 },
];

// Administrative statistics for the period [2026-01-01, 2026-03-01).
const jan = [new Date('2026-01-01'), new Date('2026-02-01')] as const;
const feb = [new Date('2026-02-01'), new Date('2026-03-01')] as const;
const from = new Date('2026-01-01');
const to = new Date('2026-03-01');
const complaints: MetricDefinition = {
  key: 'complaints',
  kind: 'FLOW',
  worst: 0.05,
  target: 0.01,
  hasDenominator: true,
};
const offices: MetricDefinition = { key: 'offices', kind: 'STOCK', worst: 0, target: 10, hasDenominator: false };
const complaintObservations = [
  { unitId: 'A', periodStart: jan[0], periodEnd: jan[1], value: 3, denominator: 200 },
  { unitId: 'B', periodStart: jan[0], periodEnd: jan[1], value: 1, denominator: 100 },
  { unitId: 'A', periodStart: feb[0], periodEnd: feb[1], value: 2, denominator: 100 },
  // Straddles the end of the period: not wholly inside, so it does not count.
  { unitId: 'B', periodStart: feb[0], periodEnd: new Date('2026-04-01'), value: 50, denominator: 60 },
];
const officeObservations = [
  { unitId: 'A', periodStart: jan[0], periodEnd: jan[1], value: 4, denominator: null },
  { unitId: 'A', periodStart: feb[0], periodEnd: feb[1], value: 5, denominator: null },
  { unitId: 'B', periodStart: jan[0], periodEnd: jan[1], value: 3, denominator: null },
];

function run() {
  const stats = emptyStats();
  const perResponse = responses.map((answers) =>
    addResponse(worked, stats, scoreResponseItems(worked, questionnaire, new Set(['q1']), answers)),
  );
  const metrics = new Map<string, MetricInput>([
    [
      'complaints',
      { value: aggregateMetric(complaints, complaintObservations, from, to).value, worst: 0.05, target: 0.01 },
    ],
    ['offices', { value: aggregateMetric(offices, officeObservations, from, to).value, worst: 0, target: 10 }],
  ]);
  const { nodes, items } = computeScores(worked, stats, metrics);
  return {
    perResponse,
    nodes: new Map(nodes.map((n) => [n.key, n])),
    items: new Map(items.map((i) => [i.bindingId, i])),
    list: nodes,
  };
}

describe('worked example', () => {
  const { nodes, items, perResponse, list } = run();
  const score = (key: string) => nodes.get(key)!.score;

  it('item means', () => {
    expect(items.get('S1#0')!.mean).toBeCloseTo((100 + 50 + 75) / 3, 9); // speed: 75
    expect(items.get('S1#1')!.mean).toBeCloseTo((75 + 50 + 100) / 3, 9); // courtesy: 75
    // waiting, reversed: v=2 → s=25 → 75; v=4 → s=75 → 25; R3 did not answer.
    expect(items.get('S1#2')!).toMatchObject({ n: 2, mean: (75 + 25) / 2 });
    // clarity on 1–5 with 0 not applicable: R1's 0 has no score; 4 → 75, 2 → 25.
    expect(items.get('S2#0')!).toMatchObject({ n: 2, mean: 50 });
    expect(items.get('S2#1')!).toMatchObject({ n: 0, mean: null }); // signage
  });

  it('item spread: sd with n − 1, Kish n_eff, se and ci95', () => {
    // speed scores 100, 50, 75: mean 75, squared deviations 625 + 625 + 0 = 1250, /(3 − 1) = 625, sd 25.
    const speed = items.get('S1#0')!;
    expect(speed.sd).toBeCloseTo(25, 9);
    expect(speed.nEff).toBeCloseTo(3, 9); // (Σω)²/Σω² = 9/3
    expect(speed.se).toBeCloseTo(25 / Math.sqrt(3), 9);
    expect(speed.ci95).toBeCloseTo((1.96 * 25) / Math.sqrt(3), 9);
    expect(speed.top2).toBeCloseTo(2 / 3, 9); // 100 and 75 are the top two points (5 and 4)
  });

  it('SURVEY and LIKERT_SUM indicators', () => {
    // S1 = (1·75 + 1·75 + 2·50) / 4 = 62.5
    expect(score('S1')).toBeCloseTo(62.5, 9);
    // top-2: speed 2/3, courtesy 2/3, waiting (reversed: 75 ✓, 25 ✗) 1/2 → (2/3 + 2/3 + 2·1/2)/4 = 7/12
    expect(nodes.get('S1')!.top2).toBeCloseTo(7 / 12, 9);
    // L1 score: staff (100+50+75)/3 = 75, forms (75+25)/2 = 50 → (75 + 50)/2 = 62.5
    expect(score('L1')).toBeCloseTo(62.5, 9);
    // L1 value: mean raw staff (5+3+4)/3 = 4 plus mean raw forms (4+2)/2 = 3 → 7
    expect(nodes.get('L1')!.value).toBeCloseTo(7, 9);
    // S2: only clarity has data (50); signage has none → renormalised to 50, and partial.
    expect(nodes.get('S2')).toMatchObject({ score: 50, partial: true });
  });

  it('METRIC indicators, FLOW and STOCK, both directions', () => {
    // complaints FLOW: (3 + 1 + 2) / (200 + 100 + 100) = 0.015; score = 100·(0.015 − 0.05)/(0.01 − 0.05) = 87.5
    expect(nodes.get('M1')!.value).toBeCloseTo(0.015, 12);
    expect(score('M1')).toBeCloseTo(87.5, 9);
    // offices STOCK: A's latest period (Feb) 5, B's 3 → 8; score = 100·(8 − 0)/(10 − 0) = 80
    expect(nodes.get('M2')).toMatchObject({ value: 8, score: 80, n: 0 });
  });

  it('NPS and GAP beside the index', () => {
    // recommend 10 (promoter), 6 (detractor), 8 (passive): (1 − 1)/3 · 100 = 0; not mapped → no score, no band
    expect(nodes.get('N1')).toMatchObject({
      value: 0,
      score: null,
      band: null,
      effectiveWeight: 0,
      lostPoints: null,
      partial: false,
    });
    // exp_speed over its own respondents: (100 + 75)/2 = 87.5; per_speed: (75 + 100 + 50)/3 = 75 → gap −12.5
    expect(nodes.get('G1')!.value).toBeCloseTo(-12.5, 9);
    // mapped into the index as (−12.5 + 100)/2 = 43.75
    expect(score('G1')).toBeCloseTo(43.75, 9);
  });

  it('dimensions and the index, with weights renormalised and partial propagated', () => {
    // service = (3·62.5 + 1·62.5)/4 = 62.5
    expect(score('service')).toBeCloseTo(62.5, 9);
    // information = (50 + 87.5 + 80)/3 = 72.5, partial because S2 is
    expect(nodes.get('information')).toMatchObject({ partial: true });
    expect(score('information')).toBeCloseTo(72.5, 9);
    // index = (2·62.5 + 1·72.5 + 1·43.75)/4 = 241.25/4 = 60.3125 (NPS left out)
    expect(score('index')).toBeCloseTo(60.3125, 9);
    expect(nodes.get('index')!.partial).toBe(true);
    expect(nodes.get('index')!.band!.key).toBe('dissatisfied'); // 60.3 in [60, 70)
    expect(nodes.get('information')!.band!.key).toBe('satisfied');
    expect(nodes.get('G1')!.band!.key).toBe('unqualified');
  });

  it('effective weights and lost points', () => {
    const e = (key: string) => nodes.get(key)!.effectiveWeight;
    // root children taking part: service 2, information 1, G1 1 → 2/4, 1/4, 1/4
    expect(e('service')).toBeCloseTo(0.5, 12);
    expect(e('G1')).toBeCloseTo(0.25, 12);
    expect(e('S1')).toBeCloseTo((0.5 * 3) / 4, 12);
    expect(e('L1')).toBeCloseTo((0.5 * 1) / 4, 12);
    expect(e('S2')).toBeCloseTo(0.25 / 3, 12);
    // lost_i = E_i·(100 − S_i)
    const lost = Object.fromEntries(lostPoints(list).map((n) => [n.key, n.lostPoints!]));
    expect(lost.S1).toBeCloseTo(0.375 * 37.5, 9); // 14.0625
    expect(lost.G1).toBeCloseTo(0.25 * 56.25, 9); // 14.0625
    expect(lost.L1).toBeCloseTo(0.125 * 37.5, 9); // 4.6875
    expect(lost.S2).toBeCloseTo(50 / 12, 9);
    expect(lost.M1).toBeCloseTo(12.5 / 12, 9);
    expect(lost.M2).toBeCloseTo(20 / 12, 9);
    // 14.0625 + 14.0625 + 4.6875 + 4.1667 + 1.0417 + 1.6667 = 39.6875 = 100 − 60.3125
    expect(Object.values(lost).reduce((a, b) => a + b, 0)).toBeCloseTo(100 - 60.3125, 9);
    expect(lostPoints(list).map((n) => n.key)).toEqual(['G1', 'S1', 'L1', 'S2', 'M2', 'M1']);
  });

  it('each response scored on its own, and node uncertainty from those scores', () => {
    // R1: S1 = (100 + 75 + 2·75)/4 = 81.25; L1 = (100 + 75)/2 = 87.5; service = (3·81.25 + 87.5)/4 = 82.8125;
    //     information: nothing scored; G1: 75 − 100 = −25 → 37.5; index = (2·82.8125 + 37.5)/3
    const r1 = (2 * 82.8125 + 37.5) / 3;
    // R2: S1 = (50 + 50 + 2·25)/4 = 37.5; L1 = (50 + 25)/2 = 37.5; service 37.5; information = S2 = 75;
    //     G1: 100 − 75 = 25 → 62.5; index = (2·37.5 + 75 + 62.5)/4
    const r2 = (2 * 37.5 + 75 + 62.5) / 4;
    // R3: S1 = (75 + 100)/2 = 87.5; L1 = 75; service = (3·87.5 + 75)/4 = 84.375; information = 25; G1 none
    const r3 = (2 * 84.375 + 25) / 3;
    expect(perResponse.map((r) => r.get('index')!.score)).toEqual([r1, r2, r3].map((x) => expect.closeTo(x, 9)));
    expect(bandOf(worked.bands, r1)!.key).toBe('dissatisfied'); // 67.7

    const mean = (r1 + r2 + r3) / 3;
    const sd = Math.sqrt(((r1 - mean) ** 2 + (r2 - mean) ** 2 + (r3 - mean) ** 2) / 2);
    expect(nodes.get('index')).toMatchObject({ n: 3, nEff: 3 });
    expect(nodes.get('index')!.sd).toBeCloseTo(sd, 9);
    expect(nodes.get('index')!.ci95).toBeCloseTo((1.96 * sd) / Math.sqrt(3), 9);
    // n counts the responses that scored something below the node.
    expect(nodes.get('information')!.n).toBe(2); // R2, R3
    expect(nodes.get('G1')!.n).toBe(2); // R1, R2 answered both items of the pair
    expect(nodes.get('G1')!.sd).toBeCloseTo(Math.sqrt(((-25) ** 2 + 25 ** 2) / 1), 9); // values −25, 25
  });

  it('the same response scored alone matches its per-response tree', () => {
    const alone = scoreOneResponse(worked, scoreResponseItems(worked, questionnaire, new Set(['q1']), responses[1]));
    expect(alone.get('service')!.score).toBeCloseTo(37.5, 9);
    expect(alone.get('N1')).toEqual({ value: -100, score: null }); // 6 is a detractor
  });

  it('ignores bindings of questionnaires outside the response’s lineage', () => {
    expect(scoreResponseItems(worked, questionnaire, new Set(['another']), responses[0]).size).toBe(0);
  });
});
