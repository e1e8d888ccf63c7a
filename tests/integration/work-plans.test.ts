import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, newUser, type ActionsFixture } from '../support/actions.js';
import { createDistribution } from '../support/distribution.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeResponses } from '../support/responses.js';

let app: TestApp;
let f: ActionsFixture;
const events: Record<string, string> = {};
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const daysAgo = (d: number, h = 0) => new Date(Date.now() - d * 86_400_000 + h * 3_600_000).toISOString();

const RECORD = `mutation($input: RecordServiceEventInput!) { recordServiceEvent(input: $input) { id outcome invitationId } }`;
const EVENTS = `query($filter: ServiceEventFilterInput) { serviceEvents(filter: $filter) {
  totalCount edges { node { externalId state reason outcome invitationStatus } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
  // Responses for the plans: A has 3 in January and 3 in March (no category) and 2 "party" ones in
  // February: 8 on WEB_LINK in January–April. C has 3 in January and 2 in March: 5.
  await f.respond('A', '2026-01-15', [2, 2, 3]);
  await f.respond('A', '2026-03-15', [5, 5, 4]);
  await f.respond('C', '2026-01-15', [2, 2, 3]);
  await f.respond('C', '2026-03-15', [5, 5]);
  await storeResponses(
    app,
    f.t.orgId,
    [1, 2].map((i) => ({
      unitId: f.units.A,
      questionnaireId: f.questionnaireId,
      versionId: f.versionId,
      completedAt: `2026-02-1${i}T10:00:00Z`,
      answers: { speed: 3, staff: 4 },
      category: 'party',
    })),
  );
  // Service events of claims paid, invited by e-mail, due within 5 working days.
  const d = await createDistribution(f.t.admin, {
    name: 'Claims paid',
    questionnaireId: f.questionnaireId,
    channel: 'EMAIL',
    unitIds: [f.t.headOfficeId],
  });
  await f.t.admin.ok(`mutation($input: EventRuleInput!) { saveEventRule(input: $input) { id } }`, {
    input: { eventType: 'claim_paid', distributionId: d.id, deadlineWorkingDays: 5 },
  });
  const record = async (key: string, unit: 'A' | 'B', occurredAt: string, type = 'claim_paid') => {
    const { recordServiceEvent } = await f.t.admin.ok(RECORD, {
      input: { externalId: key, type, unitId: f.units[unit], occurredAt, contact: `${key.toLowerCase()}@example.org` },
    });
    events[key] = recordServiceEvent.invitationId;
  };
  await record('E1', 'A', daysAgo(14, 1)); // delivered in time
  await record('E2', 'A', daysAgo(14, 2)); // bounced
  await record('E3', 'A', daysAgo(14, 3)); // never sent
  await record('E4', 'B', daysAgo(14, 4)); // failed after retries
  await record('E5', 'B', daysAgo(14, 5)); // sent, contact purged since
  await record('E6', 'A', daysAgo(0, -1)); // an hour ago: still in time
  await record('E7', 'A', daysAgo(13), 'complaint_closed'); // no rule: not eligible
  const set = (key: string, status: string, extra = '') =>
    sql(`update invitation set status = ?${extra} where id = ?`, [status, events[key]]);
  await set('E1', 'DELIVERED', `, delivered_at = now() - interval '13 days'`);
  await set('E2', 'BOUNCED');
  await set('E4', 'FAILED');
  await set('E5', 'SENT', ', contact_id = null');
});
afterAll(() => app?.close());

describe('missed follow-ups', () => {
  it('lists eligible events not delivered by their deadline, with the reason', async () => {
    const { serviceEvents } = await f.t.admin.ok(EVENTS, { filter: { overdue: true } });
    // E2–E5: deadline passed, nothing delivered. E1 was delivered in time, E6 is still in time, E7 had no rule.
    expect(serviceEvents.totalCount).toBe(4);
    expect(serviceEvents.edges.map((e: any) => [e.node.externalId, e.node.reason])).toEqual([
      ['E2', 'BOUNCED'],
      ['E3', 'NOT_YET_SENT'],
      ['E4', 'UNREACHABLE'],
      ['E5', 'NO_CONTACT'],
    ]);
    const inB = await f.t.admin.ok(EVENTS, { filter: { overdue: true, unitId: f.units.B } });
    expect(inB.serviceEvents.edges.map((e: any) => e.node.externalId)).toEqual(['E4', 'E5']);
    const done = await f.t.admin.ok(EVENTS, { filter: { state: 'FOLLOWED_UP' } });
    expect(done.serviceEvents.edges.map((e: any) => e.node.externalId)).toEqual(['E1']);
    const pending = await f.t.admin.ok(EVENTS, { filter: { state: 'PENDING' } });
    expect(pending.serviceEvents.edges.map((e: any) => [e.node.externalId, e.node.reason])).toEqual([
      ['E6', 'NOT_YET_SENT'],
    ]);
    const other = await f.t.admin.ok(EVENTS, { filter: { type: 'complaint_closed' } });
    expect(other.serviceEvents.edges.map((e: any) => [e.node.externalId, e.node.state])).toEqual([
      ['E7', 'NOT_ELIGIBLE'],
    ]);
  });

  it('puts missed follow-ups on an interviewer’s call list, only in units the interviewer works in', async () => {
    const interviewer = await newUser(app, f.t, 'caller', 'INTERVIEWER', f.units.A);
    const { serviceEvents } = await f.t.admin.ok(EVENTS, { filter: { overdue: true } });
    const ids = Object.fromEntries(
      (await f.t.admin.ok(`{ serviceEvents { edges { node { id externalId } } } }`)).serviceEvents.edges.map(
        (e: any) => [e.node.externalId, e.node.id],
      ),
    );
    expect(serviceEvents.totalCount).toBe(4);
    const ASSIGN = `mutation($input: AssignFollowUpsInput!) { assignFollowUps(input: $input) { externalId } }`;
    const assigned = await f.t.admin.ok(ASSIGN, {
      input: { serviceEventIds: [ids.E2, ids.E3], interviewerId: interviewer.id },
    });
    expect(assigned.assignFollowUps.map((e: any) => e.externalId)).toEqual(['E2', 'E3']);
    const outside = await f.t.admin.request(ASSIGN, {
      input: { serviceEventIds: [ids.E4], interviewerId: interviewer.id },
    });
    expect(outside.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0].message).toBe('caller cannot enter responses in unit "Unit B" (B).');
    const done = await f.t.admin.request(ASSIGN, {
      input: { serviceEventIds: [ids.E1], interviewerId: interviewer.id },
    });
    expect(done.errors?.[0].message).toBe(
      'Service event "E1" is FOLLOWED_UP: only events not followed up go on a call list.',
    );
    const { myCallList } = await interviewer.client.ok(`{ myCallList { externalId reason } }`);
    expect(myCallList).toEqual([
      { externalId: 'E2', reason: 'BOUNCED' },
      { externalId: 'E3', reason: 'NOT_YET_SENT' },
    ]);
  });
});

describe('survey work plans', () => {
  const CREATE = `mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`;
  const line = (targetResponses: number, categoryTargets: unknown[] = []) => ({
    questionnaireId: f.questionnaireId,
    channel: 'WEB_LINK',
    targetResponses,
    categoryTargets,
  });

  it('computes progress from collected responses and lists the units behind plan', async () => {
    const plan = (unit: 'A' | 'C', lines: unknown[], periodStart = '2026-01-01', periodEnd = '2026-05-01') =>
      f.t.admin.ok(CREATE, {
        input: { unitId: f.units[unit], title: `Plan ${unit}`, periodStart, periodEnd, owners: [f.manager.id], lines },
      });
    await plan('A', [line(8, [{ category: 'party', target: 3 }])]);
    await plan('C', [line(4)]);
    // A in November–December: nothing to collect (target 0), but 1 of 4 eligible events followed up (E1; E6 still
    // pending counts as not yet followed up): 25% under the 100% target.
    await plan('A', [line(0)], '2026-11-01', '2027-01-01');
    const { workPlans } = await f.t.admin.ok(`{ workPlans { title periodStart progress {
      elapsed behind followUpEligible followUpDone followUpRate
      lines { target expectedByNow collected behind categories { category target collected } } } } }`);
    const byKey = Object.fromEntries(workPlans.map((p: any) => [`${p.title} ${p.periodStart}`, p.progress]));
    // A: 8 of 8 collected, but 2 of 3 "party" responses: behind.
    expect(byKey['Plan A 2026-01-01']).toMatchObject({
      elapsed: 1,
      behind: true,
      followUpEligible: 0,
      followUpRate: null,
      lines: [
        {
          target: 8,
          expectedByNow: 8,
          collected: 8,
          behind: true,
          categories: [{ category: 'party', target: 3, collected: 2 }],
        },
      ],
    });
    // C: 5 of 4: on plan.
    expect(byKey['Plan C 2026-01-01']).toMatchObject({ behind: false, lines: [{ collected: 5, behind: false }] });
    expect(byKey['Plan A 2026-11-01']).toMatchObject({
      behind: true,
      followUpEligible: 4,
      followUpDone: 1,
      followUpRate: 0.25,
      lines: [{ target: 0, collected: 0, behind: false }],
    });
    const behind = await f.t.admin.ok(`{ workPlans(behindOnly: true) { title periodStart } }`);
    expect(behind.workPlans.map((p: any) => `${p.title} ${p.periodStart}`).sort()).toEqual([
      'Plan A 2026-01-01',
      'Plan A 2026-11-01',
    ]);
  });

  it('refuses a plan whose categories plan more than the line', async () => {
    const r = await f.t.admin.request(CREATE, {
      input: {
        unitId: f.units.A,
        title: 'Too many',
        periodStart: '2026-01-01',
        periodEnd: '2026-04-01',
        lines: [line(2, [{ category: 'party', target: 3 }])],
      },
    });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toBe("Line 1: the categories plan 3 responses, more than the line's 2.");
  });
});
