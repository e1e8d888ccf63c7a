/**
 * Small groups on `Scores.questions` (design.md §4, docs/actions.md "Open an action from the unit's card"): a question
 * answered by fewer than the organisation's minimum group size, where some answers came through confidential
 * distributions, shows no score and says why; at or above the minimum, or with identified answers only, it is shown.
 * The rule is judged on each question's own count of answers, not its indicator's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

let app: TestApp;
let t: Tenant;
let modelId: string;
const units: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };

const SCORES = `query($input: ScoresInput!) {
  scores(input: $input) { questions { nodeKey question score n se ci95 top2 belowMinimum withheldReason } }
}`;
interface Question {
  question: string;
  score: number | null;
  n: number;
  se: number | null;
  ci95: number | null;
  top2: number | null;
  belowMinimum: boolean;
  withheldReason: string | null;
}
const period = { from: '2026-03-01', to: '2026-04-01' };
const questions = async (unitId: string): Promise<Record<string, Question>> => {
  const { scores } = await t.admin.ok(SCORES, { input: { modelId, unitId, ...period } });
  return Object.fromEntries(scores.questions.map((q: Question) => [q.question, q]));
};

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Clinic');
  for (const code of ['A', 'B', 'C'] as const) units[code] = (await newUnit(t.admin, t.headOfficeId, code)).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed', 'staff'));
  const versionId = (await publish(t.admin, q.id)).id;
  // One leaf binding both questions, so each question's count can differ from the indicator's.
  const { createIndicatorModel } = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Service',
        definition: {
          minResponses: 3,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'service',
                kind: 'SURVEY',
                label: 'Service',
                items: [
                  { questionnaireId: q.id, question: 'speed' },
                  { questionnaireId: q.id, question: 'staff' },
                ],
              },
            ],
          },
        },
      },
    },
  );
  modelId = createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  const store = (unit: keyof typeof units, confidential: boolean, answers: Record<string, number>[]) =>
    storeResponses(
      app,
      t.orgId,
      answers.map((a, i) => ({
        unitId: units[unit],
        questionnaireId: q.id,
        versionId,
        completedAt: `2026-03-10T${String(8 + i).padStart(2, '0')}:00:00Z`,
        answers: a,
        confidential,
      })),
    );
  // Ratings 1..5 score 0, 25, 50, 75, 100.
  // A: 4 confidential responses. speed 5, 4, 4, 2 → 100, 75, 75, 25; staff 4 each → 75.
  await store('A', true, [
    { speed: 5, staff: 4 },
    { speed: 4, staff: 4 },
    { speed: 4, staff: 4 },
    { speed: 2, staff: 4 },
  ]);
  // B: 5 confidential responses, the last without staff. speed 5, 5, 4, 3, 1 → 100, 100, 75, 50, 0;
  // staff 4, 4, 4, 2 → 75, 75, 75, 25 (n 4).
  await store('B', true, [
    { speed: 5, staff: 4 },
    { speed: 5, staff: 4 },
    { speed: 4, staff: 4 },
    { speed: 3, staff: 2 },
    { speed: 1 },
  ]);
  // C: 2 identified responses. speed 3, 3 → 50; staff 4, 4 → 75.
  await store('C', false, [
    { speed: 3, staff: 4 },
    { speed: 3, staff: 4 },
  ]);
}, 120_000);
afterAll(() => app?.close());

describe('per-question scores of small confidential groups', () => {
  it('withholds every question of a unit with 4 confidential answers, under the minimum of 5', async () => {
    const a = await questions(units.A);
    for (const name of ['speed', 'staff']) {
      expect(a[name]).toMatchObject({ score: null, se: null, ci95: null, top2: null, n: 4, belowMinimum: false });
      expect(a[name].withheldReason).toMatch(/Fewer than 5 responses, some from anonymous or confidential surveys/);
    }
  });

  it('judges each question on its own answers: 5 shown, 4 withheld, in the same unit', async () => {
    const b = await questions(units.B);
    // speed: (100 + 100 + 75 + 50 + 0) / 5 = 65; deviations 35, 35, 10, −15, −65 → squares sum 7000,
    // sd √(7000 / 4) = 41.83, se 41.83 / √5 = 18.71, ci95 1.96 × 18.71 = 36.67; top-2 (4 or 5): 3 / 5.
    expect(b.speed).toMatchObject({ n: 5, withheldReason: null });
    expect(b.speed.score).toBeCloseTo(65, 6);
    expect(b.speed.ci95).toBeCloseTo(36.67, 2);
    expect(b.speed.top2).toBeCloseTo(0.6, 6);
    // staff: answered 4 times, fewer than 5 → withheld though speed beside it is shown.
    expect(b.staff).toMatchObject({ n: 4, score: null, ci95: null });
    expect(b.staff.withheldReason).toMatch(/Fewer than 5 responses/);
  });

  it('shows a small group of identified answers, and the pooled head office', async () => {
    const c = await questions(units.C);
    // speed 50, 50 → 50 (n 2, under the model's minimum of 3: shown, flagged).
    expect(c.speed).toMatchObject({ n: 2, withheldReason: null, belowMinimum: true });
    expect(c.speed.score).toBeCloseTo(50, 6);
    const ho = await questions(t.headOfficeId);
    // speed over 11 answers: A 100+75+75+25 = 275, B 325, C 100 → 700 / 11 = 63.64.
    // staff over 10 answers: A 300, B 75+75+75+25 = 250, C 150 → 700 / 10 = 70.
    expect(ho.speed).toMatchObject({ n: 11, withheldReason: null });
    expect(ho.speed.score).toBeCloseTo(700 / 11, 6);
    expect(ho.staff).toMatchObject({ n: 10, withheldReason: null });
    expect(ho.staff.score).toBeCloseTo(70, 6);
  });

  it("follows the organisation's minimum group size: at 4, four confidential answers are shown", async () => {
    await t.admin.ok(`mutation { updateOrganization(input: { minGroupSize: 4 }) { minGroupSize } }`);
    const a = await questions(units.A);
    // speed (100 + 75 + 75 + 25) / 4 = 68.75; staff 75.
    expect(a.speed).toMatchObject({ n: 4, withheldReason: null });
    expect(a.speed.score).toBeCloseTo(68.75, 6);
    expect(a.staff.score).toBeCloseTo(75, 6);
    const b = await questions(units.B);
    // staff (75 + 75 + 75 + 25) / 4 = 62.5, now at the minimum.
    expect(b.staff).toMatchObject({ n: 4, withheldReason: null });
    expect(b.staff.score).toBeCloseTo(62.5, 6);
    // At 6, B's speed (5 answers) is withheld, and the sentence names the new minimum.
    await t.admin.ok(`mutation { updateOrganization(input: { minGroupSize: 6 }) { minGroupSize } }`);
    expect((await questions(units.B)).speed.withheldReason).toMatch(/Fewer than 6 responses/);
  });
});
