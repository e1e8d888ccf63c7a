import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { requestId } from '../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * Rules of design.md §4 read through the API: competition ranks on shown scores, the
 * significance of a delta, the band of the shown score; and a retired version refusing responses.
 * The one question is a number field on 0–100, so an answer v scores s = 100·(v − 0)/(100 − 0) = v.
 */
let app: TestApp;
let t: Tenant;
let questionnaireId: string;
let versionId: string;
let modelId: string;
const units: Record<string, string> = {};

const CREATE_MODEL = graphql(`mutation RulesCreateModel($input: CreateIndicatorModelInput!) {
  createIndicatorModel(input: $input) { id }
}`);
const PUBLISH_MODEL = graphql(`mutation RulesPublishModel($modelId: ID!) {
  publishIndicatorModel(input: { modelId: $modelId }) { id }
}`);
const RANKING = graphql(`query RulesRanking($input: ScoresInput!) {
  ranking(input: $input) { unit { code } rank score insufficient }
}`);
const SERIES = graphql(`query RulesSeries($input: ScoresInput!) {
  scoreSeries(input: $input, granularity: MONTH) { label nodes { key score se } deltaPrevious { delta significant } }
}`);
const SCORES = graphql(`query RulesScores($input: ScoresInput!) {
  scores(input: $input) { nodes { key score band { key } } }
}`);
const OPEN = graphql(`mutation RulesOpen($input: OpenQuestionnaireVersionInput!) {
  openQuestionnaireVersion(input: $input) { token }
}`);
const RETIRE = graphql(`mutation RulesRetire($id: ID!) { retireQuestionnaireVersion(id: $id) { retiredAt } }`);
const RESTORE = graphql(`mutation RulesRestore($id: ID!) { restoreQuestionnaireVersion(id: $id) { retiredAt } }`);
const PIN = graphql(`mutation RulesPin($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }`);
const SUBMIT = graphql(`mutation RulesSubmit($input: SubmitResponseInput!) {
  submitResponse(input: $input) { responseId }
}`);

const survey = { elements: [{ type: 'text', inputType: 'number', name: 'pct', min: 0, max: 100 }] };

/** One response per value, at `unit`, completed at noon UTC on `day`. */
const respond = (unit: string, day: string, values: number[]) =>
  storeResponses(
    app,
    t.orgId,
    values.map((pct) => ({
      unitId: units[unit],
      questionnaireId,
      versionId,
      completedAt: `${day}T12:00:00Z`,
      answers: { pct },
    })),
  );

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Rules');
  for (const code of ['A', 'B', 'C', 'D', 'E', 'S', 'BAND']) {
    units[code] = (await newUnit(t.admin, t.headOfficeId, code)).id;
  }
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id)).id;
  modelId = (
    await t.admin.ok(CREATE_MODEL, {
      input: {
        unitId: t.headOfficeId,
        name: 'Rules index',
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
  await t.admin.ok(PUBLISH_MODEL, { modelId });
});
afterAll(() => app?.close());

const input = (unit: string, from: string, to: string) => ({ modelId, unitId: units[unit] ?? unit, from, to });

describe('ranking', () => {
  it('gives competition ranks (1, 2, 2, 4) on scores rounded to one decimal, as shown', async () => {
    await respond('A', '2026-01-10', [90]); // 90.0 → rank 1
    await respond('B', '2026-01-10', [87.54]); // 87.54 shows as 87.5 → rank 2
    await respond('C', '2026-01-10', [87.46]); // 87.46 shows as 87.5 → tied with B: rank 2, although lower unrounded
    await respond('D', '2026-01-10', [87.44]); // 87.44 shows as 87.4 → rank 4 (two units share rank 2; no rank 3)
    const { ranking } = await t.admin.ok(RANKING, { input: input(t.headOfficeId, '2026-01-01', '2026-02-01') });
    const ranked = ranking.filter((r) => !r.insufficient);
    // E, S and BAND have no response in January: listed as insufficient, unranked.
    expect(ranking.filter((r) => r.insufficient).map((r) => r.rank)).toEqual([null, null, null]);
    expect(ranked.map((r) => [r.unit.code, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
    expect(ranked.map((r) => r.score)).toEqual([90, 87.54, 87.46, 87.44].map((s) => expect.closeTo(s, 9)));
  });
});

describe('scoreSeries', () => {
  it('marks a delta significant only when |Δ| > 1.96·√(SE₁² + SE₂²)', async () => {
    // Each month two responses 20 apart: sd = √((10² + 10²)/(2 − 1)) = √200 ≈ 14.142, se = sd/√2 = 10.
    // Δ is significant above 1.96·√(10² + 10²) = 1.96·14.142 ≈ 27.72.
    await respond('S', '2026-01-15', [25, 45]); // mean 35
    await respond('S', '2026-02-15', [60, 80]); // mean 70: Δ = 35 > 27.72 → significant
    //  (yet 35 < 1.96·(10 + 10) = 39.2: adding the SEs instead of their squares would say "not significant")
    await respond('S', '2026-03-15', [80, 100]); // mean 90: Δ = 20 < 27.72 → not significant
    //  (yet 20 > √200 ≈ 14.14: leaving out the 1.96 would say "significant")
    const { scoreSeries } = await t.admin.ok(SERIES, { input: input('S', '2026-01-01', '2026-04-01') });
    expect(scoreSeries.map((p) => p.label)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(scoreSeries.map((p) => p.nodes[0].score)).toEqual([35, 70, 90].map((s) => expect.closeTo(s, 9)));
    expect(scoreSeries.map((p) => p.nodes[0].se)).toEqual([10, 10, 10].map((s) => expect.closeTo(s, 9)));
    const [, february, march] = scoreSeries;
    expect(february.deltaPrevious?.delta).toBeCloseTo(35, 9);
    expect(february.deltaPrevious?.significant).toBe(true);
    expect(march.deltaPrevious?.delta).toBeCloseTo(20, 9);
    expect(march.deltaPrevious?.significant).toBe(false);
  });
});

describe('bands', () => {
  it('are assigned from the score as shown: 89.96 shows as 90.0 and is "very satisfied"', async () => {
    const band = async (from: string, to: string) =>
      (await t.admin.ok(SCORES, { input: input('BAND', from, to) })).scores.nodes[0];
    await respond('BAND', '2026-05-10', [89.96]); // 89.96 → shown 90.0 → [90, 100]: very satisfied
    await respond('BAND', '2026-06-10', [89.94]); // 89.94 → shown 89.9 → [80, 90): fairly satisfied
    const may = await band('2026-05-01', '2026-06-01');
    expect(may.score).toBeCloseTo(89.96, 9);
    expect(may.band?.key).toBe('very_satisfied');
    const june = await band('2026-06-01', '2026-07-01');
    expect(june.score).toBeCloseTo(89.94, 9);
    expect(june.band?.key).toBe('fairly_satisfied');
  });
});

describe('retired versions', () => {
  const submitTo = (token: string) =>
    app.client().request(SUBMIT, { input: { token, answers: { pct: 50 }, clientRequestId: requestId() } });

  it('cannot be opened for responses or pinned by a distribution; restored, they can', async () => {
    const q = await newQuestionnaire(t.admin, units.E, survey, 'Retired, then restored');
    const v1 = await publish(t.admin, q.id, 'v1');
    await t.admin.ok(RETIRE, { id: v1.id });
    const open = await t.admin.fails(OPEN, { input: { versionId: v1.id, unitId: units.E } });
    expect(open.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'versionId' });
    expect(open.message).toBe('Version 1 is retired; open a current version.');
    const pin = await t.admin.fails(PIN, {
      input: { name: 'Pinned', questionnaireId: q.id, versionId: v1.id, channel: 'WEB_LINK', unitIds: [units.E] },
    });
    expect(pin.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'versionId' });
    expect(pin.message).toMatch(/^Version 1 is retired/);
    await t.admin.ok(RESTORE, { id: v1.id });
    const opened = await t.admin.ok(OPEN, { input: { versionId: v1.id, unitId: units.E } });
    const { token } = opened.openQuestionnaireVersion;
    expect((await submitTo(token)).errors).toBeUndefined();
  });

  // A link opened before its version was retired refuses new responses from then on.
  it('refuse new responses through submitResponse on a link opened before the retirement', async () => {
    const q = await newQuestionnaire(t.admin, units.E, survey, 'To retire');
    const v1 = await publish(t.admin, q.id, 'v1');
    const opened = await t.admin.ok(OPEN, { input: { versionId: v1.id, unitId: units.E } });
    const { token } = opened.openQuestionnaireVersion;
    expect((await submitTo(token)).errors).toBeUndefined();
    await t.admin.ok(RETIRE, { id: v1.id });
    const refused = await submitTo(token);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/retired/);
  });
});
