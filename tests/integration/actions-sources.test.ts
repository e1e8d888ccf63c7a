import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, type ActionsFixture } from '../support/actions.js';
import { CREATE_CASE } from '../support/cases.js';
import { MY_ASSIGNMENTS, newUser, registerInspector, SUBMIT_VISIT } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let f: ActionsFixture;
let other: ActionsFixture;
let visitId: string;

const OPEN = `mutation($input: OpenActionInput!) {
  openAction(input: $input) { id sourceKind sourceId sourceLabel indicatorKey baselineScore baselineN }
}`;
const RECHECK = `mutation($id: ID!) { recheckAction(actionId: $id) { verdict reasonCode beforeScore beforeN afterScore afterN delta } }`;
const input = (extra: Record<string, unknown>) => ({
  unitId: f.units.A,
  title: 'From the source',
  measures: 'Fix it',
  responsibleUserId: f.manager.id,
  deadline: '2026-01-31',
  targetKind: 'SCORE_RISE',
  targetValue: 20,
  recheckFrom: '2026-03-01',
  recheckTo: '2026-04-01',
  ...extra,
});
const newCase = async (fx: ActionsFixture, unitId: string) =>
  (
    await fx.t.admin.ok(CREATE_CASE, {
      input: { unitId, channel: 'PHONE_HOTLINE', description: 'Waited an hour at the counter.' },
    })
  ).createCase;

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
  other = await actionsFixture(app, 'Other');
  // Before (January): A and B answer speed 2, 2, 3 → 25, 25, 50, score 33.3 (n 3).
  // After (March): A answers 5, 5, 4 → 100, 100, 75, score 91.7 (Δ +58.3 ≥ 20: MET); B 2, 2, 3 again (Δ 0: NOT_MET).
  for (const u of ['A', 'B'] as const) await f.respond(u, '2026-01-15', [2, 2, 3]);
  await f.respond('A', '2026-03-15', [5, 5, 4]);
  await f.respond('B', '2026-03-15', [2, 2, 3]);
  // A mystery visit to A with one non-conformity (number 0).
  const kindId = (await f.t.admin.ok(`query { inspectionKinds { id key } }`)).inspectionKinds.find(
    (k: { key: string }) => k.key === 'MYSTERY_VISIT',
  ).id;
  const inspector = await newUser(app, f.t, 'INSPECTOR', f.t.headOfficeId);
  const inspectorId = await registerInspector(f.t.admin, {
    ownerUnitId: f.t.headOfficeId,
    name: 'Inspector',
    category: 'JOURNALIST',
    unitIds: [f.t.headOfficeId],
    userId: inspector.userId,
  });
  await f.t.admin.ok(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
    input: {
      ownerUnitId: f.units.A,
      name: 'A visits',
      kindId,
      questionnaireVersionId: f.versionId,
      unitIds: [f.units.A],
      inspectorIds: [inspectorId],
      dates: ['2026-02-01'],
    },
  });
  const [assignment] = (await inspector.client.ok(MY_ASSIGNMENTS)).myAssignments;
  visitId = (
    await inspector.client.ok(SUBMIT_VISIT, {
      input: {
        clientId: 'sources-visit-1',
        assignmentId: assignment.id,
        startedAt: '2026-02-01T09:00:00Z',
        endedAt: '2026-02-01T10:00:00Z',
        answers: { speed: 2, staff: 4 },
        nonConformities: [{ title: 'Queue sign missing', severity: 'LOW' }],
      },
    })
  ).submitVisit.id;
});
afterAll(() => app?.close());

describe('an action opened from a case with an indicator', () => {
  it('freezes the indicator and re-checks MET or NOT_MET by its numbers', async () => {
    const verdictOf = async (unit: 'A' | 'B') => {
      const c = await newCase(f, f.units[unit]);
      const { openAction } = await f.manager.client.ok(OPEN, {
        input: input({
          unitId: f.units[unit],
          sourceKind: 'CASE',
          sourceId: c.id,
          sourceLabel: c.reference,
          modelId: f.modelId,
          indicatorKey: 'speed',
          baselineFrom: '2026-01-01',
          baselineTo: '2026-02-01',
        }),
      });
      expect(openAction).toMatchObject({ sourceKind: 'CASE', sourceId: c.id, indicatorKey: 'speed', baselineN: 3 });
      expect(openAction.baselineScore).toBeCloseTo(33.33, 1);
      return (await f.manager.client.ok(RECHECK, { id: openAction.id })).recheckAction;
    };
    const met = await verdictOf('A');
    expect(met).toMatchObject({ verdict: 'MET', reasonCode: 'TARGET_REACHED', beforeN: 3, afterN: 3 });
    expect(met.afterScore).toBeCloseTo(91.67, 1);
    expect(met.delta).toBeCloseTo(58.33, 1);
    const short = await verdictOf('B');
    expect(short).toMatchObject({ verdict: 'NOT_MET', reasonCode: 'SHORT_OF_TARGET', beforeN: 3, afterN: 3 });
    expect(short.delta).toBeCloseTo(0, 5);
  });
});

describe('the source of an action must exist and be the caller’s to see', () => {
  const refusal = async (extra: Record<string, unknown>) => {
    const r = await f.manager.client.request(OPEN, { input: input(extra) });
    const e = r.errors?.[0];
    return { code: e?.extensions?.code, message: e?.message };
  };

  it('accepts a real finding of a visit and records it', async () => {
    const { openAction } = await f.manager.client.ok(OPEN, {
      input: input({ sourceKind: 'INSPECTION', sourceId: `${visitId}:0`, sourceLabel: 'Queue sign missing' }),
    });
    expect(openAction).toMatchObject({ sourceKind: 'INSPECTION', sourceId: `${visitId}:0` });
  });

  it('refuses a case that does not exist, another organisation’s, or one outside the caller’s units', async () => {
    const missing = randomUUID();
    expect(await refusal({ sourceKind: 'CASE', sourceId: missing })).toEqual({
      code: 'NOT_FOUND',
      message: `Case "${missing}" was not found, or you cannot see it.`,
    });
    const theirs = await newCase(other, other.units.A);
    expect((await refusal({ sourceKind: 'CASE', sourceId: theirs.id })).code).toBe('NOT_FOUND');
    const headOffice = await newCase(f, f.t.headOfficeId);
    expect(await refusal({ sourceKind: 'CASE', sourceId: headOffice.id })).toEqual({
      code: 'FORBIDDEN',
      message: `Case ${headOffice.reference} belongs to a unit outside your part of the organisation.`,
    });
  });

  it('refuses a visit that does not exist, another organisation’s, or a finding it does not have', async () => {
    const missing = randomUUID();
    expect(await refusal({ sourceKind: 'INSPECTION', sourceId: `${missing}:0` })).toEqual({
      code: 'NOT_FOUND',
      message: `Visit "${missing}" was not found, or you cannot see it.`,
    });
    const r = await other.manager.client.request(OPEN, {
      input: { ...input({ sourceKind: 'INSPECTION', sourceId: `${visitId}:0` }), unitId: other.units.A },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await refusal({ sourceKind: 'INSPECTION', sourceId: `${visitId}:3` })).toEqual({
      code: 'NOT_FOUND',
      message: `Non-conformity "${visitId}:3" was not found, or you cannot see it.`,
    });
  });

  it('refuses a question or an indicator the model does not have', async () => {
    const scored = { modelId: f.modelId, baselineFrom: '2026-01-01', baselineTo: '2026-02-01' };
    expect(await refusal({ ...scored, sourceKind: 'DASHBOARD_QUESTION', question: 'parking' })).toEqual({
      code: 'NOT_FOUND',
      message: 'The model scores no question "parking".',
    });
    expect(await refusal({ ...scored, sourceKind: 'DASHBOARD_INDICATOR', indicatorKey: 'parking' })).toEqual({
      code: 'NOT_FOUND',
      message: 'The model has no indicator "parking".',
    });
    const theirs = { ...scored, modelId: other.modelId, sourceKind: 'DASHBOARD_INDICATOR', indicatorKey: 'speed' };
    expect((await refusal(theirs)).code).toBe('NOT_FOUND');
  });
});
