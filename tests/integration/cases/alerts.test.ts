import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesWorker } from '../../../server/cases/index.js';
import { CASE, CASES, newPerson, startCases, type Person } from '../../support/cases.js';
import { createDistribution, eventually, requestId, SUBMIT } from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish } from '../../support/questionnaires.js';

/*
 * Alert rules on a questionnaire open an ALERT case for the response's unit, linked to the
 * response, with the rule's owner; a response of an anonymous distribution opens none.
 */

let app: TestApp;
let cases: CasesWorker;
let t: Tenant;
let branch: { id: string };
let owner: Person;
let questionnaireId: string;
let identifiedToken: string;
let anonymousToken: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'service', title: 'How was the service?', rateMin: 1, rateMax: 5 },
        { type: 'comment', name: 'comment', title: 'Anything else?' },
        { type: 'boolean', name: 'callMe', title: 'May we call you back?' },
      ],
    },
  ],
};

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const RULE = `mutation($input: SaveAlertRuleInput!) { saveAlertRule(input: $input) { id name condition } }`;

async function submit(token: string, answers: Record<string, unknown>): Promise<string> {
  const r = await app.client().request(SUBMIT, { input: { token, answers, clientRequestId: requestId() } });
  expect(r.errors).toBeUndefined();
  return r.data!.submitResponse.responseId;
}

/** Waits until every responsesStored job of the alert queue has been worked. */
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

async function alertCases() {
  return (await t.admin.ok(CASES, { filter: { origin: 'ALERT' } })).cases.edges.map((e: any) => e.node);
}

beforeAll(async () => {
  app = await startTestApp();
  cases = await startCases(app);
  t = await newTenant(app, 'Alerts');
  branch = await newUnit(t.admin, t.headOfficeId, 'ODESA');
  owner = await newPerson(app, t, 'UNIT_MANAGER', branch.id, 'AlertOwner');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter survey');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
  const link = async (anonymity: string) =>
    (
      await createDistribution(t.admin, {
        name: anonymity,
        questionnaireId,
        channel: 'WEB_LINK',
        anonymity,
        unitIds: [branch.id],
      })
    ).links[0].token as string;
  identifiedToken = await link('IDENTIFIED');
  anonymousToken = await link('ANONYMOUS');
  await t.admin.ok(RULE, {
    input: {
      name: 'Poor service',
      questionnaireId,
      condition: 'ANSWER_BELOW',
      question: 'service',
      threshold: 3,
      ownerId: owner.id,
    },
  });
  await t.admin.ok(RULE, {
    input: { name: 'Rude staff', questionnaireId, condition: 'KEYWORD', question: 'comment', values: ['态度差'] },
  });
  await t.admin.ok(RULE, {
    input: { name: 'Call back', questionnaireId, condition: 'CONTACT_ME', question: 'callMe' },
  });
});

afterAll(async () => {
  await cases?.stop();
  await app?.close();
});

describe('alerts from responses', () => {
  it('a rating below the threshold opens an ALERT case for the response’s unit, linked to it, with the rule’s owner', async () => {
    const responseId = await submit(identifiedToken, { service: 2 });
    const [found] = await eventually(async () => (await alertCases()).length && alertCases(), 20_000, 'an alert');
    const c = (await owner.client.ok(CASE, { id: found.id })).case;
    expect(c).toMatchObject({
      origin: 'ALERT',
      channel: 'SURVEY_ALERT',
      state: 'ASSIGNED',
      unitId: branch.id,
      ownerId: owner.id,
      responseId,
      hasContact: false,
    });
    expect(c.description).toBe('Alert "Poor service": "service" was answered 2, below 3.');
    // A rating of 3 is not below 3: no case.
    await submit(identifiedToken, { service: 3 });
    await alertsWorked(2);
    expect(await alertCases()).toHaveLength(1);
  });

  it('a keyword in a Chinese comment without spaces, and a "please contact me" answer, each open a case', async () => {
    const rude = await submit(identifiedToken, { service: 4, comment: '柜台工作人员态度差，等了很久' });
    const callMe = await submit(identifiedToken, { service: 5, callMe: true });
    await alertsWorked(4);
    const all = await alertCases();
    const rudeCase = all.find((c: any) => c.responseId === rude);
    expect(rudeCase.description).toBe(
      'Alert "Rude staff": a comment mentions "态度差".\n\n柜台工作人员态度差，等了很久',
    );
    expect(rudeCase.state).toBe('ACCEPTED');
    expect(all.find((c: any) => c.responseId === callMe).description).toBe(
      'Alert "Call back": the client asked to be contacted.',
    );
    expect(all).toHaveLength(3);
  });

  it('an anonymous distribution’s response opens none, however low', async () => {
    await submit(anonymousToken, { service: 1, comment: '态度差', callMe: true });
    await alertsWorked(5);
    expect(await alertCases()).toHaveLength(3);
  });

  it('a rule needs what its condition reads, said in a sentence', async () => {
    const error = await t.admin.fails(RULE, {
      input: { name: 'Low', questionnaireId, condition: 'ANSWER_BELOW', question: 'service' },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
    expect(error.message).toBe('Condition ANSWER_BELOW needs a threshold (the rule fires strictly below it).');
  });
});
