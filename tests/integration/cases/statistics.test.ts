import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CASE, move, newPerson, type Person } from '../../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';

/*
 * The monthly complaint statistics feed METRIC indicators without anyone typing numbers, and the
 * index built on them is checked by hand; the analysis ranks units by complaints per client served.
 */

let app: TestApp;
let t: Tenant;
let east: { id: string };
let west: { id: string };
let manager: Person;
let modelId: string;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const MARCH = { periodStart: '2026-03-01', periodEnd: '2026-04-01' };

/** A complaint of `unitId`, moved by `moves`, then dated: received, due and resolved on the given days. */
async function complaint(
  unitId: string,
  moves: (id: string) => Promise<void>,
  days: { received: string; due: string; resolved?: string },
) {
  const c = (
    await manager.client.ok(CREATE_CASE, {
      input: { unitId, channel: 'PHONE_HOTLINE', description: 'A complaint.' },
    })
  ).createCase;
  await moves(c.id);
  await sql(
    `update complaint_case set received_at = ?, resolve_due_at = ?, resolved_at = case when resolved_at is null then null else ?::timestamptz end where id = ?`,
    [`${days.received}T09:00:00Z`, `${days.due}T00:00:00Z`, `${days.resolved ?? days.due}T12:00:00Z`, c.id],
  );
  return c.id as string;
}

const toResolved =
  (resolution = 'Fixed.') =>
  async (id: string) => {
    await move(manager.client, id, 'ACKNOWLEDGED');
    await move(manager.client, id, 'ACCEPTED');
    await move(manager.client, id, 'ASSIGNED', { ownerId: manager.id });
    await move(manager.client, id, 'RESOLVED', { resolution, responsibility: 'UNIT', cause: 'queue' });
  };

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Statistics');
  east = await newUnit(t.admin, t.headOfficeId, 'EAST');
  west = await newUnit(t.admin, t.headOfficeId, 'WEST');
  manager = await newPerson(app, t, 'UNIT_MANAGER', t.headOfficeId, 'Manager');
  // March 2026 at EAST: A resolved on time, B resolved late, C rejected, D reopened and resolved on time.
  await complaint(east.id, toResolved(), { received: '2026-03-02', due: '2026-03-10', resolved: '2026-03-05' });
  await complaint(east.id, toResolved(), { received: '2026-03-03', due: '2026-03-10', resolved: '2026-03-20' });
  await complaint(
    east.id,
    async (id) => {
      await move(manager.client, id, 'ACKNOWLEDGED');
      await move(manager.client, id, 'REJECTED', { reason: 'Not our service.' });
    },
    { received: '2026-03-04', due: '2026-03-11' },
  );
  await complaint(
    east.id,
    async (id) => {
      await toResolved()(id);
      await move(manager.client, id, 'CLOSED');
      await move(manager.client, id, 'REOPENED', { note: 'The client disputes the amount.' });
      await move(manager.client, id, 'RESOLVED', { resolution: 'Recalculated.', responsibility: 'STAFF' });
    },
    { received: '2026-03-05', due: '2026-03-12', resolved: '2026-03-09' },
  );
  // WEST: one in March; EAST: one in April (outside the period).
  await complaint(west.id, toResolved(), { received: '2026-03-10', due: '2026-03-17', resolved: '2026-03-16' });
  await complaint(east.id, toResolved(), { received: '2026-04-02', due: '2026-04-09', resolved: '2026-04-03' });

  for (const m of [
    `{ key: "complaints", label: "Complaints per client", kind: FLOW, worst: 0.01, target: 0, denominatorLabel: "clients" }`,
    `{ key: "on_time", label: "Resolved on time", kind: FLOW, worst: 0.5, target: 1, denominatorLabel: "resolved" }`,
    `{ key: "served", label: "Clients served", kind: FLOW, worst: 0, target: 10000 }`,
  ])
    await t.admin.ok(`mutation { createMetric(input: ${m}) { id } }`);
  const model = await t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: t.headOfficeId,
        name: 'Complaint handling',
        definition: {
          minResponses: 1,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Complaint handling',
            children: [
              { key: 'complaints', kind: 'METRIC', label: 'Complaints', metricKey: 'complaints' },
              { key: 'on_time', kind: 'METRIC', label: 'On time', metricKey: 'on_time' },
            ],
          },
        },
      },
    },
  );
  modelId = model.createIndicatorModel.id;
  await t.admin.ok(`mutation($id: ID!) { publishIndicatorModel(input: { modelId: $id }) { id } }`, { id: modelId });
});
afterAll(() => app?.close());

describe('complaint statistics', () => {
  it('counts a unit’s complaints of the month: received, accepted, rejected, resolved, on time, reopened', async () => {
    const { caseStatistics } = await t.admin.ok(
      `query($input: CaseStatisticsInput!) { caseStatistics(input: $input) { received accepted rejected resolved resolvedOnTime reopened followUpsAnswered satisfied } }`,
      { input: { unitId: east.id, ...MARCH } },
    );
    // A, B, C, D received; A, B, D accepted; C rejected; A, B, D resolved; A and D on time; D reopened.
    expect(caseStatistics).toEqual({
      received: 4,
      accepted: 3,
      rejected: 1,
      resolved: 3,
      resolvedOnTime: 2,
      reopened: 1,
      followUpsAnswered: 0,
      satisfied: 0,
    });
  });

  it('feeds METRIC indicators whose index is checked by hand', async () => {
    const RECORD = `mutation($input: RecordCaseMetricInput!) { recordCaseMetric(input: $input) { value denominator } }`;
    const received = await t.admin.ok(RECORD, {
      input: { unitId: east.id, ...MARCH, metricKey: 'complaints', statistic: 'RECEIVED', clientsServed: 1000 },
    });
    expect(received.recordCaseMetric).toEqual({ value: 4, denominator: 1000 });
    const onTime = await t.admin.ok(RECORD, {
      input: { unitId: east.id, ...MARCH, metricKey: 'on_time', statistic: 'RESOLVED_ON_TIME' },
    });
    expect(onTime.recordCaseMetric).toEqual({ value: 2, denominator: 3 });
    const missing = await t.admin.fails(RECORD, {
      input: { unitId: east.id, ...MARCH, metricKey: 'complaints', statistic: 'RECEIVED' },
    });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientsServed' });

    const { scores } = await t.admin.ok(
      `query($input: ScoresInput!) { scores(input: $input) { nodes { key value score } } }`,
      { input: { modelId, unitId: east.id, from: '2026-03-01', to: '2026-04-01' } },
    );
    const node = Object.fromEntries(scores.nodes.map((n: { key: string }) => [n.key, n]));
    // complaints: 4 / 1000 = 0.004 → 100 · (0.004 − 0.01) / (0 − 0.01) = 60
    expect(node.complaints.value).toBeCloseTo(0.004, 12);
    expect(node.complaints.score).toBeCloseTo(60, 9);
    // on time: 2 / 3 → 100 · (2/3 − 0.5) / (1 − 0.5) = 33.333…
    expect(node.on_time.score).toBeCloseTo(100 / 3, 9);
    // index: equal weights, (60 + 33.333…) / 2 = 46.666…
    expect(node.index.score).toBeCloseTo(140 / 3, 9);
  });

  it('ranks units by complaints per 1,000 clients served, and groups by cause and month', async () => {
    for (const [unitId, value] of [
      [east.id, 1000],
      [west.id, 200],
    ] as const)
      await t.admin.ok(
        `mutation($unit: ID!, $v: Float!) { recordMetric(input: { metricKey: "served", unitId: $unit, periodStart: "2026-03-01", periodEnd: "2026-04-01", value: $v }) { id } }`,
        { unit: unitId, v: value },
      );
    const ANALYSIS = `query($input: CaseAnalysisInput!) { caseAnalysis(input: $input) { key label received resolvedOnTime clientsServed perThousandClients } }`;
    const byUnit = (
      await t.admin.ok(ANALYSIS, {
        input: { unitId: t.headOfficeId, ...MARCH, by: 'UNIT', clientsServedMetricKey: 'served' },
      })
    ).caseAnalysis;
    // WEST: 1 / 200 · 1000 = 5 per 1,000; EAST: 4 / 1000 · 1000 = 4 per 1,000: WEST first.
    expect(byUnit.map((r: any) => [r.label, r.received, r.perThousandClients])).toEqual([
      ['Unit WEST', 1, 5],
      ['Unit EAST', 4, 4],
    ]);
    const byMonth = (
      await t.admin.ok(ANALYSIS, {
        input: { unitId: east.id, periodStart: '2026-03-01', periodEnd: '2026-05-01', by: 'MONTH' },
      })
    ).caseAnalysis;
    expect(byMonth.map((r: any) => [r.key, r.received])).toEqual([
      ['2026-03', 4],
      ['2026-04', 1],
    ]);
    const byCause = (await t.admin.ok(ANALYSIS, { input: { unitId: east.id, ...MARCH, by: 'CAUSE' } })).caseAnalysis;
    // A and B have cause "queue"; D's second resolution left it out; C was never resolved.
    expect(byCause.map((r: any) => [r.key, r.received])).toEqual([
      ['', 2],
      ['queue', 2],
    ]);
  });
});
