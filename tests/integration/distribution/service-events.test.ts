import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryWorker } from '../../../server/distribution/delivery/worker.js';
import { signature } from '../../../server/distribution/webhook.service.js';
import { sampledIn } from '../../../server/distribution/service-event.service.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import {
  createDistribution,
  eventually,
  FAST_DELIVERY,
  invitationsOf,
  startWorker,
} from '../../support/distribution.js';
import { startSmtp, type SmtpListener } from '../../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let worker: DeliveryWorker;
let t: Tenant;
let branch: { id: string; code: string };
let emailDistribution: string;
let questionnaireId: string;

const RECORD = `mutation($input: RecordServiceEventInput!) { recordServiceEvent(input: $input) { id externalId type outcome invitationId deadlineAt occurredAt } }`;
const RULE = `mutation($input: EventRuleInput!) { saveEventRule(input: $input) { id eventType distributionId delayHours deadlineWorkingDays samplingRate fatigueDays active } }`;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({
    ...FAST_DELIVERY,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    WEBHOOK_TOLERANCE_SECONDS: '300',
  });
  worker = await startWorker(app);
  t = await newTenant(app, 'Insurer events');
  await sql(`update organization set time_zone = 'Europe/Kyiv' where id = ?`, [t.orgId]);
  branch = await newUnit(t.admin, t.headOfficeId, 'LVIV');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Claim follow-up');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
  emailDistribution = (
    await createDistribution(t.admin, {
      name: 'Claims paid',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    })
  ).id;
});
afterAll(async () => {
  await worker?.stop();
  await app?.close();
  await smtp?.close();
});

describe('organisation calendar', () => {
  it('refuses bad holiday dates, naming each, and keeps the calendar it had', async () => {
    const error = await t.admin.fails(
      `mutation { setOrganizationCalendar(input: { holidays: ["2026-12-25", "2026-02-30", "31/12/2026"] }) { holidays } }`,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'holidays' });
    expect(error.message).toContain('Holiday "2026-02-30" is not a date');
    expect(error.message).toContain('Holiday "31/12/2026" is not a date');
    expect((await t.admin.ok(`{ organizationCalendar { workingDays holidays } }`)).organizationCalendar).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
    });
    const saved = await t.admin.ok(
      `mutation { setOrganizationCalendar(input: { holidays: ["2026-01-01", "2025-12-25"] }) { workingDays holidays } }`,
    );
    expect(saved.setOrganizationCalendar).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      holidays: ['2025-12-25', '2026-01-01'],
    });
  });
});

describe('service events', () => {
  it('a claim paid before a weekend and a holiday must be followed up within 5 working days; the same event twice is one invitation', async () => {
    const rule = await t.admin.ok(RULE, {
      input: { eventType: 'claim_paid', distributionId: emailDistribution, deadlineWorkingDays: 5, fatigueDays: 30 },
    });
    expect(rule.saveEventRule).toMatchObject({
      eventType: 'claim_paid',
      delayHours: 0,
      samplingRate: 1,
      fatigueDays: 30,
      active: true,
    });
    expect((await t.admin.ok(`{ eventRules { eventType deadlineWorkingDays } }`)).eventRules).toEqual([
      { eventType: 'claim_paid', deadlineWorkingDays: 5 },
    ]);
    // Wednesday 24 December 2025, 15:00 in Kyiv. Thu 25 holiday, Fri 26 (1), weekend, Mon 29 (2), Tue 30 (3), Wed 31 (4), Thu 1 January holiday, Fri 2 (5).
    const input = {
      externalId: 'CLAIM-2026-001',
      type: 'claim_paid',
      unitId: branch.id,
      occurredAt: '2025-12-24T13:00:00Z',
      contact: 'claimant@example.org',
    };
    const first = (await t.admin.ok(RECORD, { input })).recordServiceEvent;
    expect(first).toMatchObject({ outcome: 'INVITED', deadlineAt: '2026-01-02T22:00:00.000Z' });
    const again = (await t.admin.ok(RECORD, { input })).recordServiceEvent;
    expect(again.id).toBe(first.id);
    const concurrent = await Promise.all(
      [1, 2, 3].map(() =>
        t.admin.ok(RECORD, { input: { ...input, externalId: 'CLAIM-2026-002', contact: 'other@example.org' } }),
      ),
    );
    expect(new Set(concurrent.map((c) => c.recordServiceEvent.id)).size).toBe(1);
    const invitations = await invitationsOf(t.admin, emailDistribution);
    expect(invitations.filter((i) => i.externalRef === 'CLAIM-2026-001')).toHaveLength(1);
    expect(invitations.filter((i) => i.externalRef === 'CLAIM-2026-002')).toHaveLength(1);
    expect(invitations.find((i) => i.externalRef === 'CLAIM-2026-001').deadlineAt).toBe('2026-01-02T22:00:00.000Z');
  });

  it('the fatigue rule stops a second invitation to the same contact within N days; sampling is deterministic', async () => {
    const second = (
      await t.admin.ok(RECORD, {
        input: {
          externalId: 'CLAIM-2026-003',
          type: 'claim_paid',
          unitId: branch.id,
          occurredAt: hoursAgo(1),
          contact: 'CLAIMANT@example.org',
        },
      })
    ).recordServiceEvent;
    expect(second).toMatchObject({ outcome: 'FATIGUE', invitationId: null });
    const sampledDistribution = (
      await createDistribution(t.admin, {
        name: 'Visits',
        questionnaireId,
        channel: 'EMAIL',
        unitIds: [t.headOfficeId],
      })
    ).id;
    await t.admin.ok(RULE, {
      input: { eventType: 'visit', distributionId: sampledDistribution, deadlineWorkingDays: 2, samplingRate: 0.3 },
    });
    const ids = Array.from({ length: 20 }, (_, i) => `VISIT-${i}`);
    const outcomes = [];
    for (const id of ids)
      outcomes.push(
        (
          await t.admin.ok(RECORD, {
            input: {
              externalId: id,
              type: 'visit',
              unitId: t.headOfficeId,
              occurredAt: hoursAgo(2),
              contact: `${id}@example.org`,
            },
          })
        ).recordServiceEvent.outcome,
      );
    expect(outcomes).toEqual(ids.map((id) => (sampledIn(t.orgId, id, 0.3) ? 'INVITED' : 'SAMPLED_OUT')));
    expect(outcomes).toContain('SAMPLED_OUT');
    expect(outcomes).toContain('INVITED');
    const noRule = (
      await t.admin.ok(RECORD, {
        input: { externalId: 'X-1', type: 'hearing_held', unitId: t.headOfficeId, occurredAt: hoursAgo(1) },
      })
    ).recordServiceEvent;
    expect(noRule.outcome).toBe('NO_RULE');
    const bad = await t.admin.fails(RECORD, {
      input: {
        externalId: 'X-2',
        type: 'claim_paid',
        unitId: t.headOfficeId,
        occurredAt: hoursAgo(1),
        contact: 'not a mail',
      },
    });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact' });
  });

  it('a signed webhook records events; a bad signature, an old timestamp or a replay is rejected', async () => {
    const created = (
      await t.admin.ok(
        `mutation { createWebhookEndpoint(input: { name: "Claims system", unitId: "${t.headOfficeId}" }) { secret url endpoint { id } } }`,
      )
    ).createWebhookEndpoint;
    expect(created.url).toBe(`${app.url}/api/webhooks/service-events/${created.endpoint.id}`);
    const post = (
      body: string,
      {
        secret = created.secret,
        timestamp = String(Math.floor(Date.now() / 1000)),
        sig,
      }: { secret?: string; timestamp?: string; sig?: string } = {},
    ) =>
      fetch(created.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-barometer-timestamp': timestamp,
          'x-barometer-signature': sig ?? signature(secret, timestamp, body),
        },
        body,
      });
    const body = JSON.stringify({
      externalId: 'WH-1',
      type: 'claim_paid',
      unitId: branch.id,
      occurredAt: hoursAgo(3),
      contact: 'webhook@example.org',
    });
    const ok = await post(body);
    expect(ok.status).toBe(200);
    const event = await ok.json();
    expect(event).toMatchObject({ externalId: 'WH-1', outcome: 'INVITED' });

    const forged = await post(body, { secret: 'whsec_wrong' });
    expect(forged.status).toBe(403);
    expect((await forged.json()).errors[0].message).toMatch(/signature does not match/);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const stale = await post(body, { timestamp: old });
    expect(stale.status).toBe(403);
    expect((await stale.json()).errors[0].message).toMatch(/\d+ s away from now; at most 300 s are accepted/);
    const ts = String(Math.floor(Date.now() / 1000));
    const hearing = JSON.stringify({
      externalId: 'WH-2',
      type: 'hearing_held',
      unitId: t.headOfficeId,
      occurredAt: hoursAgo(1),
    });
    const once = await post(hearing, { timestamp: ts });
    expect(once.status).toBe(200);
    const replay = await post(hearing, { timestamp: ts });
    expect(replay.status).toBe(409);
    // The same event again, freshly signed: one event, one invitation.
    const duplicate = await post(body, { timestamp: String(Math.floor(Date.now() / 1000) + 1) });
    expect((await duplicate.json()).id).toBe(event.id);
    expect((await invitationsOf(t.admin, emailDistribution)).filter((i) => i.externalRef === 'WH-1')).toHaveLength(1);
    expect(
      (
        await fetch(`${app.url}/api/webhooks/service-events/00000000-0000-0000-0000-000000000000`, {
          method: 'POST',
          body: '{}',
        })
      ).status,
    ).toBe(404);
  });

  it('the follow-up rate counts eligible events delivered by their deadline, per unit and period, and feeds a METRIC', async () => {
    const phone = (
      await createDistribution(t.admin, {
        name: 'Loss survey call-back',
        questionnaireId,
        channel: 'PHONE',
        unitIds: [t.headOfficeId],
      })
    ).id;
    await t.admin.ok(RULE, { input: { eventType: 'loss_survey_done', distributionId: phone, deadlineWorkingDays: 0 } });
    const today = new Date().toISOString();
    // Same day deadline: one call completed in time, one event from three days ago already past its deadline.
    const inTime = (
      await t.admin.ok(RECORD, {
        input: {
          externalId: 'LOSS-1',
          type: 'loss_survey_done',
          unitId: branch.id,
          occurredAt: today,
          contact: '+380671112233',
        },
      })
    ).recordServiceEvent;
    const late = (
      await t.admin.ok(RECORD, {
        input: {
          externalId: 'LOSS-2',
          type: 'loss_survey_done',
          unitId: branch.id,
          occurredAt: hoursAgo(72),
          contact: '+380672223344',
        },
      })
    ).recordServiceEvent;
    const notCalled = (
      await t.admin.ok(RECORD, {
        input: {
          externalId: 'LOSS-3',
          type: 'loss_survey_done',
          unitId: branch.id,
          occurredAt: today,
          contact: '+380673334455',
        },
      })
    ).recordServiceEvent;
    expect([inTime.outcome, late.outcome, notCalled.outcome]).toEqual(['INVITED', 'INVITED', 'INVITED']);
    const CALL = `mutation($input: CallOutcomeInput!) { recordCallOutcome(input: $input) { status deliveredAt } }`;
    expect(
      (await t.admin.ok(CALL, { input: { invitationId: inTime.invitationId, completed: true } })).recordCallOutcome
        .status,
    ).toBe('DELIVERED');
    await t.admin.ok(CALL, { input: { invitationId: late.invitationId, completed: true } });
    await t.admin.ok(CALL, { input: { invitationId: notCalled.invitationId, completed: false, note: 'no answer' } });

    // The interviewer who called enters the answers with the invitation's token: completed counts as a completed call.
    const viaInterviewer = (
      await t.admin.ok(RECORD, {
        input: {
          externalId: 'LOSS-4',
          type: 'loss_survey_done',
          unitId: branch.id,
          occurredAt: today,
          contact: '+380674445566',
        },
      })
    ).recordServiceEvent;
    const listed = (await invitationsOf(t.admin, phone)).find((i) => i.id === viaInterviewer.invitationId);
    const CALLS = `query($f: InvitationFilterInput!) { invitations(filter: $f) { edges { node { id callToken contact phoneNumber } } } }`;
    const { data } = await t.admin.request(CALLS, { f: { distributionId: phone } });
    const call = data!.invitations.edges.find((e: any) => e.node.id === listed.id).node;
    const callToken = call.callToken;
    expect(callToken).toMatch(new RegExp(`^${t.orgId}\\.`));
    // The interviewer dials the whole number; the contact itself stays masked.
    expect(call).toMatchObject({ phoneNumber: '+380674445566', contact: '+380…66' });
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    const seen = (await analyst.ok(CALLS, { f: { distributionId: phone } })).invitations.edges.find(
      (e: any) => e.node.id === listed.id,
    ).node;
    expect(seen).toMatchObject({ phoneNumber: null, callToken: null });
    const entered = await t.admin.request(
      `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`,
      { input: { token: callToken, answers: { speed: 5 }, clientRequestId: `call-${Date.now()}` } },
    );
    expect(entered.errors).toBeUndefined();
    expect((await invitationsOf(t.admin, phone)).find((i) => i.id === listed.id)).toMatchObject({
      status: 'COMPLETED',
      deliveredAt: expect.any(String),
    });
    const after = (await t.admin.ok(CALLS, { f: { distributionId: phone } })).invitations.edges.find(
      (e: any) => e.node.id === listed.id,
    ).node;
    expect(after.phoneNumber).toBeNull();

    const now = new Date();
    const kyivDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(d);
    const period = {
      periodStart: kyivDay(new Date(now.getTime() - 10 * 86_400_000)),
      periodEnd: kyivDay(new Date(now.getTime() + 2 * 86_400_000)),
    };
    const rate = (
      await t.admin.ok(
        `query($input: FollowUpRateInput!) { followUpRate(input: $input) { eligible followedUp rate } }`,
        { input: { unitId: branch.id, eventType: 'loss_survey_done', ...period } },
      )
    ).followUpRate;
    expect(rate).toEqual({ eligible: 4, followedUp: 2, rate: 0.5 });

    // E-mail claims: delivered by the worker within the 5-working-day deadline.
    await eventually(
      async () =>
        (await invitationsOf(t.admin, emailDistribution))
          .filter((i) => i.externalRef?.startsWith('CLAIM-2026-00') || i.externalRef === 'WH-1')
          .every((i) => i.deliveredAt),
      20_000,
      'claims delivered',
    );
    const claims = (
      await t.admin.ok(
        `query($input: FollowUpRateInput!) { followUpRate(input: $input) { eligible followedUp rate } }`,
        { input: { unitId: branch.id, eventType: 'claim_paid', periodStart: '2025-01-01', periodEnd: '2028-01-01' } },
      )
    ).followUpRate;
    // CLAIM-2026-001/002 occurred on 24 December 2025: delivered now, long after their deadline (2 January); WH-1 three
    // hours ago: delivered in time. The FATIGUE one is not eligible.
    expect(claims).toEqual({ eligible: 3, followedUp: 1, rate: 1 / 3 });

    await t.admin.ok(
      `mutation { createMetric(input: { key: "follow_up_loss", label: "Loss surveys followed up the same day", kind: FLOW, worst: 0, target: 1, denominatorLabel: "eligible events" }) { id } }`,
    );
    const observation = (
      await t.admin.ok(
        `mutation($input: RecordFollowUpRateInput!) { recordFollowUpRate(input: $input) { value denominator periodStart } }`,
        { input: { metricKey: 'follow_up_loss', unitId: branch.id, eventType: 'loss_survey_done', ...period } },
      )
    ).recordFollowUpRate;
    expect(observation).toEqual({ value: 2, denominator: 4, periodStart: period.periodStart });
    const badPeriod = await t.admin.fails(
      `query { followUpRate(input: { unitId: "${branch.id}", periodStart: "2026-13-01", periodEnd: "2027-01-01" }) { rate } }`,
    );
    expect(badPeriod.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  });
});
