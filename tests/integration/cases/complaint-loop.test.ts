import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesWorker } from '../../../server/cases/index.js';
import type { DeliveryWorker } from '../../../server/distribution/index.js';
import { CASE, CREATE_CASE, move, newPerson, startCases, type Person } from '../../support/cases.js';
import {
  createDistribution,
  eventually,
  FAST_DELIVERY,
  requestId,
  startWorker,
  SUBMIT,
} from '../../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import { linkIn, startSmtp, type SmtpListener } from '../../support/smtp.js';

/*
 * The "Done when" loop of issue 17 on the real database and SMTP listener: a hotline complaint is
 * received, acknowledged (the client's e-mail arrives), accepted, assigned, transferred, resolved
 * and closed; the follow-up survey goes out within the rule's deadline, the client answers, and
 * the case shows the satisfaction with the handling. An invalid complaint is rejected with its
 * reason sent.
 */

let app: TestApp;
let smtp: SmtpListener;
let delivery: DeliveryWorker;
let cases: CasesWorker;
let t: Tenant;
let region: { id: string };
let lviv: { id: string };
let kyiv: { id: string };
let operator: Person;
let lvivManager: Person;
let kyivManager: Person;
let lvivOwner: Person;
let kyivOwner: Person;

const mailTo = (address: string) => smtp.received.filter((m) => m.to && JSON.stringify(m.to).includes(address));
const arrived = (address: string, n = 1) =>
  eventually(async () => mailTo(address).length >= n && mailTo(address), 20_000, `${n} mail(s) to ${address}`);

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ ...FAST_DELIVERY, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
  delivery = await startWorker(app);
  cases = await startCases(app);
  t = await newTenant(app, 'Insurer complaints');
  region = await newUnit(t.admin, t.headOfficeId, 'WEST', 'REGION');
  lviv = await newUnit(t.admin, region.id, 'LVIV');
  kyiv = await newUnit(t.admin, t.headOfficeId, 'KYIV');
  operator = await newPerson(app, t, 'INTERVIEWER', t.headOfficeId, 'Operator');
  lvivManager = await newPerson(app, t, 'UNIT_MANAGER', lviv.id, 'LvivManager');
  kyivManager = await newPerson(app, t, 'UNIT_MANAGER', kyiv.id, 'KyivManager', 'uk');
  lvivOwner = await newPerson(app, t, 'ANALYST', lviv.id, 'LvivOwner');
  kyivOwner = await newPerson(app, t, 'ANALYST', kyiv.id, 'KyivOwner');

  // The survey of satisfaction with the handling, scored by a one-item model: rating r → (r − 1) / 4 × 100.
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('handling'), 'Handling follow-up');
  await publish(t.admin, q.id, 'v1');
  const model = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Handling',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Handling',
            children: [
              { key: 'h', kind: 'SURVEY', label: 'Handling', items: [{ questionnaireId: q.id, question: 'handling' }] },
            ],
          },
        },
      },
    },
  );
  await t.admin.ok(`mutation($id: ID!) { publishIndicatorModel(input: { modelId: $id }) { id } }`, {
    id: model.createIndicatorModel.id,
  });
  const d = await createDistribution(t.admin, {
    name: 'Complaint follow-up',
    questionnaireId: q.id,
    channel: 'EMAIL',
    anonymity: 'CONFIDENTIAL',
    unitIds: [t.headOfficeId],
  });
  await t.admin.ok(`mutation($input: EventRuleInput!) { saveEventRule(input: $input) { id } }`, {
    input: { eventType: 'complaint_closed', distributionId: d.id, deadlineWorkingDays: 5 },
  });
});

afterAll(async () => {
  await cases?.stop();
  await delivery?.stop();
  await app?.close();
  await smtp?.close();
});

describe('a hotline complaint, from intake to the survey of its handling', () => {
  it('is received, acknowledged, accepted, assigned, transferred, resolved and closed, and shows the client’s satisfaction', async () => {
    const created = (
      await operator.client.ok(CREATE_CASE, {
        input: {
          unitId: lviv.id,
          channel: 'PHONE_HOTLINE',
          description: '理赔款迟迟未到账，客服态度冷淡。',
          contact: 'Client@Example.org',
          contactName: 'Wang Fang',
          language: 'zh-CN',
        },
      })
    ).createCase;
    expect(created).toMatchObject({
      state: 'RECEIVED',
      origin: 'COMPLAINT',
      currentStep: 'ACKNOWLEDGE',
      hasContact: true,
    });
    expect(created.reference).toMatch(/^C-\d{4}-[2-9A-HJ-NP-Z]{5}$/);
    expect(created.dueAt).toBe(created.acknowledgeDueAt);
    // Acknowledge within 1 working day, resolve within 5 (the defaults for NORMAL): resolve due after acknowledge.
    expect(new Date(created.resolveDueAt).getTime()).toBeGreaterThan(new Date(created.acknowledgeDueAt).getTime());
    const id = created.id;

    // The operator entered it but cannot decide it: that is the unit's managers'.
    const refused = await operator.client.fails(
      `mutation($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { id } }`,
      { input: { caseId: id, to: 'ACKNOWLEDGED' } },
    );
    expect(refused.extensions?.code).toBe('FORBIDDEN');

    await move(lvivManager.client, id, 'ACKNOWLEDGED');
    const [ack] = await arrived('client@example.org');
    expect(ack.subject).toBe(`您的投诉 ${created.reference} 已受理`);
    expect(ack.text).toContain(created.reference);

    await move(lvivManager.client, id, 'ACCEPTED');
    const assigned = await move(lvivManager.client, id, 'ASSIGNED', { ownerId: lvivOwner.id });
    expect(assigned.ownerId).toBe(lvivOwner.id);
    const [toOwner] = await arrived(lvivOwner.email);
    expect(toOwner.subject).toBe(`Case ${created.reference} is assigned to you`);

    const transferred = await move(lvivManager.client, id, 'TRANSFERRED', {
      unitId: kyiv.id,
      note: 'Claims are Kyiv’s',
    });
    expect(transferred).toMatchObject({ state: 'TRANSFERRED', unitId: kyiv.id, ownerId: null });
    const [toKyiv] = await arrived(kyivManager.email);
    expect(toKyiv.subject).toBe(`Справу ${created.reference} передано до Unit KYIV`);
    // Lviv's manager no longer sees it; Kyiv's does.
    expect((await lvivManager.client.fails(CASE, { id })).extensions?.code).toBe('FORBIDDEN');

    await move(kyivManager.client, id, 'ASSIGNED', { ownerId: kyivOwner.id });
    await move(kyivOwner.client, id, 'INVESTIGATING', { note: 'Payment held by a wrong bank code.' });
    const illegal = await kyivOwner.client.fails(
      `mutation($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { id } }`,
      { input: { caseId: id, to: 'CLOSED' } },
    );
    expect(illegal.extensions?.code).toBe('CONFLICT');
    expect(illegal.message).toBe(
      `A case that is INVESTIGATING cannot become CLOSED; from INVESTIGATING it can become TRANSFERRED or RESOLVED. (case ${created.reference})`,
    );
    const noResolution = await kyivOwner.client.fails(
      `mutation($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { id } }`,
      { input: { caseId: id, to: 'RESOLVED', responsibility: 'STAFF' } },
    );
    expect(noResolution.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolution' });
    const resolved = await move(kyivOwner.client, id, 'RESOLVED', {
      resolution: 'Paid with interest; bank code corrected.',
      responsibility: 'STAFF',
      cause: 'bank code',
      compensation: 'interest for 12 days',
    });
    expect(resolved).toMatchObject({ state: 'RESOLVED', resolvedOnTime: true, currentStep: null, overdue: false });

    const closed = await move(kyivManager.client, id, 'CLOSED');
    expect(closed.state).toBe('CLOSED');
    expect(closed.followUp).toMatchObject({ invitationStatus: 'QUEUED', satisfied: null });

    // The follow-up survey goes out to the client, within the rule's 5 working days.
    const mails = await arrived('client@example.org', 2);
    const survey = mails[1];
    const followUp = (await kyivManager.client.ok(CASE, { id })).case.followUp;
    expect(new Date(survey.date!).getTime()).toBeLessThan(new Date(followUp.deadlineAt).getTime());
    await eventually(
      async () => (await kyivManager.client.ok(CASE, { id })).case.followUp.deliveredAt,
      20_000,
      'delivered',
    );

    // The client answers 4 of 5: (4 − 1) / 4 × 100 = 75, satisfied (70 and up).
    const answered = await app.client().request(SUBMIT, {
      input: { token: linkIn(survey), answers: { handling: 4 }, clientRequestId: requestId() },
    });
    expect(answered.errors).toBeUndefined();
    const shown = await eventually(
      async () => {
        const c = (await kyivManager.client.ok(CASE, { id })).case;
        return c.followUp.satisfied !== null && c;
      },
      20_000,
      'satisfaction shown',
    );
    expect(shown.followUp).toMatchObject({ invitationStatus: 'COMPLETED', score: 75, satisfied: true });
    expect(shown.followUp.responseId).toBe(answered.data!.submitResponse.responseId);

    expect(shown.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k !== 'NOTIFIED')).toEqual([
      'RECEIVED',
      'ACKNOWLEDGED',
      'ACCEPTED',
      'ASSIGNED',
      'TRANSFERRED',
      'ASSIGNED',
      'INVESTIGATING',
      'RESOLVED',
      'FOLLOW_UP_SCHEDULED',
      'CLOSED',
    ]);
    const actors = shown.timeline.filter((e: { kind: string }) => e.kind === 'INVESTIGATING');
    expect(actors[0]).toMatchObject({ actorId: kyivOwner.id, note: 'Payment held by a wrong bank code.' });

    // The organisation raises its threshold to 80: the same 75 is no longer satisfied; back to 70, it is again.
    const rules = (threshold: number) => ({
      input: {
        remindOwnerAfterHours: 0,
        unitManagerAfterHours: 24,
        parentManagerAfterHours: 48,
        satisfiedFrom: threshold,
      },
    });
    const SAVE = `mutation($input: SaveCaseSettingsInput!) { saveCaseSettings(input: $input) { satisfiedFrom } }`;
    const followUpNow = async () => (await kyivManager.client.ok(CASE, { id })).case.followUp;
    await t.admin.ok(SAVE, rules(80));
    expect(await followUpNow()).toMatchObject({ score: 75, satisfied: false });
    await t.admin.ok(SAVE, rules(70));
    expect(await followUpNow()).toMatchObject({ score: 75, satisfied: true });
  }, 90_000);

  it('an invalid complaint is rejected with its reason, which the client is told', async () => {
    const c = (
      await operator.client.ok(CREATE_CASE, {
        input: {
          unitId: lviv.id,
          channel: 'LETTER',
          description: 'I want a refund of my premium.',
          contact: 'late@example.org',
        },
      })
    ).createCase;
    await move(lvivManager.client, c.id, 'ACKNOWLEDGED');
    const noReason = await lvivManager.client.fails(
      `mutation($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { id } }`,
      { input: { caseId: c.id, to: 'REJECTED' } },
    );
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await move(lvivManager.client, c.id, 'REJECTED', {
      reason: 'The cooling-off period of 15 days ended before the request.',
    });
    expect(rejected).toMatchObject({ state: 'REJECTED', currentStep: null });
    // The acknowledgement and the decision are two messages; the mail server may deliver them in either order.
    const mails = await arrived('late@example.org', 2);
    const decision = mails.find((m) => m.subject === `Your complaint ${c.reference}: our decision`);
    expect(decision?.text).toContain('The cooling-off period of 15 days ended before the request.');
  });
});
