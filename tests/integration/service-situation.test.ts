import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { createDistribution, requestId, SUBMIT } from '../support/distribution.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

/*
 * The service situation (design.md: equal treatment compares it) is set like the respondent
 * category: by a link, a distribution, an event rule (the event's type) or the event itself (its
 * payload), and by the interviewer entering a response. The respondent's own value comes first.
 */

let app: TestApp;
let t: Tenant;
let branch: { id: string };
let questionnaireId: string;
let versionId: string;

const OPEN = `mutation($input: OpenQuestionnaireVersionInput!) { openQuestionnaireVersion(input: $input) { token serviceSituation } }`;
const RULE = `mutation($input: EventRuleInput!) { saveEventRule(input: $input) { eventType serviceSituation } }`;
const RECORD = `mutation($input: RecordServiceEventInput!) { recordServiceEvent(input: $input) { outcome invitationId } }`;
const CALLS = `query($f: InvitationFilterInput!) { invitations(filter: $f) { edges { node { id callToken situation } } } }`;

async function situationOf(client: GraphQLClient, token: string, extra: Record<string, unknown> = {}) {
  const submitted = await client.ok(SUBMIT, {
    input: { token, answers: { speed: 4 }, clientRequestId: requestId(), ...extra },
  });
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select situation from response where id = ?`, [submitted.submitResponse.responseId]);
  return row.situation as string | null;
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension fund');
  branch = await newUnit(t.admin, t.headOfficeId, 'KHARKIV');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'));
  questionnaireId = q.id;
  versionId = (await publish(t.admin, q.id, 'v1')).id;
});
afterAll(() => app?.close());

describe('where a response’s service situation comes from', () => {
  it('a link records its situation on responses that give none; a given one comes first', async () => {
    const open = await t.admin.ok(OPEN, { input: { versionId, unitId: branch.id, serviceSituation: ' appeal ' } });
    expect(open.openQuestionnaireVersion.serviceSituation).toBe('appeal');
    const anonymous = app.client();
    expect(await situationOf(anonymous, open.openQuestionnaireVersion.token)).toBe('appeal');
    expect(await situationOf(anonymous, open.openQuestionnaireVersion.token, { serviceSituation: 'first_claim' })).toBe(
      'first_claim',
    );
    const plain = await t.admin.ok(OPEN, { input: { versionId, unitId: branch.id } });
    expect(await situationOf(anonymous, plain.openQuestionnaireVersion.token)).toBeNull();
  });

  it('a distribution records its situation, and a change applies to the next responses', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Counter',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [branch.id],
      serviceSituation: 'renewal',
    });
    const anonymous = app.client();
    expect(await situationOf(anonymous, d.links[0].token)).toBe('renewal');
    await t.admin.ok(
      `mutation($id: ID!, $input: UpdateDistributionInput!) { updateDistribution(id: $id, input: $input) { serviceSituation } }`,
      { id: d.id, input: { serviceSituation: 'first_claim' } },
    );
    expect(await situationOf(anonymous, d.links[0].token)).toBe('first_claim');
  });

  it('an event’s payload, else its type’s rule, else the distribution gives the invitation’s situation', async () => {
    const phone = await createDistribution(t.admin, {
      name: 'Calls after payment',
      questionnaireId,
      channel: 'PHONE',
      unitIds: [t.headOfficeId],
      serviceSituation: 'any_call',
    });
    const rule = await t.admin.ok(RULE, {
      input: {
        eventType: 'pension_paid',
        distributionId: phone.id,
        deadlineWorkingDays: 5,
        serviceSituation: 'payment',
      },
    });
    expect(rule.saveEventRule.serviceSituation).toBe('payment');
    await t.admin.ok(RULE, { input: { eventType: 'visit', distributionId: phone.id, deadlineWorkingDays: 5 } });
    const event = async (externalId: string, type: string, serviceSituation?: string) =>
      (
        await t.admin.ok(RECORD, {
          input: {
            externalId,
            type,
            unitId: branch.id,
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            contact: `+38067${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`,
            serviceSituation,
          },
        })
      ).recordServiceEvent.invitationId as string;
    const byRule = await event('E-1', 'pension_paid');
    const byPayload = await event('E-2', 'pension_paid', 'complaint');
    const byDistribution = await event('E-3', 'visit');
    const calls = (await t.admin.ok(CALLS, { f: { distributionId: phone.id } })).invitations.edges.map(
      (e: any) => e.node,
    );
    const call = (id: string) => calls.find((c: any) => c.id === id);
    expect([call(byRule).situation, call(byPayload).situation, call(byDistribution).situation]).toEqual([
      'payment',
      'complaint',
      null, // the invitation has none of its own: the distribution's applies when answered
    ]);
    expect(await situationOf(t.admin, call(byRule).callToken)).toBe('payment');
    expect(await situationOf(t.admin, call(byPayload).callToken)).toBe('complaint');
    expect(await situationOf(t.admin, call(byDistribution).callToken)).toBe('any_call');
  });

  it('an interviewer entering a response sets its situation', async () => {
    const paper = await t.admin.ok(OPEN, {
      input: { versionId, unitId: branch.id, channel: 'PAPER', serviceSituation: 'office_visit' },
    });
    const interviewer = await newUserWithRole(app, t, 'INTERVIEWER', branch.id);
    const token = paper.openQuestionnaireVersion.token;
    expect(await situationOf(interviewer, token, { serviceSituation: 'home_visit' })).toBe('home_visit');
    expect(await situationOf(interviewer, token)).toBe('office_visit');
  });
});

const SET_SITUATIONS = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { serviceSituations { code labels { language text } } } }`;
const ASKED = `query($token: String!) { surveyByToken(token: $token) { serviceSituations { code labels { language text } } } }`;
const SITUATIONS = [
  {
    code: 'first_claim',
    labels: [
      { language: 'en', text: 'Claiming a benefit for the first time' },
      { language: 'zh-CN', text: '首次申领待遇' },
      { language: 'uk', text: 'Перше звернення по виплату' },
    ],
  },
  { code: 'appeal', labels: [{ language: 'en', text: 'Appealing a decision' }] },
];

describe('the runner asks the service situation from the organisation’s list', () => {
  it('an administrator keeps the list; a duplicate code or a missing default label is refused', async () => {
    const set = await t.admin.ok(SET_SITUATIONS, { input: { serviceSituations: SITUATIONS } });
    expect(set.updateOrganization.serviceSituations).toEqual(SITUATIONS);
    const twice = await t.admin.fails(SET_SITUATIONS, {
      input: { serviceSituations: [SITUATIONS[1], { ...SITUATIONS[1], code: ' appeal ' }] },
    });
    expect([twice.extensions?.code, twice.extensions?.field, twice.message]).toEqual([
      'BAD_USER_INPUT',
      'serviceSituations',
      'The service situation "appeal" is listed twice; give each a code of its own.',
    ]);
    const unlabelled = await t.admin.fails(SET_SITUATIONS, {
      input: { serviceSituations: [{ code: 'visit', labels: [{ language: 'uk', text: 'Візит' }] }] },
    });
    expect(unlabelled.message).toBe('The service situation "visit" needs a label in en, the default language.');
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    expect((await analyst.fails(SET_SITUATIONS, { input: { serviceSituations: [] } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // The refused changes left the list as it was.
    const kept = await t.admin.ok(`{ organization { serviceSituations { code } } }`);
    expect(kept.organization.serviceSituations.map((s: { code: string }) => s.code)).toEqual(['first_claim', 'appeal']);
  });

  it('a distribution that asks offers the list; the chosen code is stored; a given situation is not asked', async () => {
    await t.admin.ok(SET_SITUATIONS, { input: { serviceSituations: SITUATIONS } });
    const base = { questionnaireId, channel: 'WEB_LINK', unitIds: [branch.id] };
    const asking = await createDistribution(t.admin, { ...base, name: 'Asks', askServiceSituation: true });
    const anonymous = app.client();
    const token = asking.links[0].token;
    const asked = (await anonymous.ok(ASKED, { token })).surveyByToken.serviceSituations;
    expect(asked).toEqual(SITUATIONS);
    expect(await situationOf(anonymous, token, { serviceSituation: 'appeal' })).toBe('appeal');
    // Set by the distribution, or not asked: the runner asks nothing.
    const preset = await createDistribution(t.admin, {
      ...base,
      name: 'Appeals desk',
      askServiceSituation: true,
      serviceSituation: 'appeal',
    });
    expect((await anonymous.ok(ASKED, { token: preset.links[0].token })).surveyByToken.serviceSituations).toEqual([]);
    const silent = await createDistribution(t.admin, { ...base, name: 'Silent' });
    expect((await anonymous.ok(ASKED, { token: silent.links[0].token })).surveyByToken.serviceSituations).toEqual([]);
    // Turned on later, the next visit asks.
    await t.admin.ok(
      `mutation($id: ID!, $input: UpdateDistributionInput!) { updateDistribution(id: $id, input: $input) { askServiceSituation } }`,
      { id: silent.id, input: { askServiceSituation: true } },
    );
    expect((await anonymous.ok(ASKED, { token: silent.links[0].token })).surveyByToken.serviceSituations).toHaveLength(
      2,
    );
  });
});
