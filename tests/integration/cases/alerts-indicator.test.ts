import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CasesWorker } from '../../../server/cases/index.js';
import { openAlertCases } from '../../../server/cases/alerts.js';
import { CASES, startCases } from '../../support/cases.js';
import { createDistribution, eventually, requestId, SUBMIT } from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish } from '../../support/questionnaires.js';

/*
 * Alert rules on one indicator of a unit over a period (issue 17): INDICATOR_BELOW fires when the unit's score on
 * the node is strictly below the threshold, INDICATOR_BAND_IS when its band is named; at most one case per rule,
 * unit and month, with two server copies (two cases workers) working the stored responses' jobs.
 * The model: index = mean of two SURVEY leaves, each a 1–5 rating scored (x − 1) · 25; minResponses 2, so a unit's
 * score exists from its second response of the month.
 */

let app: TestApp;
let first: CasesWorker;
let second: CasesWorker;
let t: Tenant;
let modelId: string;
let questionnaireId: string;
const tokens: Record<string, string> = {};
const kyivResponses: string[] = [];
const month = new Date().toISOString().slice(0, 7); // the organisation's time zone is UTC

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
const RULE = `mutation($input: SaveAlertRuleInput!) { saveAlertRule(input: $input) { id modelId indicatorKey period } }`;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);

async function submit(unit: string, answers: Record<string, unknown>): Promise<string> {
  const r = await app
    .client()
    .request(SUBMIT, { input: { token: tokens[unit], answers, clientRequestId: requestId() } });
  expect(r.errors).toBeUndefined();
  return r.data!.submitResponse.responseId;
}

/**
 * Waits until the alert queue's responsesStored jobs hold `expected` responses, all worked. Counted by
 * response, not by job: the group commit may store concurrent submissions in one event.
 */
async function alertsWorked(expected: number) {
  await eventually(
    async () => {
      const [row] = await sql(
        `select coalesce(sum(jsonb_array_length(data -> 'event' -> 'responses')) filter (where state = 'completed'), 0)::int done,
                coalesce(sum(jsonb_array_length(data -> 'event' -> 'responses')), 0)::int n
           from pgboss.job where name = 'cases-alerts'`,
      );
      return row.n >= expected && row.done === row.n;
    },
    30_000,
    `${expected} alert jobs worked`,
  );
}

type AlertCase = { unitId: string; description: string; responseId: string | null };
const alerts = async (): Promise<AlertCase[]> =>
  (await t.admin.ok(CASES, { filter: { origin: 'ALERT' } })).cases.edges.map((e: { node: AlertCase }) => e.node);

beforeAll(async () => {
  app = await startTestApp();
  // Two server copies: each has its own job queue working the same pg-boss queue.
  [first, second] = await Promise.all([startCases(app), startCases(app)]);
  t = await newTenant(app, 'Indicator alerts');
  const lviv = await newUnit(t.admin, t.headOfficeId, 'LVIV');
  const kyiv = await newUnit(t.admin, t.headOfficeId, 'KYIV');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter survey');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
  const { createIndicatorModel } = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Counter index',
        definition: {
          minResponses: 2,
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
  modelId = createIndicatorModel.id;
  await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
  for (const [code, unit] of [
    ['LVIV', lviv],
    ['KYIV', kyiv],
  ] as const)
    tokens[code] = (
      await createDistribution(t.admin, {
        name: `Counter ${code}`,
        questionnaireId: q.id,
        channel: 'WEB_LINK',
        anonymity: 'IDENTIFIED',
        unitIds: [unit.id],
      })
    ).links[0].token as string;
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await app?.close();
});

it('refuses an indicator rule without a model or with a key the model does not have', async () => {
  const base = { name: 'Slow', questionnaireId, condition: 'INDICATOR_BELOW', threshold: 50 };
  const noModel = await t.admin.request(RULE, { input: { ...base, indicatorKey: 'speed' } });
  expect(noModel.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'modelId' });
  expect(noModel.errors?.[0].message).toBe(
    "Condition INDICATOR_BELOW reads a unit's indicator score: choose the indicator model.",
  );
  const badKey = await t.admin.request(RULE, { input: { ...base, modelId, indicatorKey: 'sped' } });
  expect(badKey.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorKey' });
  expect(badKey.errors?.[0].message).toBe('Choose one of the indicators of "Counter index" (index, speed, staff).');
});

it('opens one case per unit and month when its indicator score falls below the threshold', async () => {
  const rule = (
    await t.admin.ok(RULE, {
      input: {
        name: 'Slow counter',
        questionnaireId,
        condition: 'INDICATOR_BELOW',
        modelId,
        indicatorKey: 'speed',
        threshold: 50,
      },
    })
  ).saveAlertRule;
  expect(rule).toMatchObject({ modelId, indicatorKey: 'speed', period: 'MONTH' });
  // LVIV's first response: speed 2 → 25, but one response is below the model's minimum of 2: no score, no case.
  await submit('LVIV', { speed: 2, staff: 4 });
  await alertsWorked(1);
  expect(await alerts()).toEqual([]);
  // KYIV: speed 4 → 75 and 3 → 50, mean 62.5: not below 50.
  kyivResponses.push(await submit('KYIV', { speed: 4, staff: 4 }), await submit('KYIV', { speed: 3, staff: 4 }));
  // LVIV's second: speed 3 → 50; the mean (25 + 50) / 2 = 37.5 is below 50.
  await submit('LVIV', { speed: 3, staff: 4 });
  await alertsWorked(4);
  const [opened] = (await eventually(
    async () => (await alerts()).length && alerts(),
    20_000,
    'an alert',
  )) as AlertCase[];
  expect(opened.responseId).toBeNull();
  expect(opened.description).toBe(
    `Alert "Slow counter": "Speed" of Unit LVIV scored 37.5 in ${month} (2 responses), below 50.`,
  );
  // Three more at once, worked by both copies: speed 2, 2, 1 → 25, 25, 0; the month's mean falls to
  // (25 + 50 + 25 + 25 + 0) / 5 = 25, still below, and the month has its case: no other opens.
  await Promise.all([
    submit('LVIV', { speed: 2, staff: 4 }),
    submit('LVIV', { speed: 2, staff: 4 }),
    submit('LVIV', { speed: 1, staff: 4 }),
  ]);
  await alertsWorked(7);
  expect((await alerts()).map((c) => c.description)).toEqual([opened.description]);
});

it('opens one case on a band, once, when two copies read the same unit and month at the same instant', async () => {
  await t.admin.ok(RULE, {
    input: {
      name: 'Staff only satisfied',
      questionnaireId,
      condition: 'INDICATOR_BAND_IS',
      modelId,
      indicatorKey: 'staff',
      values: ['satisfied'],
    },
  });
  // KYIV's two responses' jobs, run again together as two copies would run two jobs of one unit and month.
  // Staff 4 and 4 → 75 and 75, mean 75: band satisfied (70 ≤ 75 < 80). LVIV's are not in these jobs.
  const event = (id: string) => ({ responses: [{ orgId: t.orgId, id, distributionId: null }] });
  const run = () => Promise.all(kyivResponses.map((id) => openAlertCases(app.orm, app.config, event(id))));
  expect((await run()).sort()).toEqual([0, 1]);
  expect(await run()).toEqual([0, 0]);
  const banded = (await alerts()).filter((c) => c.description.startsWith('Alert "Staff only satisfied"'));
  expect(banded.map((c) => c.description)).toEqual([
    `Alert "Staff only satisfied": "Staff" of Unit KYIV scored 75.0 in ${month} (2 responses), in band satisfied.`,
  ]);
});
