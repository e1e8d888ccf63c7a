import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses, type StoredResponse } from '../support/responses.js';

/**
 * `breakdown` (issue 16): node scores per value side by side, each equal to a `scores` query
 * filtered to that value, with the §4 significance flag against the rest and the small-group rule.
 * One number field on 0–100 (s = v) and a choice question; the index has that one leaf.
 */
let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const units: Record<string, string> = {};

const NODE = 'key score n se ci95 partial withheldReason restScore deltaRest significant';
const BREAKDOWN = `query($input: ScoresInput!, $by: BreakdownDimension!, $question: String) {
  breakdown(input: $input, by: $by, question: $question) {
    by question values { value unit { code } responseCount nodes { ${NODE} } } } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score n se ci95 } } }`;

const survey = {
  elements: [
    { type: 'text', inputType: 'number', name: 'pct', min: 0, max: 100 },
    { type: 'radiogroup', name: 'visit', choices: ['first', 'again'] },
  ],
};

type Row = [unit: string, pct: number, category: string | null, situation: string | null, visit?: string];
const store = (day: string, rows: Row[], extra: Partial<StoredResponse> = {}) =>
  storeResponses(
    app,
    t.orgId,
    rows.map(([unit, pct, category, situation, visit]) => ({
      unitId: units[unit],
      questionnaireId,
      versionId,
      completedAt: `${day}T12:00:00Z`,
      answers: visit ? { pct, visit } : { pct },
      category,
      situation,
      ...extra,
    })),
  );
const input = (from = '2026-03-01', to = '2026-04-01', filters?: Record<string, unknown>) => ({
  modelId,
  unitId: t.headOfficeId,
  from,
  to,
  filters,
});

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Breakdowns');
  for (const code of ['A', 'B']) units[code] = (await newUnit(t.admin, t.headOfficeId, code)).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Breakdown index',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [{ key: 'pct', kind: 'SURVEY', label: 'Score', items: [{ questionnaireId, question: 'pct' }] }],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId });
  // March 2026. Most responses are rolled up into cells; the last three stay in the tail.
  await store('2026-03-05', [
    ['A', 80, 'insured', 'claim', 'first'],
    ['A', 90, 'insured', 'hearing', 'again'],
    ['A', 100, 'insured', 'claim', 'first'],
    ['A', 40, 'employer', 'claim', 'again'],
  ]);
  await app.app.rollups.runOnce();
  const [{ cells }] = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select count(*)::int as cells from result_cell where organization_id = ?`, [t.orgId]);
  expect(cells).toBeGreaterThan(0); // the breakdowns below read these cells, and the tail beside them
  await store('2026-03-20', [
    ['A', 60, 'employer', 'hearing', 'first'],
    ['B', 70, 'insured', 'hearing', 'first'],
    ['B', 50, 'employer', 'claim', 'again'],
    ['B', 75, null, null],
  ]);
});
afterAll(() => app?.close());

const breakdown = async (by: string, extra: Record<string, unknown> = {}, scope = input()) =>
  (await t.admin.ok(BREAKDOWN, { input: scope, by, ...extra })).breakdown;
const index = (v: any) => v.nodes.find((n: any) => n.key === 'index');

describe('breakdown', () => {
  it('by category: each value scores exactly as a scores query filtered to it', async () => {
    const result = await breakdown('CATEGORY');
    expect(result.values.map((v: any) => [v.value, v.responseCount])).toEqual([
      ['employer', 3],
      ['insured', 4],
      [null, 1], // not recorded, listed last
    ]);
    for (const value of result.values.filter((v: any) => v.value !== null)) {
      const { scores } = await t.admin.ok(SCORES, {
        input: input(undefined, undefined, { respondentCategory: value.value }),
      });
      expect(value.responseCount).toBe(scores.responseCount);
      for (const node of scores.nodes) {
        const mine = value.nodes.find((n: any) => n.key === node.key);
        expect([mine.score, mine.n, mine.se, mine.ci95]).toEqual([node.score, node.n, node.se, node.ci95]);
      }
    }
    const [employer, insured, none] = result.values.map(index);
    // insured 80, 90, 100, 70: mean 85, sd = √(500/3) ≈ 12.910, se = sd/2 ≈ 6.455.
    // The rest 40, 60, 50, 75: mean 56.25, sd = √(668.75/3) ≈ 14.930, se ≈ 7.465.
    // Δ = 28.75 > 1.96·√(6.455² + 7.465²) ≈ 19.34: significant.
    expect(insured.score).toBeCloseTo(85, 9);
    expect(insured.restScore).toBeCloseTo(56.25, 9);
    expect(insured.deltaRest).toBeCloseTo(28.75, 9);
    expect(insured.significant).toBe(true);
    // employer 40, 60, 50: mean 50 against 83 (80, 90, 100, 70, 75): Δ = −33, limit ≈ 15.5: significant.
    expect([employer.score, employer.restScore, employer.significant]).toEqual([50, 83, true]);
    // One response without a category: no se, so no significance can be claimed.
    expect([none.score, none.se, none.significant]).toEqual([75, null, false]);
  });

  it('by situation: each value equals the filtered scores; a small difference is not significant', async () => {
    const result = await breakdown('SITUATION');
    expect(result.values.map((v: any) => v.value)).toEqual(['claim', 'hearing', null]);
    for (const value of result.values.filter((v: any) => v.value !== null)) {
      const { scores } = await t.admin.ok(SCORES, {
        input: input(undefined, undefined, { serviceSituation: value.value }),
      });
      expect(value.nodes.map((n: any) => [n.key, n.score, n.n, n.ci95])).toEqual(
        scores.nodes.map((n: any) => [n.key, n.score, n.n, n.ci95]),
      );
    }
    // claim 80, 100, 40, 50: mean 67.5, se = √(2275/3)/2 ≈ 13.77; rest 90, 70, 60, 75: mean 73.75, se = 6.25.
    // Δ = −6.25, limit 1.96·√(13.77² + 6.25²) ≈ 29.6: not significant.
    const claim = index(result.values[0]);
    expect([claim.score, claim.restScore, claim.deltaRest, claim.significant]).toEqual([67.5, 73.75, -6.25, false]);
  });

  it('by child unit: each child scores as the scores of its subtree', async () => {
    const result = await breakdown('UNIT_CHILDREN');
    expect(result.values.map((v: any) => [v.unit.code, v.responseCount])).toEqual([
      ['A', 5],
      ['B', 3],
    ]);
    const { scores } = await t.admin.ok(SCORES, { input: { ...input(), unitId: units.B } });
    // B: 70, 50, 75 → 65; against A's 80, 90, 100, 40, 60 → 74.
    expect(index(result.values[1])).toMatchObject({ score: 65, restScore: 74, deltaRest: -9 });
    expect(index(result.values[1]).ci95).toBe(scores.nodes[0].ci95);
  });

  it('by answer: each choice, beside the responses that gave another', async () => {
    const result = await breakdown('ANSWER', { question: 'visit' });
    expect(result.question).toBe('visit');
    // first: 80, 100, 60, 70 → 77.5; again: 90, 40, 50 → 60. The response without "visit" is in neither.
    expect(result.values.map((v: any) => [v.value, v.responseCount, index(v).score, index(v).restScore])).toEqual([
      ['again', 3, 60, 77.5],
      ['first', 4, 77.5, 60],
    ]);
  });

  it('equalTreatment: the spread of the index across categories and situations, and which pairs differ', async () => {
    const query = `query($input: ScoresInput!) { equalTreatment(input: $input) { nodeKey sides {
      by groups { value score n } spread highest lowest significantPairs { higher lower delta } } } }`;
    const { equalTreatment } = await t.admin.ok(query, { input: input() });
    const [category, situation] = equalTreatment.sides;
    expect(equalTreatment.nodeKey).toBe('index');
    // Categories: employer 50, insured 85 ("not recorded" left out): spread 35.
    // se employer = 10/√3 ≈ 5.774, insured ≈ 6.455: limit 1.96·√(33.33 + 41.67) ≈ 16.97 < 35 → significant.
    expect(category).toMatchObject({ by: 'CATEGORY', spread: 35, highest: 'insured', lowest: 'employer' });
    expect(category.significantPairs).toEqual([{ higher: 'insured', lower: 'employer', delta: 35 }]);
    // Situations: claim 67.5, hearing (90 + 60 + 70) / 3 = 73.33: spread 5.83; limit ≈ 32 → no significant pair.
    expect(situation.by).toBe('SITUATION');
    expect(situation.spread).toBeCloseTo(220 / 3 - 67.5, 9);
    expect([situation.highest, situation.lowest, situation.significantPairs]).toEqual(['hearing', 'claim', []]);
  });

  it('applies the small-group rule to every value', async () => {
    // April: four responses from a confidential survey, two of them by lawyers: fewer than 5 → withheld.
    await store(
      '2026-04-10',
      [
        ['A', 10, 'lawyer', null],
        ['A', 20, 'lawyer', null],
        ['A', 30, 'insured', null],
        ['A', 40, 'insured', null],
      ],
      { confidential: true },
    );
    const result = await breakdown('CATEGORY', {}, input('2026-04-01', '2026-05-01'));
    for (const value of result.values) {
      expect(index(value).score).toBeNull();
      expect(index(value).withheldReason).toMatch(/Fewer than 5 responses/);
      expect(index(value).significant).toBe(false);
    }
  });

  // POST and STAFF: tests/integration/staff-attribution.test.ts.
  it('refuses ANSWER without a question, saying what to do', async () => {
    const noQuestion = await t.admin.request(BREAKDOWN, { input: input(), by: 'ANSWER' });
    expect(noQuestion.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(noQuestion.errors?.[0].message).toMatch(/pass its SurveyJS name as "question"/);
  });

  it('reads a value anew once its rollup cells change (no stale per-value totals)', async () => {
    await app.app.rollups.runOnce(); // every March response in cells: the breakdown reads their totals
    const before = await breakdown('CATEGORY');
    expect(before.values.find((v: any) => v.value === 'employer').responseCount).toBe(3);
    // One more employer at unit A on 5 March: the rollup rewrites that cell (same key, new row version).
    await store('2026-03-05', [['A', 100, 'employer', 'claim', 'again']]);
    await app.app.rollups.runOnce();
    const after = await breakdown('CATEGORY');
    const employer = after.values.find((v: any) => v.value === 'employer');
    // employer 40, 60, 50, 100: mean 62.5.
    expect([employer.responseCount, index(employer).score]).toEqual([4, 62.5]);
    const { scores } = await t.admin.ok(SCORES, {
      input: input(undefined, undefined, { respondentCategory: 'employer' }),
    });
    expect(employer.nodes.map((n: any) => [n.key, n.score, n.n, n.se, n.ci95])).toEqual(
      scores.nodes.map((n: any) => [n.key, n.score, n.n, n.se, n.ci95]),
    );
  });
});
