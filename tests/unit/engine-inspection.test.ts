import { describe, expect, it } from 'vitest';
import { compileScorer } from '../../server/indicators/engine/scale.js';
import { computeScores } from '../../server/indicators/engine/score.js';
import { addResponse, emptyStats } from '../../server/indicators/engine/stats.js';
import { INSPECTION_KINDS } from '../../server/indicators/engine/types.js';
import { item, model, node } from '../support/models.js';

// One sheet with two 1–5 ratings, bound by a SURVEY leaf (q1) and an INSPECTION leaf (q1, q2).
const sheet = {
  elements: [
    { type: 'rating', name: 'q1', rateMin: 1, rateMax: 5 },
    { type: 'rating', name: 'q2', rateMin: 1, rateMax: 5 },
  ],
};
const m = model(
  node('index', 'INDEX', {
    children: [
      node('survey', 'SURVEY', { items: [item('q1')] }),
      node('inspection', 'INSPECTION', { items: [item('q1'), item('q2')] }),
    ],
  }),
);
const lineage = new Set(['q1']);

describe('INSPECTION leaves', () => {
  it('the response scorer never scores INSPECTION items, the visit scorer only those', () => {
    const answers = { q1: 5, q2: 1 };
    expect([...compileScorer(m, sheet, lineage)(answers).keys()]).toEqual(['survey#0']);
    expect([...compileScorer(m, sheet, lineage, INSPECTION_KINDS)(answers).keys()]).toEqual([
      'inspection#0',
      'inspection#1',
    ]);
  });

  it('reads visits for INSPECTION leaves and responses for every other, by hand', () => {
    const responses = emptyStats();
    addResponse(m, responses, compileScorer(m, sheet, lineage)({ q1: 5, q2: 1 })); // survey q1 = 100
    const visits = emptyStats();
    const visitScorer = compileScorer(m, sheet, lineage, INSPECTION_KINDS);
    addResponse(m, visits, visitScorer({ q1: 4, q2: 3 })); // 75, 50
    addResponse(m, visits, visitScorer({ q1: 2, q2: 4 })); // 25, 75
    const byKey = Object.fromEntries(computeScores(m, responses, new Map(), visits).nodes.map((n) => [n.key, n]));
    // inspection: q1 (75 + 25)/2 = 50, q2 (50 + 75)/2 = 62.5 → 56.25; survey 100; index (100 + 56.25)/2 = 78.125
    expect(byKey.inspection.score).toBeCloseTo(56.25, 9);
    expect(byKey.inspection.n).toBe(2);
    expect(byKey.survey.score).toBeCloseTo(100, 9);
    expect(byKey.index.score).toBeCloseTo(78.125, 9);
    // Without visits the INSPECTION leaf has no data and the index is the survey's, partial.
    const alone = Object.fromEntries(computeScores(m, responses).nodes.map((n) => [n.key, n]));
    expect(alone.inspection.score).toBeNull();
    expect(alone.index).toMatchObject({ score: 100, partial: true });
  });
});
