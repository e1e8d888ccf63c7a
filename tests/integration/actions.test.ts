import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, actionsWorker, until, type ActionsFixture } from '../support/actions.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let f: ActionsFixture;

const OPEN = `mutation($input: OpenActionInput!) { openAction(input: $input) {
  id status problem modelVersionId indicatorKey baselineScore baselineN baselineCi95 baselineSe dueAt } }`;
const MOVE = `mutation($input: MoveActionInput!) { moveAction(input: $input) { id status } }`;
const NOTE = `mutation($input: ActionNoteInput!) { addActionNote(input: $input) { id text fileName mimeType size } }`;
const ACTION = `query($id: ID!) { action(id: $id) {
  id status verdict accountability overdue daysLeft responsible { email } unit { code }
  rechecks { trigger verdict reason beforeScore beforeN beforeCi95 afterScore afterN afterCi95 delta significant minResponses }
  escalations { step unitId emailed } history { text status fileName }
  trend { label phase score n } } }`;

// Baseline period: January 2026. Re-check period: March 2026. Deadline: 28 February 2026 (past).
const periods = {
  baselineFrom: '2026-01-01',
  baselineTo: '2026-02-01',
  recheckFrom: '2026-03-01',
  recheckTo: '2026-04-01',
};

async function open(unit: keyof ActionsFixture['units'], extra: Record<string, unknown> = {}) {
  const { openAction } = await f.t.admin.ok(OPEN, {
    input: {
      unitId: f.units[unit],
      title: `Speed at ${unit}`,
      measures: 'Open a second counter at peak hours.',
      sourceKind: 'LOST_POINTS',
      modelId: f.modelId,
      indicatorKey: 'speed',
      responsibleUserId: f.manager.id,
      deadline: '2026-02-28',
      targetKind: 'SCORE_RISE',
      targetValue: 20,
      requireSignificant: true,
      ...periods,
      ...extra,
    },
  });
  return openAction;
}

const get = async (id: string) => (await f.t.admin.ok(ACTION, { id })).action;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Barometer <b@x.test>' });
  f = await actionsFixture(app);
  // January (baseline), speed scores: A 25, 25, 50 → 33.33; B the same; C the same.
  for (const u of ['A', 'B', 'C'] as const) await f.respond(u, '2026-01-15', [2, 2, 3]);
  await f.respond('D', '2026-01-15', [3, 3, 3]);
  // March (re-check): A 100, 100, 75 → 91.67 (rises); B 50, 25, 50 → 41.67 (+8.33, short of 20); C two only.
  await f.respond('A', '2026-03-15', [5, 5, 4]);
  await f.respond('B', '2026-03-15', [3, 2, 3]);
  await f.respond('C', '2026-03-15', [5, 5]);
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe('rectification actions', () => {
  let a: string, b: string, c: string;

  it('opens an action on the worst indicator from lost points, with the numbers frozen', async () => {
    const { lostPoints } = await f.t.admin.ok(
      `query($input: ScoresInput!) { lostPoints(input: $input) { key lostPoints score n } }`,
      { input: { modelId: f.modelId, unitId: f.units.A, from: '2026-01-01', to: '2026-02-01' } },
    );
    // speed lost 0.5·(100 − 33.33) = 33.33; staff 0.5·(100 − 75) = 12.5: speed is where the points went.
    expect(lostPoints[0].key).toBe('speed');
    expect(lostPoints[0].lostPoints).toBeCloseTo(100 / 3, 9);
    const action = await open('A', { indicatorKey: lostPoints[0].key });
    a = action.id;
    // Per-response speed scores 25, 25, 50: mean 33.33, sd √(((8.33)²·2 + 16.67²)/2) = 14.43,
    // se = 14.43/√3 = 8.333, ci95 = 1.96·8.333 = 16.33.
    expect(action.status).toBe('OPEN');
    expect(action.baselineScore).toBeCloseTo(100 / 3, 9);
    expect(action.baselineN).toBe(3);
    expect(action.baselineSe).toBeCloseTo(25 / 3, 9);
    expect(action.baselineCi95).toBeCloseTo((1.96 * 25) / 3, 9);
    expect(action.modelVersionId).toBeTruthy();
    expect(action.problem).toContain('Speed: score 33.3 (n = 3, ±16.3) over 2026-01-01 – 2026-02-01.');
    // Due when both the deadline and the re-check period are over: the start of 1 April (UTC).
    expect(action.dueAt).toBe('2026-04-01T00:00:00.000Z');
    b = (await open('B')).id;
    c = (await open('C')).id;
  });

  it('refuses an illegal move with a clear error, and a cancellation without reason', async () => {
    const r = await f.t.admin.request(MOVE, { input: { actionId: a, status: 'SUBMITTED' } });
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0].message).toBe(
      'An action that is OPEN cannot become SUBMITTED: from OPEN it can only become IN_PROGRESS or CANCELLED.',
    );
    const m = await f.t.admin.request(MOVE, { input: { actionId: a, status: 'MET' } });
    expect(m.errors?.[0].extensions?.code).toBe('CONFLICT');
    const cancel = await f.t.admin.request(MOVE, { input: { actionId: a, status: 'CANCELLED' } });
    expect(cancel.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('takes progress notes and evidence checked by content, from the responsible person', async () => {
    // A 1×1 PNG: recognised by its signature whatever the name says.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const { addActionNote } = await f.manager.client.ok(NOTE, {
      input: { actionId: a, text: 'Second counter opened', fileName: 'counter.pdf', contentBase64: png },
    });
    expect(addActionNote).toMatchObject({ fileName: 'counter.pdf', mimeType: 'image/png', size: 70 });
    const text = Buffer.from('just some text pretending to be a PDF').toString('base64');
    const bad = await f.manager.client.request(NOTE, {
      input: { actionId: a, text: 'Report', fileName: 'report.pdf', contentBase64: text },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toBe(
      '"report.pdf" is not a file type we recognise: evidence must be PDF, PNG, JPEG, WebP, DOCX, XLSX.',
    );
    expect((await get(a)).status).toBe('IN_PROGRESS'); // the first note starts the work
    for (const id of [a, b, c]) {
      if (id !== a) await f.manager.client.ok(MOVE, { input: { actionId: id, status: 'IN_PROGRESS' } });
      await f.manager.client.ok(MOVE, { input: { actionId: id, status: 'SUBMITTED' } });
    }
  });

  it('re-checks once on schedule with two server copies: MET, NOT_MET (escalated once), NO_DATA', async () => {
    const [one, two] = [await actionsWorker(app), await actionsWorker(app)];
    try {
      const queued = await Promise.all([one.worker.dispatch(), two.worker.dispatch()]);
      expect(queued[0] + queued[1]).toBe(3);
      await until(
        () => Promise.all([a, b, c].map(get)),
        (all) => all.every((x) => x.rechecks.length > 0),
      );
      expect(await Promise.all([one.worker.dispatch(), two.worker.dispatch()])).toEqual([0, 0]);
    } finally {
      await one.close();
      await two.close();
    }
    const [ra, rb, rc] = await Promise.all([a, b, c].map(get));
    expect(ra.rechecks).toHaveLength(1);
    expect(rb.rechecks).toHaveLength(1);
    expect(rc.rechecks).toHaveLength(1);
    // A: 33.33 → 91.67, Δ 58.33 > 1.96·√(8.333² + 8.333²) = 23.1: significant, and ≥ 20 points.
    expect(ra.status).toBe('MET');
    const m = ra.rechecks[0];
    expect(m).toMatchObject({ trigger: 'SCHEDULED', verdict: 'MET', beforeN: 3, afterN: 3, significant: true });
    expect(m.beforeScore).toBeCloseTo(100 / 3, 9);
    expect(m.afterScore).toBeCloseTo(275 / 3, 9);
    expect(m.delta).toBeCloseTo(175 / 3, 9);
    expect(m.afterCi95).toBeCloseTo((1.96 * 25) / 3, 9);
    // B: 33.33 → 41.67, Δ 8.33 < 20.
    expect(rb.status).toBe('NOT_MET');
    expect(rb.rechecks[0].delta).toBeCloseTo(25 / 3, 9);
    expect(rb.rechecks[0].reason).toBe('33.3 → 41.7 (Δ +8.3): short of a rise of 20.0 points.');
    // C: two responses in March, the model needs 3.
    expect(rc.status).toBe('NO_DATA');
    expect(rc.rechecks[0].reason).toBe('Only 2 responses over the re-check period; the model needs 3.');
    // B escalated to the region's manager, once.
    expect(rb.escalations).toHaveLength(1);
    expect(rb.escalations[0]).toMatchObject({ unitId: f.units.REGION });
    await until(
      async () => smtp.received.length,
      (n) => n >= 1,
    );
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toMatchObject({ text: f.manager.email });
    expect(smtp.received[0].subject).toBe('Escalated: Speed at B (B)');
    expect(ra.escalations).toEqual([]);
    const { myEscalations } = await f.manager.client.ok(`{ myEscalations { actionId step } }`);
    expect(myEscalations).toEqual([{ actionId: b, step: expect.stringMatching(/^NOT_MET:/) }]);
  });

  it('shows the trend around the action: before, during, after', async () => {
    const { trend } = await get(a);
    expect(trend.map((p: any) => [p.label, p.phase, p.n])).toEqual([
      ['2026-01', 'BEFORE', 3],
      ['2026-02', 'DURING', 0],
      ['2026-03', 'AFTER', 3],
    ]);
    expect(trend[2].score).toBeCloseTo(275 / 3, 9);
  });

  it('flags a chain of two NOT_MET for accountability and records the consequence', async () => {
    // Follow-up of B: baseline March (41.67), re-check April: 25, 50, 50 → 41.67, Δ 0.
    await f.respond('B', '2026-04-10', [2, 3, 3]);
    const e = (
      await open('B', {
        followUpOfId: b,
        baselineFrom: '2026-03-01',
        baselineTo: '2026-04-01',
        recheckFrom: '2026-04-01',
        recheckTo: '2026-05-01',
        deadline: '2026-04-30',
      })
    ).id;
    const { recheckAction } = await f.t.admin.ok(
      `mutation($id: ID!) { recheckAction(actionId: $id) { verdict delta } }`,
      {
        id: e,
      },
    );
    expect(recheckAction).toMatchObject({ verdict: 'NOT_MET', delta: 0 });
    expect((await get(e)).accountability).toBe(true);
    expect((await get(b)).accountability).toBe(true);
    expect((await get(a)).accountability).toBe(false);
    const CONSEQUENCE = `mutation($input: ConsequenceInput!) { recordActionConsequence(input: $input) { category text } }`;
    const done = await f.t.admin.ok(CONSEQUENCE, {
      input: { actionId: e, category: 'RETRAINING', text: 'Counter staff retrained' },
    });
    expect(done.recordActionConsequence).toEqual({ category: 'RETRAINING', text: 'Counter staff retrained' });
    const refused = await f.t.admin.request(CONSEQUENCE, { input: { actionId: a, category: 'WARNING', text: 'x' } });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    await until(
      async () => smtp.received.length,
      (n) => n >= 2,
    );
    expect(smtp.received).toHaveLength(2);
  });

  it('escalates an overdue action once to the parent unit’s managers', async () => {
    // D: deadline past, re-check period not over yet (so no re-check), never submitted.
    const d = (await open('D', { recheckFrom: '2026-12-01', recheckTo: '2027-01-01' })).id;
    expect((await get(d)).overdue).toBe(true);
    const before = smtp.received.length;
    const w = await actionsWorker(app);
    try {
      expect(await w.worker.dispatch()).toBe(0);
      await w.worker.dispatch();
    } finally {
      await w.close();
    }
    const got = await get(d);
    expect(got.escalations).toEqual([{ step: 'OVERDUE', unitId: f.units.REGION, emailed: 1 }]);
    expect(got.rechecks).toEqual([]);
    expect(smtp.received.length - before).toBe(1);
    expect(smtp.received.at(-1)!.text).toContain('The action is overdue: its deadline was 2026-02-28.');
  });

  it('lists a subtree’s actions and sums them per unit, as a METRIC source', async () => {
    // F on A: deadline ahead (31 Dec), submitted now, re-checked on demand: MET on time.
    const fa = (await open('A', { deadline: '2026-12-31' })).id;
    await f.manager.client.ok(MOVE, { input: { actionId: fa, status: 'IN_PROGRESS' } });
    await f.manager.client.ok(MOVE, { input: { actionId: fa, status: 'SUBMITTED' } });
    await f.t.admin.ok(`mutation($id: ID!) { recheckAction(actionId: $id) { verdict } }`, { id: fa });
    const { actions } = await f.t.admin.ok(
      `query($filter: ActionFilterInput) { actions(filter: $filter, first: 3) {
        totalCount edges { node { unit { code } status verdict daysLeft overdue responsible { email } } }
        pageInfo { hasNextPage endCursor } } }`,
      { filter: { under: f.units.A } },
    );
    // A's two actions by deadline: a (28 Feb, MET, submitted late), F (31 Dec, MET).
    expect(actions.totalCount).toBe(2);
    expect(actions.edges.map((e: any) => [e.node.status, e.node.verdict, e.node.overdue])).toEqual([
      ['MET', 'MET', false],
      ['MET', 'MET', false],
    ]);
    expect(actions.edges[0].node.daysLeft).toBeLessThan(0);
    expect(actions.edges[0].node.responsible.email).toBe(f.manager.email);
    const overdue = await f.t.admin.ok(`{ actions(filter: { overdue: true }) { edges { node { unit { code } } } } }`);
    // Never submitted, deadline past: D (OPEN) only (the follow-up of B was judged NOT_MET).
    expect(overdue.actions.edges.map((e: any) => e.node.unit.code)).toEqual(['D']);
    const { actionSummary } = await f.t.admin.ok(
      `query($u: ID!) { actionSummary(unitId: $u, from: "2026-01-01", to: "2027-01-01") {
        unitCode opened due metOnTime notMet overdue onTimeRate } }`,
      { u: f.units.REGION },
    );
    // Due in 2026: A a, F; B b, its follow-up; C c; D d. On time: F only (the others were submitted
    // after their deadline, or never). Not met: b and its follow-up.
    expect(actionSummary).toEqual([
      { unitCode: 'REGION', opened: 6, due: 6, metOnTime: 1, notMet: 2, overdue: 5, onTimeRate: 1 / 6 },
      { unitCode: 'A', opened: 2, due: 2, metOnTime: 1, notMet: 0, overdue: 1, onTimeRate: 0.5 },
      { unitCode: 'B', opened: 2, due: 2, metOnTime: 0, notMet: 2, overdue: 2, onTimeRate: 0 },
      { unitCode: 'C', opened: 1, due: 1, metOnTime: 0, notMet: 0, overdue: 1, onTimeRate: 0 },
      { unitCode: 'D', opened: 1, due: 1, metOnTime: 0, notMet: 0, overdue: 1, onTimeRate: 0 },
    ]);
    await f.t.admin.ok(
      `mutation { createMetric(input: { key: "rect_on_time", label: "Rectifications on time", kind: FLOW, worst: 0, target: 1, denominatorLabel: "actions due" }) { id } }`,
    );
    const { recordActionsMetric } = await f.t.admin.ok(
      `mutation($input: ActionsMetricInput!) { recordActionsMetric(input: $input) { value denominator } }`,
      {
        input: {
          metricKey: 'rect_on_time',
          unitId: f.units.REGION,
          periodStart: '2026-01-01',
          periodEnd: '2027-01-01',
        },
      },
    );
    expect(recordActionsMetric).toEqual({ value: 1, denominator: 6 });
  });
});
