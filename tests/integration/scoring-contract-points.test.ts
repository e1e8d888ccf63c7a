import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * Issue 16's defects read through the API (design.md §4): a matrix with an N/A column binds,
 * publishes and scores; the first bucket of a series compares with the bucket before the period;
 * a branch's weighting report lists only its own uncovered cells. Numbers worked by hand.
 */
let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const units: Record<string, string> = {};

const CREATE_MODEL = `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`;
const PUBLISH_MODEL = `mutation($modelId: ID!) { publishIndicatorModel(input: { modelId: $modelId }) { id } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) {
  responseCount nodes { key score n partial top2 }
  weighting { outOfFrame uncovered } } }`;
const SERIES = `query($input: ScoresInput!) { scoreSeries(input: $input, granularity: MONTH) {
  label nodes { key score } deltaPrevious { delta significant } } }`;

// A 1–5 matrix with an N/A column: "wait" scores s = 100·(v − 1)/4, "na" has no score.
const survey = {
  elements: [
    {
      type: 'matrix',
      name: 'service',
      rows: ['wait', 'staff'],
      columns: [1, 2, 3, 4, 5, { value: 'na', text: 'Not applicable' }],
    },
  ],
};

const respond = (unit: string, day: string, answers: Record<string, unknown>[], category?: string) =>
  storeResponses(
    app,
    t.orgId,
    answers.map((a) => ({
      unitId: units[unit],
      questionnaireId,
      versionId,
      completedAt: `${day}T12:00:00Z`,
      answers: a,
      category,
    })),
  );
const input = (unit: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  modelId,
  unitId: units[unit],
  from,
  to,
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Contract points');
  units.HO = t.headOfficeId;
  for (const [code, parent] of [
    ['NORTH', 'HO'],
    ['N1', 'NORTH'],
    ['SOUTH', 'HO'],
    ['S1', 'SOUTH'],
    ['SERIES', 'HO'],
  ] as const)
    units[code] = (await newUnit(t.admin, units[parent], code)).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  const na = ['na'];
  modelId = (
    await t.admin.ok(CREATE_MODEL, {
      input: {
        unitId: t.headOfficeId,
        name: 'Service with N/A',
        definition: {
          minResponses: 1,
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
                  { questionnaireId, question: 'service', row: 'wait', notApplicable: na },
                  { questionnaireId, question: 'service', row: 'staff', notApplicable: na },
                ],
              },
            ],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  // Publishing checks every binding against the questionnaire: it used to fail with
  // "its column values are not all numbers" although the binding lists "na" as not applicable.
  await t.admin.ok(PUBLISH_MODEL, { modelId });
});
afterAll(() => app?.close());

describe('a matrix with a not-applicable column', () => {
  it('is refused without notApplicable, with a sentence saying what to do', async () => {
    const res = await t.admin.request(CREATE_MODEL, {
      input: {
        unitId: t.headOfficeId,
        name: 'Without N/A',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              { key: 's', kind: 'SURVEY', label: 'S', items: [{ questionnaireId, question: 'service', row: 'wait' }] },
            ],
          },
        },
      },
    });
    const id = res.data?.createIndicatorModel?.id;
    const published = await t.admin.request(PUBLISH_MODEL, { modelId: id });
    expect(published.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(published.errors)).toMatch(/not all numbers; list the others under \\"notApplicable\\"/);
  });

  it('binds and scores as computed by hand, N/A answers having no score', async () => {
    await respond('N1', '2026-03-10', [
      { service: { wait: 5, staff: 4 } }, // wait 100, staff 75
      { service: { wait: 'na', staff: 2 } }, // wait none, staff 25
      { service: { wait: 2, staff: 'na' } }, // wait 25, staff none
    ]);
    const { scores } = await t.admin.ok(SCORES, { input: input('N1', '2026-03-01', '2026-04-01') });
    // wait: (100 + 25) / 2 = 62.5 over 2 answers; staff: (75 + 25) / 2 = 50 over 2 answers;
    // service = (62.5 + 50) / 2 = 56.25; every response scored at least one item: n = 3.
    // Top-2-box (five points: 4 and 5): wait 1 of 2, staff 1 of 2 → (0.5 + 0.5) / 2 = 0.5.
    const service = scores.nodes.find((n: any) => n.key === 'service');
    expect(service).toEqual({ key: 'service', score: 56.25, n: 3, partial: false, top2: 0.5 });
  });
});

describe('scoreSeries', () => {
  it('gives the first bucket a delta to the bucket just before the period, when it has data', async () => {
    await respond('SERIES', '2026-05-15', [{ service: { wait: 3, staff: 3 } }]); // May: 50
    await respond('SERIES', '2026-06-15', [{ service: { wait: 5, staff: 5 } }]); // June: 100
    await respond('SERIES', '2026-07-15', [{ service: { wait: 4, staff: 4 } }]); // July: 75
    const { scoreSeries } = await t.admin.ok(SERIES, { input: input('SERIES', '2026-06-01', '2026-08-01') });
    expect(scoreSeries.map((p: any) => [p.label, p.nodes[0].score])).toEqual([
      ['2026-06', 100],
      ['2026-07', 75],
    ]);
    // June − May = 100 − 50 = 50 (May lies before the period); July − June = −25.
    expect(scoreSeries.map((p: any) => p.deltaPrevious?.delta)).toEqual([50, -25]);
  });

  it('leaves the first bucket without a delta when the bucket before has no data', async () => {
    const { scoreSeries } = await t.admin.ok(SERIES, { input: input('SERIES', '2026-05-01', '2026-06-01') });
    expect(scoreSeries.map((p: any) => p.deltaPrevious)).toEqual([null]); // April has no response
  });
});

describe('a weighting report', () => {
  it('lists as uncovered only cells of units inside the scope', async () => {
    await respond('S1', '2026-09-10', [{ service: { wait: 5, staff: 5 } }], 'insured');
    const scheme = (
      await t.admin.ok(`mutation($input: WeightingSchemeInput!) { createWeightingScheme(input: $input) { id } }`, {
        input: {
          name: 'Regions',
          kind: 'POST_STRATIFICATION',
          cells: [
            { unitId: units.S1, category: 'insured', population: 40 },
            { unitId: units.S1, category: 'employer', population: 10 }, // uncovered, inside SOUTH
            { unitId: units.N1, category: 'insured', population: 30 }, // NORTH's: not SOUTH's business
            { unitId: units.N1, category: 'employer', population: 20 },
          ],
        },
      })
    ).createWeightingScheme;
    const south = await t.admin.ok(SCORES, {
      input: input('SOUTH', '2026-09-01', '2026-10-01', { weightingSchemeId: scheme.id }),
    });
    expect(south.scores.weighting).toEqual({ outOfFrame: 0, uncovered: [`${units.S1} × employer`] });
    // Head office's scope holds both regions: all three uncovered cells.
    const all = await t.admin.ok(SCORES, {
      input: input('HO', '2026-09-01', '2026-10-01', { weightingSchemeId: scheme.id }),
    });
    expect([...all.scores.weighting.uncovered].sort()).toEqual(
      [`${units.S1} × employer`, `${units.N1} × insured`, `${units.N1} × employer`].sort(),
    );
  });
});
