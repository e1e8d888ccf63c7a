import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CasesWorker } from '../../../server/cases/index.js';
import { CASES, startCases } from '../../support/cases.js';
import { createDistribution, eventually, requestId, SUBMIT } from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish } from '../../support/questionnaires.js';

/*
 * Alert rules on the response's own index (issue 17): SCORE_BELOW fires strictly below its threshold, BAND_IS on the
 * response's band (the default bands: unqualified < 60 ≤ dissatisfied < 70 ≤ … ≤ very_satisfied ≤ 100).
 * The model's index is the mean of two SURVEY leaves, each a 1–5 rating scored (x − 1) · 25.
 */

let app: TestApp;
let cases: CasesWorker;
let t: Tenant;
let token: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'speed', title: 'How fast were you served?', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'staff', title: 'How helpful were the staff?', rateMin: 1, rateMax: 5 },
      ],
    },
  ],
};
const RULE = `mutation($input: SaveAlertRuleInput!) { saveAlertRule(input: $input) { id } }`;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);

async function submit(answers: Record<string, unknown>): Promise<string> {
  const r = await app.client().request(SUBMIT, { input: { token, answers, clientRequestId: requestId() } });
  expect(r.errors).toBeUndefined();
  return r.data!.submitResponse.responseId;
}

/** Waits until `expected` responsesStored jobs of the alert queue have been worked. */
async function alertsWorked(expected: number) {
  await eventually(
    async () => {
      const [row] = await sql(
        `select count(*) filter (where state = 'completed')::int done, count(*)::int n from pgboss.job where name = 'cases-alerts'`,
      );
      return row.n >= expected && row.done === row.n;
    },
    20_000,
    `${expected} alert jobs worked`,
  );
}

const alertsFor = async (responseId: string) =>
  (await t.admin.ok(CASES, { filter: { origin: 'ALERT' } })).cases.edges
    .map((e: { node: { responseId: string; description: string } }) => e.node)
    .filter((c: { responseId: string }) => c.responseId === responseId);

beforeAll(async () => {
  app = await startTestApp();
  cases = await startCases(app);
  t = await newTenant(app, 'Score alerts');
  const branch = await newUnit(t.admin, t.headOfficeId, 'LVIV');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter survey');
  await publish(t.admin, q.id, 'v1');
  const { createIndicatorModel } = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Counter index',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId: q.id, question: 'speed' }] },
              { key: 'staff', kind: 'SURVEY', label: 'Staff', items: [{ questionnaireId: q.id, question: 'staff' }] },
            ],
          },
        },
      },
    },
  );
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${createIndicatorModel.id}" }) { id } }`);
  token = (
    await createDistribution(t.admin, {
      name: 'Counter',
      questionnaireId: q.id,
      channel: 'WEB_LINK',
      anonymity: 'IDENTIFIED',
      unitIds: [branch.id],
    })
  ).links[0].token as string;
  await t.admin.ok(RULE, {
    input: { name: 'Low index', questionnaireId: q.id, condition: 'SCORE_BELOW', threshold: 50 },
  });
  await t.admin.ok(RULE, {
    input: { name: 'Delighted', questionnaireId: q.id, condition: 'BAND_IS', values: ['very_satisfied'] },
  });
}, 120_000);

afterAll(async () => {
  await cases?.stop();
  await app?.close();
});

it('opens an alert for an index below the threshold, none at or above it', async () => {
  // speed 2 → 25, staff 3 → 50: index (25 + 50) / 2 = 37.5, below 50.
  const low = await submit({ speed: 2, staff: 3 });
  // speed 3 → 50, staff 3 → 50: index 50, not strictly below 50 (band unqualified, which no rule names).
  const edge = await submit({ speed: 3, staff: 3 });
  await alertsWorked(2);
  const [alert] = await eventually(async () => (await alertsFor(low)).length && alertsFor(low), 20_000, 'an alert');
  expect(alert.description).toBe('Alert "Low index": the response scored 37.5, below 50.');
  expect(await alertsFor(edge)).toEqual([]);
});

it('opens an alert for a response in the named band, and none in another', async () => {
  // speed 5 → 100, staff 4 → 75: index 87.5, band fairly_satisfied (80–90): no rule.
  const fairly = await submit({ speed: 5, staff: 4 });
  // speed 5, staff 5: index 100, band very_satisfied.
  const delighted = await submit({ speed: 5, staff: 5 });
  await alertsWorked(4);
  const [alert] = await eventually(
    async () => (await alertsFor(delighted)).length && alertsFor(delighted),
    20_000,
    'an alert',
  );
  expect(alert.description).toBe('Alert "Delighted": the response is in band very_satisfied.');
  expect(await alertsFor(fairly)).toEqual([]);
});
