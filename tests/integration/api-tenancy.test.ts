import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/**
 * Tenancy of issue 16's operations: another organisation cannot read them, and a branch
 * principal cannot reach units outside its subtree (nor see them listed).
 */
let app: TestApp;
let t: Tenant;
let other: Tenant;
let modelId: string;
let branch: GraphQLClient;
const units: Record<string, string> = {};

const BREAKDOWN = `query($input: ScoresInput!, $by: BreakdownDimension!) {
  breakdown(input: $input, by: $by) { values { value unit { code } responseCount } } }`;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Tenancy sixteen');
  other = await newTenant(app, 'Other sixteen');
  units.B1 = (await newUnit(t.admin, t.headOfficeId, 'B1')).id;
  units.B1A = (await newUnit(t.admin, units.B1, 'B1A')).id;
  units.B2 = (await newUnit(t.admin, t.headOfficeId, 'B2')).id;
  const survey = { elements: [{ type: 'rating', name: 'q', rateMin: 1, rateMax: 5 }] };
  const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
  const versionId = (await publish(t.admin, q.id)).id;
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Tenancy index',
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
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId });
  await storeResponses(
    app,
    t.orgId,
    ['B1A', 'B2'].map((u) => ({
      unitId: units[u],
      questionnaireId: q.id,
      versionId,
      completedAt: '2026-02-10T12:00:00Z',
      answers: { q: 4 },
      category: `cat-${u}`,
    })),
  );
  branch = await newUserWithRole(app, t, 'ANALYST', units.B1);
});
afterAll(() => app?.close());

const scope = (unitId: string) => ({ modelId, unitId, from: '2026-02-01', to: '2026-03-01' });
const refused = (res: { errors?: { extensions?: Record<string, unknown> }[]; data?: unknown }) => {
  expect(['FORBIDDEN', 'NOT_FOUND']).toContain(res.errors?.[0].extensions?.code);
  expect(res.data ?? null).toBeNull();
};

describe('breakdown', () => {
  it('is refused to another organisation, naming nothing of it', async () => {
    const res = await other.admin.request(BREAKDOWN, { input: scope(t.headOfficeId), by: 'CATEGORY' });
    refused(res);
    expect(JSON.stringify(res)).not.toContain('cat-');
  });

  it('is refused to a branch principal outside its subtree', async () => {
    refused(await branch.request(BREAKDOWN, { input: scope(units.B2), by: 'CATEGORY' }));
    refused(await branch.request(BREAKDOWN, { input: scope(t.headOfficeId), by: 'UNIT_CHILDREN' }));
  });

  it('gives a branch principal its own subtree only', async () => {
    const own = (await branch.ok(BREAKDOWN, { input: scope(units.B1), by: 'CATEGORY' })).breakdown;
    expect(own.values.map((v: any) => v.value)).toEqual(['cat-B1A']);
    const children = (await branch.ok(BREAKDOWN, { input: scope(units.B1), by: 'UNIT_CHILDREN' })).breakdown;
    expect(children.values.map((v: any) => v.unit.code)).toEqual(['B1A']);
    // Head office sees both branches.
    const all = (await t.admin.ok(BREAKDOWN, { input: scope(t.headOfficeId), by: 'UNIT_CHILDREN' })).breakdown;
    expect(all.values.map((v: any) => [v.unit.code, v.responseCount])).toEqual([
      ['B1', 1],
      ['B2', 1],
    ]);
  });
});

describe('rollupStatus', () => {
  const STATUS = `{ rollupStatus { tailResponses models { modelVersionId } } }`;

  it('tells an organisation about its own rollups only', async () => {
    // The tenant's model is rolled up; the other organisation has no response and sees no model of the tenant.
    expect((await t.admin.ok(STATUS)).rollupStatus.models).toHaveLength(1);
    expect((await other.admin.ok(STATUS)).rollupStatus).toEqual({ tailResponses: 0, models: [] });
  });

  it('is refused to a branch principal: it concerns the whole organisation', async () => {
    const res = await branch.request(STATUS);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/whole organisation/);
  });
});

describe('equalTreatment', () => {
  const EQUAL = `query($input: ScoresInput!) { equalTreatment(input: $input) { sides { by groups { value } } } }`;

  it('is refused to another organisation and to a branch principal outside its subtree', async () => {
    refused(await other.admin.request(EQUAL, { input: scope(t.headOfficeId) }));
    refused(await branch.request(EQUAL, { input: scope(units.B2) }));
  });

  it('gives a branch principal the groups of its own subtree only', async () => {
    const { equalTreatment } = await branch.ok(EQUAL, { input: scope(units.B1) });
    expect(equalTreatment.sides[0].groups.map((g: any) => g.value)).toEqual(['cat-B1A']);
  });
});
