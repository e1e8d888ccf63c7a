/* eslint-disable max-lines -- one feature's end-to-end cases share their fixtures (tenant, units, versions); split by feature when it grows */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let questionnaireV1: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'speed', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'courtesy', rateMin: 1, rateMax: 5 },
        { type: 'matrix', name: 'grid', columns: [1, 2, 3, 4, 5], rows: ['staff', 'forms'] },
        { type: 'rating', name: 'recommend', rateMin: 0, rateMax: 10 },
        { type: 'radiogroup', name: 'resolved', choices: ['yes', 'partly', 'no'] },
        { type: 'comment', name: 'remarks' },
      ],
    },
  ],
};

const CREATE = `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id draftRevision } }`;
const SAVE = `mutation($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { model { draftRevision } problems { nodeKey message } } }`;
const PUBLISH = `mutation($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id number contentHash definition { minResponses nodes { key parentKey depth kind weight } bands { key min max } } } }`;
const SCORE = `query($input: ScoreResponseInput!) { scoreResponse(input: $input) { score band { key label } nodes { key parentKey score value band { key } } } }`;

const item = (question: string, extra: Record<string, unknown> = {}) => ({ questionnaireId, question, ...extra });

/** INDEX → service (w3: S1 speed+courtesy, L1 grid rows) + outcome (w1: resolved by valueScores) ; NPS beside. */
function definition() {
  return {
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Overall satisfaction index',
      labelTranslations: [
        { locale: 'zh-cn', text: '满意度总指数' },
        { locale: 'uk', text: 'Загальний індекс задоволеності' },
      ],
      children: [
        {
          key: 'service',
          kind: 'DIMENSION',
          label: 'Service',
          weight: 3,
          minShare: 0.5,
          maxShare: 0.9,
          mandatory: true,
          children: [
            {
              key: 'S1',
              kind: 'SURVEY',
              label: 'Speed and courtesy',
              weight: 1,
              items: [item('speed'), item('courtesy')],
            },
            {
              key: 'L1',
              kind: 'LIKERT_SUM',
              label: 'Staff and forms',
              weight: 1,
              items: [item('grid', { row: 'staff' }), item('grid', { row: 'forms' })],
            },
          ],
        },
        {
          key: 'outcome',
          kind: 'DIMENSION',
          label: 'Outcome',
          weight: 1,
          minShare: 0.1,
          maxShare: 0.5,
          children: [
            {
              key: 'R1',
              kind: 'SURVEY',
              label: 'Problem resolved',
              items: [
                item('resolved', {
                  valueScores: [
                    { value: 'yes', score: 1 },
                    { value: 'partly', score: 0.5 },
                    { value: 'no', score: 0 },
                  ],
                }),
              ],
            },
          ],
        },
        { key: 'N1', kind: 'NPS', label: 'Would recommend', items: [item('recommend')] },
      ],
    },
  };
}

async function newModel(def: unknown = definition(), unitId = t.headOfficeId, client = t.admin) {
  return (await client.ok(CREATE, { input: { unitId, name: 'Service quality', definition: def } }))
    .createIndicatorModel as { id: string; draftRevision: number };
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Social Security Fund');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter survey');
  questionnaireId = q.id;
  questionnaireV1 = (await publish(t.admin, q.id, 'v1')).id;
});
afterAll(() => app?.close());

describe('indicator models', () => {
  it('publishes a typed tree, with flat nodes, default bands and effective weights', async () => {
    const model = await newModel();
    const { publishIndicatorModel: v1 } = await t.admin.ok(PUBLISH, {
      input: { modelId: model.id, changelog: 'first' },
    });
    expect(v1.number).toBe(1);
    expect(v1.definition.minResponses).toBe(30);
    const read = await t.admin.ok(`query($id: ID!) { indicatorModelVersion(id: $id) { id number } }`, { id: v1.id });
    expect(read.indicatorModelVersion).toEqual({ id: v1.id, number: 1 });
    expect(v1.definition.nodes.map((n: any) => [n.key, n.parentKey, n.depth])).toEqual([
      ['index', null, 0],
      ['service', 'index', 1],
      ['S1', 'service', 2],
      ['L1', 'service', 2],
      ['outcome', 'index', 1],
      ['R1', 'outcome', 2],
      ['N1', 'index', 1],
    ]);
    expect(v1.definition.bands.map((b: any) => [b.key, b.min, b.max])).toEqual([
      ['unqualified', 0, 60],
      ['dissatisfied', 60, 70],
      ['satisfied', 70, 80],
      ['fairly_satisfied', 80, 90],
      ['very_satisfied', 90, 100],
    ]);
    const weights = await t.admin.ok(`{ effectiveWeights(versionId: "${v1.id}") { key share effectiveWeight } }`);
    const w = Object.fromEntries(weights.effectiveWeights.map((x: any) => [x.key, x.effectiveWeight]));
    // service 3/(3+1) = 0.75 → S1, L1 0.375 each; outcome 0.25 → R1 0.25; NPS not in the index → 0
    expect(w).toEqual({ index: 1, service: 0.75, S1: 0.375, L1: 0.375, outcome: 0.25, R1: 0.25, N1: 0 });
  });

  it('scores a hypothetical response by hand-checkable numbers', async () => {
    const model = await newModel();
    const version = (await t.admin.ok(PUBLISH, { input: { modelId: model.id } })).publishIndicatorModel;
    const answers = {
      speed: 5,
      courtesy: 3,
      grid: { staff: 4, forms: 2 },
      resolved: 'partly',
      recommend: 9,
      remarks: '<b>slow</b>',
    };
    const { scoreResponse } = await t.admin.ok(SCORE, {
      input: { modelVersionId: version.id, questionnaireVersionId: questionnaireV1, answers },
    });
    const s = Object.fromEntries(scoreResponse.nodes.map((n: any) => [n.key, n]));
    // S1 = (100 + 50)/2 = 75; L1 = (75 + 25)/2 = 50; service = (75 + 50)/2 = 62.5
    // R1: "partly" = 0.5 on 0–1 → 50; outcome = 50; index = (3·62.5 + 1·50)/4 = 59.375 → unqualified
    expect(s.S1.score).toBeCloseTo(75, 9);
    expect(s.L1).toMatchObject({ score: 50, value: 6 }); // raw 4 + 2
    expect(s.service.score).toBeCloseTo(62.5, 9);
    expect(s.R1.score).toBeCloseTo(50, 9);
    expect(scoreResponse.score).toBeCloseTo(59.375, 9);
    expect(scoreResponse.band.key).toBe('unqualified');
    expect(s.N1).toMatchObject({ value: 100, score: null, band: null });
  });

  it('a binding matches questionnaires derived from its own, and follows renamed questions through aliases', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, `BR-${Date.now()}`);
    const derived = (
      await t.admin.ok(
        `mutation { deriveQuestionnaire(versionId: "${questionnaireV1}", unitId: "${branch.id}") { id } }`,
      )
    ).deriveQuestionnaire;
    const renamed = structuredClone(survey) as any;
    renamed.pages[0].elements[0].name = 'speed_of_service';
    const branchVersion = await publish(t.admin, derived.id, 'renamed speed', renamed);

    const def = definition();
    (def.root.children[0].children![0].items as any)[0] = item('speed', { aliases: ['speed_of_service'] });
    const model = await newModel(def);
    const version = (await t.admin.ok(PUBLISH, { input: { modelId: model.id } })).publishIndicatorModel;
    const { scoreResponse } = await t.admin.ok(SCORE, {
      input: {
        modelVersionId: version.id,
        questionnaireVersionId: branchVersion.id,
        answers: { speed_of_service: 1, courtesy: 5 },
      },
    });
    // S1 = (0 + 100)/2 = 50 — the branch's renamed question counts for head office's binding
    expect(scoreResponse.nodes.find((n: any) => n.key === 'S1').score).toBeCloseTo(50, 9);
  });

  it('refuses a save over a newer revision and an unchanged publish', async () => {
    const model = await newModel();
    await t.admin.ok(SAVE, { input: { modelId: model.id, expectedRevision: 1, definition: definition() } });
    const stale = await t.admin.fails(SAVE, {
      input: { modelId: model.id, expectedRevision: 1, definition: definition() },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    await t.admin.ok(PUBLISH, { input: { modelId: model.id } });
    expect((await t.admin.fails(PUBLISH, { input: { modelId: model.id } })).message).toMatch(/identical to version 1/);
  });

  it('diffs two versions by node key', async () => {
    const model = await newModel();
    const v1 = (await t.admin.ok(PUBLISH, { input: { modelId: model.id } })).publishIndicatorModel;
    const def = definition();
    def.root.children[1].weight = 2;
    def.root.children.pop();
    (def.root.children[1].children as any).push({
      key: 'R2',
      kind: 'SURVEY',
      label: 'Courtesy again',
      items: [item('courtesy')],
    });
    await t.admin.ok(SAVE, { input: { modelId: model.id, expectedRevision: 1, definition: def } });
    const v2 = (await t.admin.ok(PUBLISH, { input: { modelId: model.id, changelog: 'reweighted' } }))
      .publishIndicatorModel;
    const diff = (
      await t.admin.ok(
        `{ indicatorModelVersionDiff(fromId: "${v1.id}", toId: "${v2.id}") { added { key } removed { key } changed { key changes { property before after } } model { property } } }`,
      )
    ).indicatorModelVersionDiff;
    expect(diff).toEqual({
      added: [{ key: 'R2' }],
      removed: [{ key: 'N1' }],
      changed: [{ key: 'outcome', changes: [{ property: 'weight', before: 1, after: 2 }] }],
      model: [],
    });
  });
});

describe('bad models get one clear error per node, and nothing is published', () => {
  it('lists every problem at publish', async () => {
    const def: any = definition();
    def.root.children[0].weight = -1; // negative weight
    def.root.children[1].minShare = 0.6; // min > max
    def.root.children[1].maxShare = 0.2;
    def.root.children[0].children[0].items.push(item('remarks')); // free text
    def.root.children[0].children[1].key = 'S1'; // duplicate key
    def.root.children[1].children.push({ key: 'M1', kind: 'METRIC', label: 'Unknown metric', metricKey: 'nope' });
    def.root.children[1].children.push({
      key: 'Z',
      kind: 'DIMENSION',
      label: 'Zeros',
      children: [{ key: 'Z1', kind: 'SURVEY', label: 'z', weight: 0, items: [item('speed')] }],
    });
    def.root.children[1].children.push({
      key: 'Q',
      kind: 'SURVEY',
      label: 'Missing question',
      items: [item('no_such_question')],
    });
    def.bands = [
      { key: 'low', min: 0, max: 50, label: 'Low' },
      { key: 'high', min: 60, max: 100, label: 'High' },
    ];
    const model = await newModel(def);
    const error = await t.admin.fails(PUBLISH, { input: { modelId: model.id } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = (error.extensions!.problems as { nodeKey: string | null; message: string }[]).map(
      (p) => `${p.nodeKey}: ${p.message}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'null: Bands "low" and "high" leave a gap from 50 to 60.',
        'service: The weight must be zero or more (it is -1).',
        'outcome: minShare (0.6) is above maxShare (0.2).',
        'S1: Item 3 (remarks): it cannot be scored: a comment question has no numeric scale (free text and multiple choice cannot be scored).',
        'S1: Key "S1" is used by two nodes; keys must be unique in the model.',
        'M1: No metric with key "nope" is defined in your organisation.',
        'Z: All weights under "Z" are zero; at least one child needs a positive weight.',
        'Q: Item 1 (no_such_question): no question named "no_such_question" in the latest version of "Counter survey".',
      ]),
    );
    expect(problems).toHaveLength(8);
    const versions = await t.admin.ok(
      `{ indicatorModel(id: "${model.id}") { latestVersionNumber draftProblems { nodeKey } } }`,
    );
    expect(versions.indicatorModel.latestVersionNumber).toBe(0);
    expect(versions.indicatorModel.draftProblems).toHaveLength(8);
  });

  it('refuses overlapping bands, a binding min above its max, and a matrix without a row', async () => {
    const def: any = definition();
    def.bands = [
      { key: 'a', min: 0, max: 70, label: 'A' },
      { key: 'b', min: 60, max: 100, label: 'B' },
    ];
    def.root.children[0].children[0].items[0].min = 5;
    def.root.children[0].children[0].items[0].max = 1;
    delete def.root.children[0].children[1].items[0].row;
    const model = await newModel(def);
    const messages = (
      (await t.admin.fails(PUBLISH, { input: { modelId: model.id } })).extensions!.problems as any[]
    ).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Bands "a" and "b" overlap from 60 to 70.',
        'Item 1 (speed): its min (5) must be below its max (1).',
        'Item 1 (grid): it cannot be scored: it is a matrix: bind one of its rows (give "row").',
      ]),
    );
  });

  it('refuses a metric whose target equals its worst value', async () => {
    const error = await t.admin.fails(
      `mutation { createMetric(input: { key: "waiting_days", label: "Days to decision", kind: FLOW, worst: 30, target: 30 }) { id } }`,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'target' });
    expect(error.message).toMatch(/target and worst are both 30/);
  });
});

describe('branch variants', () => {
  it('may add local nodes and re-weight inside head office’s bounds, never remove a mandatory node', async () => {
    const hq = await newModel();
    const hqV1 = (await t.admin.ok(PUBLISH, { input: { modelId: hq.id } })).publishIndicatorModel;
    const region = await newUnit(t.admin, t.headOfficeId, `VAR-${Date.now()}`);
    const author = await newUserWithRole(app, t, 'AUTHOR', region.id);
    const variant = (
      await author.ok(
        `mutation { deriveIndicatorModel(versionId: "${hqV1.id}", unitId: "${region.id}") { id draftRevision parentModel { id } } }`,
      )
    ).deriveIndicatorModel;
    expect(variant.parentModel.id).toBe(hq.id);

    // A local dimension of weight 4: service's share becomes 3/8 = 37.5% (< 50%), outcome's 1/8 = 12.5% (ok).
    const diluted: any = definition();
    diluted.root.children.push({
      key: 'local',
      kind: 'DIMENSION',
      label: 'Parking',
      weight: 4,
      children: [{ key: 'P1', kind: 'SURVEY', label: 'Parking', items: [item('courtesy')] }],
    });
    await author.ok(SAVE, { input: { modelId: variant.id, expectedRevision: 1, definition: diluted } });
    const refused = await author.fails(PUBLISH, { input: { modelId: variant.id } });
    expect((refused.extensions!.problems as any[]).map((p) => p.message)).toEqual([
      '"service" has 37.5% of the weight under "index"; head office requires between 50% and 90%.',
    ]);

    const removed: any = definition();
    removed.root.children.splice(0, 1);
    await author.ok(SAVE, { input: { modelId: variant.id, expectedRevision: 2, definition: removed } });
    expect(
      ((await author.fails(PUBLISH, { input: { modelId: variant.id } })).extensions!.problems as any[]).map(
        (p) => p.message,
      ),
    ).toContain('"service" is mandatory in head office\'s model and cannot be removed.');

    // Local weight 1: service 3/5 = 60%, outcome 1/5 = 20%: inside both bounds.
    const refined: any = definition();
    refined.root.children.push({
      key: 'local',
      kind: 'DIMENSION',
      label: 'Parking',
      weight: 1,
      children: [{ key: 'P1', kind: 'SURVEY', label: 'Parking', items: [item('courtesy')] }],
    });
    await author.ok(SAVE, { input: { modelId: variant.id, expectedRevision: 3, definition: refined } });
    const published = (await author.ok(PUBLISH, { input: { modelId: variant.id, changelog: 'regional parking' } }))
      .publishIndicatorModel;
    expect(published.number).toBe(1);
    const diff = (
      await t.admin.ok(`{ indicatorModelVersionDiff(fromId: "${hqV1.id}", toId: "${published.id}") { added { key } } }`)
    ).indicatorModelVersionDiff;
    expect(diff.added.map((n: any) => n.key)).toEqual(['local', 'P1']);
  });
});

describe('administrative statistics', () => {
  it('records with upsert per metric, unit and period, keeping every change', async () => {
    await t.admin.ok(
      `mutation { createMetric(input: { key: "complaints", label: "Complaints received", measurementUnit: "complaints", kind: FLOW, worst: 0.05, target: 0.01, denominatorLabel: "applications" }) { id } }`,
    );
    const record = (value: number, denominator: number | null) =>
      t.admin.ok(
        `mutation($d: Float) { recordMetric(input: { metricKey: "complaints", unitId: "${t.headOfficeId}", periodStart: "2026-03-01", periodEnd: "2026-04-01", value: ${value}, denominator: $d }) { id value denominator periodStart periodEnd history { valueBefore valueAfter denominatorBefore denominatorAfter } } }`,
        { d: denominator },
      );
    const first = (await record(12, 400)).recordMetric;
    const second = (await record(14, 410)).recordMetric;
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ value: 14, denominator: 410, periodStart: '2026-03-01', periodEnd: '2026-04-01' });
    expect(second.history).toEqual([
      { valueBefore: null, valueAfter: 12, denominatorBefore: null, denominatorAfter: 400 },
      { valueBefore: 12, valueAfter: 14, denominatorBefore: 400, denominatorAfter: 410 },
    ]);
    const listed = await t.admin.ok(
      `{ metricObservations(metricKey: "complaints", unitId: "${t.headOfficeId}") { totalCount edges { node { value } } } }`,
    );
    expect(listed.metricObservations).toEqual({ totalCount: 1, edges: [{ node: { value: 14 } }] });

    const noDenominator = await t.admin.fails(
      `mutation { recordMetric(input: { metricKey: "complaints", unitId: "${t.headOfficeId}", periodStart: "2026-03-01", periodEnd: "2026-04-01", value: 1 }) { id } }`,
    );
    expect(noDenominator.message).toMatch(/give the denominator \(applications\)/);
    const badPeriod = await t.admin.fails(
      `mutation { recordMetric(input: { metricKey: "complaints", unitId: "${t.headOfficeId}", periodStart: "2026-04-01", periodEnd: "2026-03-01", value: 1, denominator: 2 }) { id } }`,
    );
    expect(badPeriod.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd' });
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    expect(
      (
        await analyst.fails(
          `mutation { recordMetric(input: { metricKey: "complaints", unitId: "${t.headOfficeId}", periodStart: "2026-05-01", periodEnd: "2026-06-01", value: 1, denominator: 2 }) { id } }`,
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('metricObservations is a connection: pages by period start, each observation once', async () => {
    await t.admin.ok(
      `mutation { createMetric(input: { key: "visits", label: "Visits", kind: FLOW, worst: 0, target: 100 }) { id } }`,
    );
    for (const [start, end, value] of [
      ['2026-01-01', '2026-02-01', 1],
      ['2026-02-01', '2026-03-01', 2],
      ['2026-03-01', '2026-04-01', 3],
    ]) {
      await t.admin.ok(
        `mutation { recordMetric(input: { metricKey: "visits", unitId: "${t.headOfficeId}", periodStart: "${start}", periodEnd: "${end}", value: ${value} }) { id } }`,
      );
    }
    const page = (after: string) =>
      t.admin.ok(
        `{ metricObservations(metricKey: "visits", unitId: "${t.headOfficeId}", first: 2${after}) { totalCount edges { node { value } } pageInfo { hasNextPage endCursor } } }`,
      );
    const one = (await page('')).metricObservations;
    expect(one).toMatchObject({
      totalCount: 3,
      edges: [{ node: { value: 1 } }, { node: { value: 2 } }],
      pageInfo: { hasNextPage: true },
    });
    const two = (await page(`, after: "${one.pageInfo.endCursor}"`)).metricObservations;
    expect(two).toMatchObject({ edges: [{ node: { value: 3 } }], pageInfo: { hasNextPage: false } });
  });

  it('a METRIC node publishes once its metric exists', async () => {
    await t.admin.ok(
      `mutation { createMetric(input: { key: "offices", label: "Offices", kind: STOCK, worst: 0, target: 10 }) { id } }`,
    );
    const def: any = definition();
    def.root.children[1].children.push({ key: 'M2', kind: 'METRIC', label: 'Office density', metricKey: 'offices' });
    const model = await newModel(def);
    expect((await t.admin.ok(PUBLISH, { input: { modelId: model.id } })).publishIndicatorModel.number).toBe(1);
  });
});
