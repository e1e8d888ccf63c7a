/**
 * Small groups (design.md §4): where responses from anonymous or confidential distributions are
 * in a result, any score over fewer than the organisation's minimum group size (5) is withheld
 * with a reason — read from the rollups and from the tail alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollUpTail } from '../../server/results/rollup/upkeep.js';
import { createDistribution, requestId, SUBMIT } from '../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

let app: TestApp;
let t: Tenant;
let modelId: string;
let questionnaireId: string;
const units: Record<string, string> = {};

const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount withheldReason bandDistribution { share } nodes { key score n sd lostPoints withheldReason } } }`;
const RANKING = `query($input: ScoresInput!) { ranking(input: $input) { unit { code } score n insufficient withheldReason } }`;
const period = { from: '2026-03-01', to: '2026-04-01' };

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Court');
  units.HO = t.headOfficeId;
  units.A = (await newUnit(t.admin, t.headOfficeId, 'A')).id;
  units.B = (await newUnit(t.admin, t.headOfficeId, 'B')).id;
  units.C = (await newUnit(t.admin, t.headOfficeId, 'C')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('fair', 'clear'));
  questionnaireId = q.id;
  const version = await publish(t.admin, q.id, 'v1');
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Court users',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'fairness',
                kind: 'SURVEY',
                label: 'Fairness',
                items: [{ questionnaireId: q.id, question: 'fair' }],
              },
              {
                key: 'clarity',
                kind: 'SURVEY',
                label: 'Clarity',
                items: [{ questionnaireId: q.id, question: 'clear' }],
              },
            ],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  await app.app.rollups.runOnce();
  // A: 3 confidential responses; B: 3 identified ones; C: 6 confidential ones. The first
  // half is rolled up, the rest stays in the tail.
  const insert = (unit: string, confidential: boolean, fair: number) =>
    storeResponses(app, t.orgId, [
      {
        unitId: units[unit],
        questionnaireId: q.id,
        versionId: version.id,
        completedAt: '2026-03-10T10:00:00Z',
        answers: { fair, clear: 4 },
        confidential,
      },
    ]);
  for (const fair of [5, 4, 2]) await insert('A', true, fair);
  for (const fair of [5, 4, 2]) await insert('B', false, fair);
  await rollUpTail(app.orm.em.fork());
  for (const fair of [5, 5, 4, 4, 3, 1]) await insert('C', true, fair);
});
afterAll(() => app?.close());

describe('small groups in anonymous and confidential surveys', () => {
  it('withholds every score of a unit with fewer than 5 such responses, saying why', async () => {
    const { scores } = await t.admin.ok(SCORES, { input: { modelId, unitId: units.A, ...period } });
    expect(scores.responseCount).toBe(3);
    expect(scores.bandDistribution).toEqual([]);
    expect(scores.withheldReason).toMatch(/Fewer than 5 responses/);
    for (const node of scores.nodes) {
      expect(node.score).toBeNull();
      expect(node.sd).toBeNull();
      expect(node.lostPoints).toBeNull();
      expect(node.withheldReason).toMatch(/anonymous or confidential/);
    }
  });

  it('shows small groups of identified responses, and groups of 5 or more', async () => {
    const b = (await t.admin.ok(SCORES, { input: { modelId, unitId: units.B, ...period } })).scores;
    // fairness: (100 + 75 + 25) / 3 = 66.67; clarity: 75 → index (66.67 + 75) / 2 = 70.83.
    expect(b.nodes[0].score).toBeCloseTo(70.8333333, 6);
    expect(b.withheldReason).toBeNull();
    const c = (await t.admin.ok(SCORES, { input: { modelId, unitId: units.C, ...period } })).scores;
    // fairness: (100 + 100 + 75 + 75 + 50 + 0) / 6 = 66.67; clarity 75 → 70.83, over 6 responses.
    expect(c.nodes[0].score).toBeCloseTo(70.8333333, 6);
    expect(c.nodes.every((n: { withheldReason: string | null }) => n.withheldReason === null)).toBe(true);
    const ho = (await t.admin.ok(SCORES, { input: { modelId, unitId: units.HO, ...period } })).scores;
    expect(ho.responseCount).toBe(12);
    expect(ho.nodes[0].score).not.toBeNull();
  });

  it('lists a withheld unit in the ranking without its score', async () => {
    const { ranking } = await t.admin.ok(RANKING, { input: { modelId, unitId: units.HO, ...period } });
    const a = ranking.find((e: { unit: { code: string } }) => e.unit.code === 'A');
    expect(a).toMatchObject({ score: null, insufficient: true, n: 3 });
    expect(a.withheldReason).toMatch(/Fewer than 5/);
    expect(ranking.find((e: { unit: { code: string } }) => e.unit.code === 'B').score).toBeCloseTo(70.8333333, 6);
  });

  it('marks responses through anonymous and confidential distributions, not identified ones', async () => {
    const d = (units.D = (await newUnit(t.admin, t.headOfficeId, 'D')).id);
    const respondent = app.client();
    const send = async (anonymity: string) => {
      const { links } = await createDistribution(t.admin, {
        name: anonymity,
        questionnaireId,
        channel: 'WEB_LINK',
        unitIds: [d],
        anonymity,
      });
      const { submitResponse } = await respondent.ok(SUBMIT, {
        input: { token: links[0].token, clientRequestId: requestId(), answers: { fair: 4, clear: 4 } },
      });
      const [row] = await app.orm.em
        .fork()
        .getConnection()
        .execute(`select confidential from response where id = ?`, [submitResponse.responseId]);
      return row.confidential;
    };
    expect(await send('ANONYMOUS')).toBe(true);
    expect(await send('CONFIDENTIAL')).toBe(true);
    expect(await send('IDENTIFIED')).toBe(false);
    const { scores } = await t.admin.ok(SCORES, {
      input: { modelId, unitId: d, from: '2020-01-01', to: '2100-01-01' },
    });
    expect(scores.responseCount).toBe(3);
    expect(scores.nodes[0]).toMatchObject({ score: null, withheldReason: expect.stringMatching(/Fewer than 5/) });
  });
});
