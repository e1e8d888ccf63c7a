import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/** createOrgUnit takes the unit's weight; rollupStatus says how far behind the rollup worker is (issue 16). */
let app: TestApp;
let t: Tenant;

const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id weight } }`;
const STATUS = `{ rollupStatus { tailResponses oldestQueuedAt lagSeconds lastRebuiltAt rebuilding
  models { modelVersionId status builtAt } } }`;

beforeAll(async () => {
  // No background rounds: the worker runs only when the test says (runOnce), so the tail is known.
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newTenant(app, 'Rollup status');
});
afterAll(() => app?.close());

describe('createOrgUnit', () => {
  it('takes the unit’s weight for UNIT_WEIGHTS roll-ups, 1 when left out', async () => {
    const weighted = await t.admin.ok(CREATE_UNIT, {
      input: { parentId: t.headOfficeId, code: 'W3', name: 'Weighted', kind: 'BRANCH', weight: 3.5 },
    });
    expect(weighted.createOrgUnit.weight).toBe(3.5);
    const plain = await t.admin.ok(CREATE_UNIT, {
      input: { parentId: t.headOfficeId, code: 'W1', name: 'Plain', kind: 'BRANCH' },
    });
    expect(plain.createOrgUnit.weight).toBe(1);
  });

  it('refuses a negative weight with a sentence', async () => {
    const res = await t.admin.request(CREATE_UNIT, {
      input: { parentId: t.headOfficeId, code: 'WNEG', name: 'Negative', kind: 'BRANCH', weight: -1 },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('A unit weight must be zero or more.');
  });
});

describe('rollupStatus', () => {
  it('counts the tail waiting for the worker, and when the rollups were last rebuilt', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, {
      elements: [{ type: 'rating', name: 'q', rateMin: 1, rateMax: 5 }],
    });
    const versionId = (await publish(t.admin, q.id)).id;
    const modelId = (
      await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
        input: {
          unitId: t.headOfficeId,
          name: 'Status model',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [{ key: 's', kind: 'SURVEY', label: 'S', items: [{ questionnaireId: q.id, question: 'q' }] }],
            },
          },
        },
      })
    ).createIndicatorModel.id;
    const published = await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, {
      m: modelId,
    });
    await app.app.rollups.runOnce();
    const before = (await t.admin.ok(STATUS)).rollupStatus;
    expect(before).toMatchObject({ tailResponses: 0, oldestQueuedAt: null, lagSeconds: 0, rebuilding: false });
    expect(before.models).toEqual([
      { modelVersionId: published.publishIndicatorModel.id, status: 'READY', builtAt: expect.any(String) },
    ]);
    expect(before.lastRebuiltAt).toBe(before.models[0].builtAt);

    const unit = await newUnit(t.admin, t.headOfficeId, 'TAIL');
    await storeResponses(
      app,
      t.orgId,
      [1, 2, 3].map((v) => ({
        unitId: unit.id,
        questionnaireId: q.id,
        versionId,
        completedAt: '2026-04-01T10:00:00Z',
        answers: { q: v },
      })),
    );
    const waiting = (await t.admin.ok(STATUS)).rollupStatus;
    expect(waiting.tailResponses).toBe(3);
    expect(new Date(waiting.oldestQueuedAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(waiting.lagSeconds).toBeGreaterThanOrEqual(0);
    await app.app.rollups.runOnce();
    expect((await t.admin.ok(STATUS)).rollupStatus.tailResponses).toBe(0);
  });
});
