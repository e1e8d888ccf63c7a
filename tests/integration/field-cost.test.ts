import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * Issue 15, finding 14: ten aliased `scores` with answer filters blocked the event loop 1.5 s, and
 * graphql-armor's cost limit (which counts fields, not the work behind them) let them through.
 * Each computed result now carries a cost (server/graphql/field-cost.ts) and a request may ask
 * for 50: the dashboard's scores + scoreSeries + ranking cost 10 + 20 + 10 = 40.
 */
let app: TestApp;
let t: Tenant;
let input: Record<string, unknown>;
beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Cost');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'rating', name: 'q', rateMin: 1, rateMax: 5 }],
  });
  const versionId = (await publish(t.admin, q.id, 'first')).id;
  const definition = {
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Index',
      children: [{ key: 's', kind: 'SURVEY', label: 'S', items: [{ questionnaireId: q.id, question: 'q' }] }],
    },
  };
  const modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: { unitId: t.headOfficeId, name: 'Index', definition },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId });
  await storeResponses(app, t.orgId, [
    {
      unitId: t.headOfficeId,
      questionnaireId: q.id,
      versionId,
      completedAt: '2026-02-10T12:00:00Z',
      answers: { q: 4 },
    },
  ]);
  input = { modelId, unitId: t.headOfficeId, from: '2026-01-01', to: '2027-01-01' };
}, 60_000);
afterAll(() => app?.close());

// The dashboard page's own query (web/src/results/operations.ts, Dashboard).
const DASHBOARD = `query Dashboard($input: ScoresInput!) {
  scores(input: $input) { responseCount nodes { key score } }
  scoreSeries(input: $input, granularity: MONTH) { label responseCount nodes { key score } }
  ranking(input: $input) { unit { id name } rank score }
}`;
const aliased = (n: number) =>
  `query($input: ScoresInput!) { ${Array.from({ length: n }, (_, i) => `s${i}: scores(input: $input) { responseCount }`).join(' ')} }`;

describe('the per-field cost of computed results', () => {
  it('lets the dashboard query through, with its scores', async () => {
    const data = await t.admin.ok(DASHBOARD, { input });
    expect(data.scores.responseCount).toBe(1);
  });

  it('refuses ten aliased scores before running them, saying to split the request', async () => {
    const result = await t.admin.request(aliased(10), { input });
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    const error = result.errors![0];
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions?.limit).toBe('FIELD_COST');
    // 10 scores × 10 = 100 against a budget of 50.
    expect(error.message).toContain('asks for 100 units');
    expect(error.message).toContain('split it into several requests');
    // Five (5 × 10 = 50) are still within the budget.
    expect((await t.admin.ok(aliased(5), { input })).s4.responseCount).toBe(1);
  });

  it('counts the scores inside a fragment too', async () => {
    // A fragment of five scores (5 × 10 = 50) plus a series (20): 70 > 50.
    const five = Array.from({ length: 5 }, (_, i) => `f${i}: scores(input: $input) { responseCount }`).join(' ');
    const query = `query($input: ScoresInput!) { scoreSeries(input: $input, granularity: MONTH) { label } ...Five }
      fragment Five on Query { ${five} }`;
    const result = await t.admin.request(query, { input });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.limit).toBe('FIELD_COST');
    expect(result.errors?.[0]?.message).toContain('asks for 70 units');
  });
});
