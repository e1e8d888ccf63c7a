import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, newUser, type ActionsFixture } from '../support/actions.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let f: ActionsFixture;
let other: ActionsFixture;
let serviceModelId: string;

const SCORES = `query($input: ScoresInput!) {
  scores(input: $input) {
    nodes { key score n ci95 }
    questions { nodeKey question row title score n ci95 belowMinimum withheldReason }
  }
}`;
const OPEN = `mutation($input: OpenActionInput!) {
  openAction(input: $input) { id sourceKind question indicatorKey baselineScore baselineN baselineCi95 }
}`;
const RECHECK = `mutation($id: ID!) { recheckAction(actionId: $id) { verdict beforeScore afterScore afterN delta } }`;
const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const january = (modelId: string, unitId = f.units.A) => ({ modelId, unitId, from: '2026-01-01', to: '2026-02-01' });
const open = (extra: Record<string, unknown>) => ({
  unitId: f.units.A,
  title: 'Waiting at the counter',
  measures: 'A second counter at peak hours',
  responsibleUserId: f.manager.id,
  deadline: '2026-02-28',
  targetKind: 'SCORE_RISE',
  targetValue: 20,
  recheckFrom: '2026-03-01',
  recheckTo: '2026-04-01',
  baselineFrom: '2026-01-01',
  baselineTo: '2026-02-01',
  sourceKind: 'DASHBOARD_QUESTION',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
  other = await actionsFixture(app, 'Other');
  // A second model: one leaf "service" binding both questions, so a question's score differs from its indicator's.
  const { createIndicatorModel } = await f.t.admin.ok(
    `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
    {
      input: {
        unitId: f.t.headOfficeId,
        name: 'Service model',
        definition: {
          minResponses: 3,
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [
              {
                key: 'service',
                kind: 'SURVEY',
                label: 'Service',
                items: [
                  { questionnaireId: f.questionnaireId, question: 'speed' },
                  { questionnaireId: f.questionnaireId, question: 'staff' },
                ],
              },
            ],
          },
        },
      },
    },
  );
  serviceModelId = createIndicatorModel.id;
  await f.t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${serviceModelId}" }) { id } }`);
  // January at A: speed 2, 2, 3 → 25, 25, 50 (mean 33.3, sd 14.43, se 8.33, ci95 16.3); staff 4 → 75 each (ci95 0).
  // Service per response: (25+75)/2 = 50, 50, (50+75)/2 = 62.5 → 54.2; sd √(104.17/2) = 7.22, se 4.17, ci95 8.2.
  await f.respond('A', '2026-01-15', [2, 2, 3]);
  // March at A: speed 5, 5, 4 → service 87.5, 87.5, 75 → 83.3: Δ 83.3 − 54.2 = +29.2 ≥ 20.
  await f.respond('A', '2026-03-15', [5, 5, 4]);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('unit × question on the dashboard', () => {
  it('scores each bound question of a unit beside its indicator, titled from the questionnaire', async () => {
    const { scores } = await f.t.admin.ok(SCORES, { input: january(serviceModelId) });
    const service = scores.nodes.find((n: { key: string }) => n.key === 'service');
    expect([round(service.score), service.n, round(service.ci95)]).toEqual([54.2, 3, 8.2]);
    expect(
      scores.questions.map((q: Record<string, never>) => ({ ...q, score: round(q.score), ci95: round(q.ci95) })),
    ).toEqual([
      {
        nodeKey: 'service',
        question: 'speed',
        row: null,
        title: 'How was speed?',
        score: 33.3,
        n: 3,
        ci95: 16.3,
        belowMinimum: false,
        withheldReason: null,
      },
      {
        nodeKey: 'service',
        question: 'staff',
        row: null,
        title: 'How was staff?',
        score: 75,
        n: 3,
        ci95: 0,
        belowMinimum: false,
        withheldReason: null,
      },
    ]);
    // B has no responses: its questions are there, without a score, flagged below the minimum.
    const b = (await f.t.admin.ok(SCORES, { input: january(serviceModelId, f.units.B) })).scores.questions;
    expect(
      b.map((q: { score: number | null; n: number; belowMinimum: boolean }) => [q.score, q.n, q.belowMinimum]),
    ).toEqual([
      [null, 0, true],
      [null, 0, true],
    ]);
  });

  it("refuses another branch's or organisation's per-question scores", async () => {
    const bManager = await newUser(app, f.t, 'b-manager', 'UNIT_MANAGER', f.units.B);
    const mine = await bManager.client.request(SCORES, { input: january(serviceModelId) });
    expect(mine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const theirs = await other.t.admin.request(SCORES, { input: january(serviceModelId) });
    expect(theirs.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    expect(theirs.data?.scores ?? null).toBeNull();
  });

  it('opens an action on a question, frozen and re-checked on the indicator it is bound to', async () => {
    const { openAction } = await f.manager.client.ok(OPEN, {
      input: open({ modelId: serviceModelId, indicatorKey: 'service', question: 'speed' }),
    });
    expect(openAction).toMatchObject({ sourceKind: 'DASHBOARD_QUESTION', question: 'speed', indicatorKey: 'service' });
    expect([round(openAction.baselineScore), openAction.baselineN, round(openAction.baselineCi95)]).toEqual([
      54.2, 3, 8.2,
    ]);
    const { recheckAction } = await f.manager.client.ok(RECHECK, { id: openAction.id });
    expect([recheckAction.verdict, round(recheckAction.beforeScore), round(recheckAction.afterScore)]).toEqual([
      'MET',
      54.2,
      83.3,
    ]);
    expect([recheckAction.afterN, round(recheckAction.delta)]).toEqual([3, 29.2]);
  });

  it('refuses a question named with an indicator it is not bound to', async () => {
    const r = await f.manager.client.request(OPEN, {
      input: open({ modelId: f.modelId, indicatorKey: 'speed', question: 'staff' }),
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('The question "staff" is not bound to the indicator "speed".');
    expect(r.errors?.[0]?.extensions?.field).toBe('question');
  });
});
