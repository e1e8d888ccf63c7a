import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, type ActionsFixture } from '../support/actions.js';
import { CREATE_CASE } from '../support/cases.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let f: ActionsFixture;

const OPEN = `mutation($input: OpenActionInput!) {
  openAction(input: $input) { id sourceKind sourceId sourceLabel }
}`;
const input = (extra: Record<string, unknown>) => ({
  unitId: f.units.A,
  title: 'From the source',
  measures: 'Fix it',
  responsibleUserId: f.manager.id,
  deadline: '2026-12-31',
  targetKind: 'SCORE_RISE',
  targetValue: 5,
  recheckFrom: '2027-01-01',
  recheckTo: '2027-02-01',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
});
afterAll(() => app?.close());

describe('actions opened by hand from a case or an inspection non-conformity', () => {
  it('records the case it came from, by id and reference, for the link back', async () => {
    const { createCase } = await f.t.admin.ok(CREATE_CASE, {
      input: { unitId: f.units.A, channel: 'PHONE_HOTLINE', description: 'Waited an hour at the counter.' },
    });
    const { openAction } = await f.manager.client.ok(OPEN, {
      input: input({ sourceKind: 'CASE', sourceId: createCase.id, sourceLabel: createCase.reference }),
    });
    expect(openAction).toMatchObject({
      sourceKind: 'CASE',
      sourceId: createCase.id,
      sourceLabel: createCase.reference,
    });
    const { action } = await f.t.admin.ok(`query($id: ID!) { action(id: $id) { sourceKind sourceId sourceLabel } }`, {
      id: openAction.id,
    });
    expect(action).toEqual({ sourceKind: 'CASE', sourceId: createCase.id, sourceLabel: createCase.reference });
  });

  it('refuses a case or a finding it cannot link back to, saying what sourceId must be', async () => {
    const refused = async (kind: string, sourceId: string | null) => {
      const r = await f.manager.client.request(OPEN, { input: input({ sourceKind: kind, sourceId }) });
      return [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];
    };
    expect(await refused('CASE', null)).toEqual(['BAD_USER_INPUT', 'sourceId']);
    expect(await refused('CASE', 'C-2026-0001')).toEqual(['BAD_USER_INPUT', 'sourceId']);
    expect(await refused('INSPECTION', randomUUID())).toEqual(['BAD_USER_INPUT', 'sourceId']);
    expect(await refused('INSPECTION', `${randomUUID()}:x`)).toEqual(['BAD_USER_INPUT', 'sourceId']);
    const r = await f.manager.client.request(OPEN, { input: input({ sourceKind: 'CASE', sourceId: 'x' }) });
    expect(r.errors?.[0]?.message).toBe('An action opened from a case names the case: sourceId is its id.');
  });
});
