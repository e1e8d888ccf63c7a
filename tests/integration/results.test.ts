/* eslint-disable max-lines -- one feature's end-to-end cases share their fixtures (tenant, units, versions); split by feature when it grows */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution, requestId, SUBMIT } from '../support/distribution.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const units: Record<string, string> = {};

const survey = {
  elements: [
    { type: 'rating', name: 'speed', rateMin: 1, rateMax: 5 },
    { type: 'radiogroup', name: 'role', choices: ['party', 'lawyer'] },
  ],
};

type Extra = { channel?: string; category?: string; isTest?: boolean };

async function respond(unit: string, completedAt: string, answers: Record<string, unknown>, extra: Extra = {}) {
  const unitId = units[unit];
  await storeResponses(app, t.orgId, [{ unitId, questionnaireId, versionId, completedAt, answers, ...extra }]);
}

const input = (extra: Record<string, unknown> = {}) => ({
  modelId,
  unitId: t.headOfficeId,
  from: '2026-01-01',
  to: '2027-01-01',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Courts');
  for (const code of ['NORTH', 'SOUTH', 'EAST', 'WEST'])
    units[code] = (await newUnit(t.admin, t.headOfficeId, code)).id;
  units.HO = t.headOfficeId;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  await t.admin.ok(
    `mutation { createMetric(input: { key: "complaints", label: "Complaints", kind: FLOW, worst: 0.1, target: 0, denominatorLabel: "cases" }) { id } }`,
  );
  const model = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Court index',
        definition: {
          minResponses: 2,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'speed',
                kind: 'SURVEY',
                label: 'Speed',
                weight: 3,
                items: [{ questionnaireId, question: 'speed' }],
              },
              { key: 'complaints', kind: 'METRIC', label: 'Complaints', weight: 1, metricKey: 'complaints' },
            ],
          },
        },
      },
    })
  ).createIndicatorModel;
  modelId = model.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);

  // speed scores: 1→0, 2→25, 3→50, 4→75, 5→100
  await respond('NORTH', '2026-03-10T10:00:00Z', { speed: 5, role: 'lawyer' }, { category: 'lawyer' }); // 100
  await respond('NORTH', '2026-03-20T10:00:00Z', { speed: 4, role: 'party' }, { category: 'party' }); // 75
  await respond('SOUTH', '2026-03-05T10:00:00Z', { speed: 4, role: 'party' }); // 75
  await respond('SOUTH', '2026-04-02T10:00:00Z', { speed: 5, role: 'lawyer' }); // 100
  await respond('EAST', '2026-04-15T10:00:00Z', { speed: 5, role: 'party' }); // 100
  await respond('EAST', '2026-04-16T10:00:00Z', { speed: 4, role: 'party' }); // 75
  await respond('WEST', '2026-04-20T10:00:00Z', { speed: 1, role: 'party' }); // 0, alone: insufficient
  await respond('NORTH', '2025-03-15T10:00:00Z', { speed: 2 }); // a year earlier: 25
  await respond('NORTH', '2026-03-11T10:00:00Z', { speed: 1 }, { isTest: true }); // a test: never counts
  // complaints FLOW: (2 + 1) / (100 + 100) = 0.015 → score 100·(0.015 − 0.1)/(0 − 0.1) = 85
  for (const [unit, value] of [
    ['NORTH', 2],
    ['SOUTH', 1],
  ] as const) {
    await t.admin.ok(
      `mutation { recordMetric(input: { metricKey: "complaints", unitId: "${units[unit]}", periodStart: "2026-03-01", periodEnd: "2026-04-01", value: ${value}, denominator: 100 }) { id } }`,
    );
  }
});
afterAll(() => app?.close());

const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount modelVersion { number } nodes { key score value n band { key } effectiveWeight lostPoints partial } bandDistribution { band { key } count share } } }`;

describe('results over stored responses', () => {
  it('scores the head office over its whole subtree, with administrative statistics', async () => {
    const { scores } = await t.admin.ok(SCORES, { input: input() });
    const node = Object.fromEntries(scores.nodes.map((n: any) => [n.key, n]));
    // speed over the 7 counted 2026 responses: (100 + 75 + 75 + 100 + 100 + 75 + 0)/7 = 525/7 = 75
    expect(scores.responseCount).toBe(7);
    expect(node.speed.score).toBeCloseTo(75, 9);
    expect(node.complaints).toMatchObject({ value: 0.015, n: 0 });
    expect(node.complaints.score).toBeCloseTo(85, 9);
    // index = (3·75 + 1·85)/4 = 77.5 → satisfied; lost points 0.75·25 + 0.25·15 = 22.5 = 100 − 77.5
    expect(node.index.score).toBeCloseTo(77.5, 9);
    expect(node.index.band.key).toBe('satisfied');
    expect(node.speed.lostPoints + node.complaints.lostPoints).toBeCloseTo(22.5, 9);
    // Each response's own score = its speed score (the metric has no per-response part):
    // 100, 75, 75, 100, 100, 75 → 3 very satisfied... 75 is "satisfied", 0 is "unqualified".
    const bands = Object.fromEntries(scores.bandDistribution.map((b: any) => [b.band.key, b.count]));
    expect(bands).toMatchObject({ very_satisfied: 3, satisfied: 3, unqualified: 1 });
  });

  it('applies response filters (category, answer to a choice question) but not to metrics', async () => {
    const byCategory = (await t.admin.ok(SCORES, { input: input({ filters: { respondentCategory: 'lawyer' } }) }))
      .scores;
    expect(byCategory.responseCount).toBe(1);
    const byRole = (
      await t.admin.ok(SCORES, { input: input({ filters: { answers: [{ question: 'role', values: ['party'] }] } }) })
    ).scores;
    // parties: 75, 75, 100, 75, 0 → 325/5 = 65
    expect(byRole.responseCount).toBe(5);
    expect(byRole.nodes.find((n: any) => n.key === 'speed').score).toBeCloseTo(65, 9);
    expect(byRole.nodes.find((n: any) => n.key === 'complaints').score).toBeCloseTo(85, 9);
  });

  it('ranks sibling units with competition ranks, listing small samples unranked', async () => {
    const { ranking } = await t.admin.ok(
      `query($input: ScoresInput!) { ranking(input: $input) { unit { code } rank score n insufficient } }`,
      { input: input({ from: '2026-03-01', to: '2026-05-01' }) },
    );
    // NORTH: speed (100 + 75)/2 = 87.5, complaints 2/100 → 80 → (3·87.5 + 80)/4 = 85.625
    // SOUTH: speed (75 + 100)/2 = 87.5, complaints 1/100 → 90 → (262.5 + 90)/4 = 88.125
    // EAST: speed 87.5, no statistics → 87.5; WEST: one response → insufficient
    expect(ranking.map((r: any) => [r.unit.code, r.rank, r.insufficient])).toEqual([
      ['SOUTH', 1, false],
      ['EAST', 2, false],
      ['NORTH', 3, false],
      ['WEST', null, true],
    ]);
    expect(ranking[0].score).toBeCloseTo(88.125, 9);
    expect(ranking[2].score).toBeCloseTo(85.625, 9);
  });

  it('gives a monthly series with deltas to the previous month and a year earlier', async () => {
    const { scoreSeries } = await t.admin.ok(
      `query($input: ScoresInput!) { scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } deltaPrevious { delta significant } deltaYearAgo { delta significant } } }`,
      { input: input({ unitId: units.NORTH, from: '2026-02-01', to: '2026-04-01' }) },
    );
    expect(scoreSeries.map((p: any) => [p.label, p.responseCount])).toEqual([
      ['2026-02', 0],
      ['2026-03', 2],
    ]);
    const march = scoreSeries[1];
    // March: speed 87.5, complaints 80 → index 85.625; March 2025: speed 25, no statistics → 25
    expect(march.nodes[0].score).toBeCloseTo(85.625, 9);
    expect(march.deltaYearAgo.delta).toBeCloseTo(60.625, 9);
    expect(march.deltaPrevious).toBeNull(); // February has no score
  });

  it('lists lost points largest first', async () => {
    const { lostPoints } = await t.admin.ok(
      `query($input: ScoresInput!) { lostPoints(input: $input) { key lostPoints } }`,
      { input: input() },
    );
    expect(lostPoints.map((n: any) => n.key)).toEqual(['speed', 'complaints']);
    expect(lostPoints[0].lostPoints).toBeCloseTo(18.75, 9);
  });

  it('refuses bad periods and unpublished models, and keeps to the caller’s units', async () => {
    expect((await t.admin.fails(SCORES, { input: input({ from: '2026-13-01' }) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(
      (await t.admin.fails(SCORES, { input: input({ from: '2026-05-01', to: '2026-05-01' }) })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await t.admin.fails(SCORES, { input: input({ modelId: undefined }) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'modelId',
    });
    const draft = (
      await t.admin.ok(
        `mutation { createIndicatorModel(input: { unitId: "${t.headOfficeId}", name: "Draft only" }) { id } }`,
      )
    ).createIndicatorModel;
    expect((await t.admin.fails(SCORES, { input: input({ modelId: draft.id }) })).message).toMatch(
      /no published version/,
    );

    // A unit manager of NORTH reads NORTH with head office's model, but not SOUTH.
    const manager = await newUserWithRole(app, t, 'UNIT_MANAGER', units.NORTH);
    const north = (await manager.ok(SCORES, { input: input({ unitId: units.NORTH }) })).scores;
    expect(north.responseCount).toBe(2);
    expect((await manager.fails(SCORES, { input: input({ unitId: units.SOUTH }) })).extensions?.code).toBe('FORBIDDEN');
    const other = await newTenant(app, 'Elsewhere');
    expect((await other.admin.fails(SCORES, { input: input({ unitId: other.headOfficeId }) })).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('roll-up modes', () => {
  it('POOLED, EQUAL_UNITS and UNIT_WEIGHTS give the numbers design.md §4 defines', async () => {
    const roll = await newUnit(t.admin, t.headOfficeId, 'ROLL');
    units.ROLL = roll.id;
    units.RA = (await newUnit(t.admin, roll.id, 'RA')).id;
    units.RB = (await newUnit(t.admin, roll.id, 'RB')).id;
    await t.admin.ok(`mutation { updateOrgUnit(input: { id: "${units.RA}", weight: 3 }) { weight } }`);
    await respond('RA', '2026-06-01T10:00:00Z', { speed: 5 }); // 100
    await respond('RA', '2026-06-02T10:00:00Z', { speed: 5 }); // 100
    await respond('RB', '2026-06-03T10:00:00Z', { speed: 1 }); // 0
    await respond('ROLL', '2026-06-04T10:00:00Z', { speed: 3 }); // 50, the unit's own response
    const index = async (rollup: string) => {
      const { scores } = await t.admin.ok(SCORES, {
        input: input({ unitId: roll.id, from: '2026-06-01', to: '2026-07-01', rollup }),
      });
      const node = Object.fromEntries(scores.nodes.map((n: any) => [n.key, n]));
      // No statistics for these units: the index is the speed indicator alone, marked partial,
      // and the lost points still sum to 100 − index.
      expect(node.index.partial).toBe(true);
      expect(node.speed.lostPoints).toBeCloseTo(100 - node.index.score, 9);
      return node.index.score;
    };
    expect(await index('POOLED')).toBeCloseTo((100 + 100 + 0 + 50) / 4, 9); // 62.5
    expect(await index('EQUAL_UNITS')).toBeCloseTo((100 + 0 + 50) / 3, 9); // RA, RB, (this unit): 50
    expect(await index('UNIT_WEIGHTS')).toBeCloseTo((3 * 100 + 1 * 0 + 1 * 50) / 5, 9); // 70
    expect(
      (await t.admin.fails(`mutation { updateOrgUnit(input: { id: "${units.RB}", weight: -1 }) { weight } }`))
        .extensions?.field,
    ).toBe('weight');
  });
});

describe('branch variants', () => {
  it('score the branch subtree with the branch’s own weights', async () => {
    const [hqVersion] = (await t.admin.ok(`query { indicatorModel(id: "${modelId}") { versions { id } } }`))
      .indicatorModel.versions;
    const variant = (
      await t.admin.ok(
        `mutation { deriveIndicatorModel(versionId: "${hqVersion.id}", unitId: "${units.NORTH}", name: "North index") { id draftRevision } }`,
      )
    ).deriveIndicatorModel;
    const definition = {
      minResponses: 2,
      root: {
        key: 'index',
        kind: 'INDEX',
        label: 'Index',
        children: [
          { key: 'speed', kind: 'SURVEY', label: 'Speed', weight: 1, items: [{ questionnaireId, question: 'speed' }] },
          { key: 'complaints', kind: 'METRIC', label: 'Complaints', weight: 1, metricKey: 'complaints' },
        ],
      },
    };
    await t.admin.ok(
      `mutation($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { __typename } }`,
      { input: { modelId: variant.id, expectedRevision: variant.draftRevision, definition } },
    );
    await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${variant.id}" }) { id } }`);
    const north = (model: string) =>
      t.admin.ok(SCORES, { input: { modelId: model, unitId: units.NORTH, from: '2026-03-01', to: '2026-04-01' } });
    // NORTH in March 2026: speed (100 + 75) / 2 = 87.5; complaints 2 / 100 = 0.02 → 100·(0.02 − 0.1)/(0 − 0.1) = 80.
    // Head office's weights 3 : 1 → (3·87.5 + 80) / 4 = 85.625; the variant's 1 : 1 → 83.75.
    expect((await north(modelId)).scores.nodes[0].score).toBeCloseTo(85.625, 9);
    expect((await north(variant.id)).scores.nodes[0].score).toBeCloseTo(83.75, 9);
  });
});

describe('respondent weighting', () => {
  const CREATE = `mutation($input: WeightingSchemeInput!) { createWeightingScheme(input: $input) { id } }`;
  const WEIGHTED = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score } weighting { outOfFrame uncovered iterations converged effectiveN } } }`;
  let wa: string;
  let wb: string;
  let parent: string;

  beforeAll(async () => {
    parent = (await newUnit(t.admin, t.headOfficeId, 'WEIGHT')).id;
    units.WA = wa = (await newUnit(t.admin, parent, 'WA')).id;
    units.WB = wb = (await newUnit(t.admin, parent, 'WB')).id;
  });

  it('post-stratifies by unit × category, reporting out-of-frame responses and uncovered cells', async () => {
    await respond('WA', '2026-08-01T10:00:00Z', { speed: 5 }, { category: 'insured' }); // 100
    await respond('WA', '2026-08-02T10:00:00Z', { speed: 3 }, { category: 'insured' }); // 50
    await respond('WA', '2026-08-03T10:00:00Z', { speed: 1 }, { category: 'employer' }); // 0
    await respond('WB', '2026-08-04T10:00:00Z', { speed: 5 }, { category: 'insured' }); // 100
    await respond('WB', '2026-08-05T10:00:00Z', { speed: 5 }, { category: 'employer' }); // no population: weight 0
    const scheme = (
      await t.admin.ok(CREATE, {
        input: {
          name: 'Clients served 2026',
          kind: 'POST_STRATIFICATION',
          cells: [
            { unitId: wa, category: 'insured', population: 100 },
            { unitId: wa, category: 'employer', population: 50 },
            { unitId: wb, category: 'insured', population: 30 },
            { unitId: wb, category: 'lawyer', population: 10 },
          ],
        },
      })
    ).createWeightingScheme;
    // The scheme is listed, one page at a time.
    const listed = await t.admin.ok(`query { weightingSchemes(first: 50) { edges { node { id } } } }`);
    expect(listed.weightingSchemes.edges.map((e: any) => e.node.id)).toContain(scheme.id);
    const { scores } = await t.admin.ok(WEIGHTED, {
      input: input({ unitId: parent, from: '2026-08-01', to: '2026-09-01', weightingSchemeId: scheme.id }),
    });
    // ω: WA insured 100/2 = 50 (twice), WA employer 50/1 = 50, WB insured 30/1 = 30, WB employer 0
    // speed = (50·100 + 50·50 + 50·0 + 30·100) / (50 + 50 + 50 + 30) = 10500/180
    expect(scores.nodes.find((n: any) => n.key === 'speed').score).toBeCloseTo(10500 / 180, 9);
    // Kish: (Σω)² / Σω² = 180² / (3·50² + 30²) = 32400/8400
    expect(scores.weighting).toMatchObject({ outOfFrame: 1, uncovered: [`${wb} × lawyer`], converged: true });
    expect(scores.weighting.effectiveN).toBeCloseTo(32400 / 8400, 9);
    expect(scores.responseCount).toBe(5);
  });

  it('rakes to two margins until they match', async () => {
    await respond('WA', '2026-09-01T10:00:00Z', { speed: 5 }, { category: 'insured' }); // 100
    await respond('WA', '2026-09-02T10:00:00Z', { speed: 4 }, { category: 'employer' }); // 75
    await respond('WB', '2026-09-03T10:00:00Z', { speed: 3 }, { category: 'insured' }); // 50
    await respond('WB', '2026-09-04T10:00:00Z', { speed: 1 }, { category: 'employer' }); // 0
    const scheme = (
      await t.admin.ok(CREATE, {
        input: {
          name: 'Raked',
          kind: 'RAKING',
          tolerance: 1e-9,
          margins: [
            {
              variable: 'unit',
              targets: [
                { value: wa, population: 60 },
                { value: wb, population: 40 },
              ],
            },
            {
              variable: 'category',
              targets: [
                { value: 'insured', population: 70 },
                { value: 'employer', population: 30 },
              ],
            },
          ],
        },
      })
    ).createWeightingScheme;
    const { scores } = await t.admin.ok(WEIGHTED, {
      input: input({ unitId: parent, from: '2026-09-01', to: '2026-10-01', weightingSchemeId: scheme.id }),
    });
    // One cell each: raking converges to unit × category / total: 60·70/100 = 42, 18, 28, 12.
    // speed = (42·100 + 18·75 + 28·50 + 12·0)/100 = 69.5
    expect(scores.nodes.find((n: any) => n.key === 'speed').score).toBeCloseTo(69.5, 9);
    expect(scores.weighting).toMatchObject({ converged: true, outOfFrame: 0, uncovered: [] });
    const refused = await t.admin.fails(CREATE, {
      input: {
        name: 'One margin',
        kind: 'RAKING',
        margins: [{ variable: 'unit', targets: [{ value: wa, population: 1 }] }],
      },
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'margins' });
  });
});

describe('result exports', () => {
  const get = async (path: string) =>
    fetch(`${app.url}${path}`, { headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}` } });

  it('exports every node for the unit and its children as CSV', async () => {
    const response = await get(
      `/api/exports/results?modelId=${modelId}&unitId=${t.headOfficeId}&from=2026-03-01&to=2026-05-01&children=true`,
    );
    expect(response.status).toBe(200);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    const ho = rows.filter((r) => r.unit_code === 'HO');
    expect(ho.map((r) => r.node_key)).toEqual(['index', 'speed', 'complaints']);
    expect(Number(ho[0].score)).toBeCloseTo(77.5, 9); // as in the first test: (3·75 + 85)/4
    expect(rows.filter((r) => r.unit_code === 'SOUTH' && r.node_key === 'index').map((r) => Number(r.score))).toEqual([
      88.125,
    ]);
    // Filtered as on the dashboard: only lawyers (NORTH's speed 5 → 100) — the speed node over 1 response.
    const lawyers = parse(
      await (
        await get(
          `/api/exports/results?modelId=${modelId}&unitId=${t.headOfficeId}&from=2026-03-01&to=2026-05-01&respondentCategory=lawyer`,
        )
      ).text(),
      { columns: true, bom: true },
    ) as Record<string, string>[];
    expect(lawyers.find((r) => r.node_key === 'speed')).toMatchObject({ score: '100', n: '1' });
  });

  it('exports the A-11 customer-experience collection: unit × channel × quarter with answer counts', async () => {
    await t.admin.ok(
      `mutation { createMetric(input: { key: "served", label: "Customers served", kind: FLOW, worst: 0, target: 1000 }) { id } }`,
    );
    await t.admin.ok(
      `mutation { recordMetric(input: { metricKey: "served", unitId: "${units.NORTH}", periodStart: "2026-01-01", periodEnd: "2026-04-01", value: 500 }) { id } }`,
    );
    const response = await get(
      `/api/exports/cx-a11?questionnaireId=${questionnaireId}&unitId=${t.headOfficeId}&from=2026-01-01&to=2026-07-01&questions=speed&servedMetric=served`,
    );
    expect(response.status).toBe(200);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    const north = rows.find((r) => r.unit_code === 'NORTH' && r.quarter === '2026-Q1')!;
    // NORTH in Q1 2026: speed 5 and 4 (the test response does not count)
    expect(north).toMatchObject({
      channel: 'WEB_LINK',
      customers_served: '500',
      surveys_offered: '',
      respondents: '2',
      q1_5: '1',
      q1_4: '1',
      q1_1: '0',
      q2_1: '',
    });
    const bad = await get(
      `/api/exports/cx-a11?questionnaireId=${questionnaireId}&unitId=${t.headOfficeId}&from=2026-01-01&to=2026-07-01&questions=role`,
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toMatch(/Not five-point questions/);
  });
});

describe('A-11 surveys offered', () => {
  it('counts views of the survey through a link as offers, beside the respondents', async () => {
    const { links } = await createDistribution(t.admin, {
      name: 'Poster',
      questionnaireId,
      channel: 'KIOSK',
      unitIds: [units.EAST],
    });
    const visitor = app.client();
    for (let i = 0; i < 3; i++)
      await visitor.ok(`query($t: String!) { surveyByToken(token: $t) { versionNumber } }`, { t: links[0].token });
    await visitor.ok(SUBMIT, { input: { token: links[0].token, clientRequestId: requestId(), answers: { speed: 4 } } });
    const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const response = await fetch(
      `${app.url}/api/exports/cx-a11?questionnaireId=${questionnaireId}&unitId=${t.headOfficeId}&from=2026-01-01&to=2100-01-01&questions=speed`,
      {
        headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}` },
      },
    );
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    expect(rows.find((r) => r.unit_code === 'EAST' && r.channel === 'KIOSK' && r.quarter === quarter)).toMatchObject({
      surveys_offered: '3',
      respondents: '1',
      q1_4: '1',
    });
  });
});

describe('moving a unit', () => {
  it('re-files its history under the new parent', async () => {
    const period = { from: '2026-04-01', to: '2026-05-01' };
    const northBefore = (await t.admin.ok(SCORES, { input: input({ unitId: units.NORTH, ...period }) })).scores
      .responseCount;
    await t.admin.ok(`mutation { moveOrgUnit(input: { id: "${units.EAST}", newParentId: "${units.NORTH}" }) { id } }`);
    const northAfter = (await t.admin.ok(SCORES, { input: input({ unitId: units.NORTH, ...period }) })).scores;
    // EAST's two April responses now count under NORTH.
    expect(northAfter.responseCount).toBe(northBefore + 2);
    await t.admin.ok(
      `mutation { moveOrgUnit(input: { id: "${units.EAST}", newParentId: "${t.headOfficeId}" }) { id } }`,
    );
  });
});
