import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

let app: TestApp;
let a: Tenant;
let b: Tenant;
let bBranch: { id: string };
let bUserId: string;
let bKeyId: string;
let bAssignmentId: string;

beforeAll(async () => {
  app = await startTestApp();
  a = await newTenant(app, 'Court Service A');
  b = await newTenant(app, 'Pension Fund B');
  bBranch = await newUnit(b.admin, b.headOfficeId, 'B-BRANCH');
  const user = await b.admin
    .ok(`mutation { createUser(input: { email: "analyst@b.test", displayName: "B analyst", password: "0123456789ab",
    roles: [{ role: ANALYST, unitId: "${bBranch.id}" }] }) { user { id roleAssignments { id } } } }`);
  bUserId = user.createUser.user.id;
  bAssignmentId = user.createUser.user.roleAssignments[0].id;
  const key = await b.admin.ok(
    `mutation { createApiKey(input: { name: "B system", role: ANALYST, unitId: "${b.headOfficeId}" }) { apiKey { id } } }`,
  );
  bKeyId = key.createApiKey.apiKey.id;
});
afterAll(() => app?.close());

describe('tenant isolation: organisation A naming any id of organisation B', () => {
  const attempts = () => [
    [`{ orgUnit(id: "${b.headOfficeId}") { name } }`, 'Org unit'],
    [`{ orgUnits(filter: { under: "${bBranch.id}" }) { totalCount } }`, 'Org unit'],
    [
      `mutation { createOrgUnit(input: { parentId: "${b.headOfficeId}", code: "SPY", name: "Spy", kind: BRANCH }) { id } }`,
      'Org unit',
    ],
    [`mutation { updateOrgUnit(input: { id: "${bBranch.id}", name: "Renamed" }) { id } }`, 'Org unit'],
    [`mutation { moveOrgUnit(input: { id: "${bBranch.id}", newParentId: "${a.headOfficeId}" }) { id } }`, 'Org unit'],
    [`mutation { moveOrgUnit(input: { id: "${a.headOfficeId}", newParentId: "${bBranch.id}" }) { id } }`, 'Org unit'],
    [`{ user(id: "${bUserId}") { email } }`, 'User'],
    [
      `mutation { assignRole(input: { userId: "${bUserId}", role: ADMIN, unitId: "${a.headOfficeId}" }) { id } }`,
      'User',
    ],
    [
      `mutation { assignRole(input: { userId: "${bUserId}", role: ADMIN, unitId: "${bBranch.id}" }) { id } }`,
      'Org unit',
    ],
    [`mutation { revokeRole(id: "${bAssignmentId}") }`, 'Role assignment'],
    [`mutation { createApiKey(input: { name: "x", role: ADMIN, unitId: "${b.headOfficeId}" }) { token } }`, 'Org unit'],
    [`mutation { revokeApiKey(id: "${bKeyId}") { id } }`, 'API key'],
  ];

  it('answers NOT_FOUND, never B’s data, and changes nothing in B', async () => {
    const before = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select (select count(*) from org_unit where organization_id = ?) units, (select name from org_unit where id = ?) name,
              (select revoked_at from api_key where id = ?) revoked, (select count(*) from role_assignment where organization_id = ?) roles`,
        [b.orgId, bBranch.id, bKeyId, b.orgId],
      );
    for (const [query, what] of attempts()) {
      const result = await a.admin.request(query);
      expect(result.errors?.[0].extensions?.code, query).toBe('NOT_FOUND');
      expect(result.errors?.[0].message, query).toMatch(new RegExp(`^${what} "`));
      expect(JSON.stringify(result.data ?? null)).not.toMatch(/B-BRANCH|Pension|analyst@b/);
    }
    const after = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select (select count(*) from org_unit where organization_id = ?) units, (select name from org_unit where id = ?) name,
              (select revoked_at from api_key where id = ?) revoked, (select count(*) from role_assignment where organization_id = ?) roles`,
        [b.orgId, bBranch.id, bKeyId, b.orgId],
      );
    expect(after).toEqual(before);
  });

  it('lists only its own units and organisation', async () => {
    const units = await a.admin.ok(`{ orgUnits { edges { node { id } } } organization { name headOffice { id } } }`);
    expect(units.orgUnits.edges.map((e: any) => e.node.id)).toEqual([a.headOfficeId]);
    expect(units.organization).toEqual({ name: 'Court Service A', headOffice: { id: a.headOfficeId } });
  });

  it('an API key of B sees only B', async () => {
    const key = await b.admin.ok(
      `mutation { createApiKey(input: { name: "B reader", role: ANALYST, unitId: "${b.headOfficeId}" }) { token } }`,
    );
    const system = app.client({ apiKey: key.createApiKey.token });
    expect((await system.fails(`{ orgUnit(id: "${a.headOfficeId}") { name } }`)).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('roles scoped to a unit subtree', () => {
  let region: { id: string };
  let branch: { id: string };
  let otherRegion: { id: string };
  let manager: Awaited<ReturnType<typeof newUserWithRole>>;

  beforeAll(async () => {
    region = await newUnit(a.admin, a.headOfficeId, 'REGION-1', 'REGION');
    branch = await newUnit(a.admin, region.id, 'R1-BRANCH');
    otherRegion = await newUnit(a.admin, a.headOfficeId, 'REGION-2', 'REGION');
    manager = await newUserWithRole(app, a, 'UNIT_MANAGER', region.id);
  });

  it('a unit manager works inside their subtree', async () => {
    const created = await manager.ok(
      `mutation { createOrgUnit(input: { parentId: "${branch.id}", code: "R1-SUB", name: "Sub", kind: SUB_BRANCH }) { depth } }`,
    );
    expect(created.createOrgUnit.depth).toBe(3);
    const seen = await manager.ok(`{ orgUnits { edges { node { code } } } }`);
    expect(seen.orgUnits.edges.map((e: any) => e.node.code).sort()).toEqual(['R1-BRANCH', 'R1-SUB', 'REGION-1']);
  });

  it('a unit manager acting outside their subtree is FORBIDDEN, and nothing changes', async () => {
    const attempts = [
      `mutation { createOrgUnit(input: { parentId: "${otherRegion.id}", code: "R2-X", name: "X", kind: BRANCH }) { id } }`,
      `mutation { updateOrgUnit(input: { id: "${otherRegion.id}", name: "Mine now" }) { id } }`,
      `mutation { moveOrgUnit(input: { id: "${branch.id}", newParentId: "${otherRegion.id}" }) { id } }`,
      `mutation { moveOrgUnit(input: { id: "${region.id}", newParentId: "${otherRegion.id}" }) { id } }`,
      `{ orgUnit(id: "${otherRegion.id}") { name } }`,
      `{ orgUnits(filter: { under: "${a.headOfficeId}" }) { totalCount } }`,
    ];
    for (const query of attempts) {
      const error = await manager.fails(query);
      expect(error.extensions?.code, query).toBe('FORBIDDEN');
      expect(error.message, query).toMatch(/needs (UNIT_MANAGE|UNIT_READ)/);
    }
    const check = await a.admin.ok(
      `{ orgUnit(id: "${otherRegion.id}") { name } b: orgUnit(id: "${branch.id}") { parent { code } } }`,
    );
    expect(check).toEqual({ orgUnit: { name: 'Unit REGION-2' }, b: { parent: { code: 'REGION-1' } } });
  });

  it('roles without a permission are refused at the edge with FORBIDDEN', async () => {
    const analyst = await newUserWithRole(app, a, 'ANALYST', a.headOfficeId);
    const error = await analyst.fails(
      `mutation { createOrgUnit(input: { parentId: "${region.id}", code: "NOPE", name: "N", kind: BRANCH }) { id } }`,
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await analyst.fails(
          `mutation { createApiKey(input: { name: "k", role: ADMIN, unitId: "${region.id}" }) { token } }`,
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await analyst.ok(`{ orgUnits { totalCount } }`)).orgUnits.totalCount).toBeGreaterThan(3);
  });

  it('an administrator of a subtree manages users only there', async () => {
    const regionalAdmin = await newUserWithRole(app, a, 'ADMIN', region.id);
    const inside = await regionalAdmin.ok(
      `mutation { createUser(input: { email: "interviewer@a.test", displayName: "I", roles: [{ role: INTERVIEWER, unitId: "${branch.id}" }] }) { user { id } } }`,
    );
    const error = await regionalAdmin.fails(
      `mutation { assignRole(input: { userId: "${inside.createUser.user.id}", role: ADMIN, unitId: "${a.headOfficeId}" }) { id } }`,
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('an assigned role takes effect on the next request; assigning twice is one assignment', async () => {
    const interviewer = await newUserWithRole(app, a, 'INTERVIEWER', branch.id);
    const me = await interviewer.ok(`{ me { user { id } } }`);
    expect((await interviewer.fails(`{ orgUnit(id: "${otherRegion.id}") { code } }`)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const assign = `mutation { assignRole(input: { userId: "${me.me.user.id}", role: ANALYST, unitId: "${otherRegion.id}" }) { id } }`;
    const first = await a.admin.ok(assign);
    const second = await a.admin.ok(assign);
    expect(second.assignRole.id).toBe(first.assignRole.id);
    expect((await interviewer.ok(`{ orgUnit(id: "${otherRegion.id}") { code } }`)).orgUnit.code).toBe('REGION-2');
    await a.admin.ok(`mutation { revokeRole(id: "${first.assignRole.id}") }`);
    expect((await interviewer.fails(`{ orgUnit(id: "${otherRegion.id}") { code } }`)).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('signed-out callers get UNAUTHENTICATED on every non-public operation', async () => {
    const anonymous = app.client();
    for (const query of [
      `{ organization { name } }`,
      `{ orgUnits { totalCount } }`,
      `mutation { revokeApiKey(id: "${bKeyId}") { id } }`,
    ]) {
      expect((await anonymous.fails(query)).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('user input checks', () => {
  it('refuses a duplicate e-mail, a short password and an unknown locale', async () => {
    const make = (email: string, extra = '') =>
      `mutation { createUser(input: { email: "${email}", displayName: "X" ${extra} }) { user { id } } }`;
    await a.admin.ok(make('dup@a.test'));
    expect((await a.admin.fails(make('DUP@a.test'))).extensions?.code).toBe('CONFLICT');
    expect((await a.admin.fails(make('short@a.test', ', password: "short"'))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect((await a.admin.fails(make('locale@a.test', ', locale: "fr"'))).message).toMatch(/en, zh-CN, uk/);
    const invalid = await a.admin.fails(make('not-an-email'));
    expect(invalid.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.message).toMatch(/email must be an e-mail address/);
  });
});

describe('API key scopes', () => {
  const KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { scopes } } }`;
  const newKey = async (input: Record<string, unknown>) =>
    (await a.admin.ok(KEY, { input: { name: 'scoped', unitId: a.headOfficeId, ...input } })).createApiKey;
  const SUBMIT_ANY = `mutation { submitResponse(input: { token: "no-such-token", answers: {}, clientRequestId: "${randomUUID()}" }) { responseId } }`;
  const RECORD = `mutation { recordMetric(input: { metricKey: "no-such-metric", unitId: "${'00000000-0000-4000-8000-000000000000'}", periodStart: "2026-01-01", periodEnd: "2026-02-01", value: 1 }) { id } }`;

  it('a key with READ_RESULTS only reads scores but cannot record metrics or submit responses', async () => {
    const q = await newQuestionnaire(a.admin, a.headOfficeId, ratingSurvey('fair'));
    await publish(a.admin, q.id, 'v1');
    const created = await a.admin.ok(
      `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
      {
        input: {
          unitId: a.headOfficeId,
          name: 'Scoped',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                {
                  key: 'fairness',
                  kind: 'SURVEY',
                  label: 'Fairness',
                  items: [{ questionnaireId: q.id, question: 'fair' }],
                },
              ],
            },
          },
        },
      },
    );
    const modelId = created.createIndicatorModel.id;
    await a.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);

    const reader = app.client({ apiKey: (await newKey({ role: 'ADMIN', scopes: ['READ_RESULTS'] })).token });
    const scores = await reader.ok(
      `{ scores(input: { modelId: "${modelId}", unitId: "${a.headOfficeId}", from: "2026-01-01", to: "2026-02-01" }) { responseCount } }`,
    );
    expect(scores.scores.responseCount).toBe(0);
    for (const [operation, scope] of [
      [RECORD, 'RECORD_METRICS'],
      [SUBMIT_ANY, 'SUBMIT_RESPONSES'],
    ] as const) {
      const refused = await reader.fails(operation);
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect(refused.message).toContain(`lacks the ${scope} scope`);
    }
    // A key with every scope gets past the guard to the operation itself, which finds nothing.
    const full = app.client({ apiKey: (await newKey({ role: 'ADMIN' })).token });
    expect((await full.fails(RECORD)).extensions?.code).not.toBe('FORBIDDEN');
    expect((await full.fails(SUBMIT_ANY)).extensions?.code).not.toBe('FORBIDDEN');
  });

  it('a key without scopes gets every scope of its role, and cannot carry one its role lacks', async () => {
    expect((await newKey({ role: 'ANALYST' })).apiKey.scopes).toEqual(['READ_RESULTS', 'SUBMIT_RESPONSES']);
    const refused = await a.admin.fails(KEY, {
      input: { name: 'x', unitId: a.headOfficeId, role: 'ANALYST', scopes: ['MANAGE'] },
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    expect(refused.message).toMatch(/ANALYST cannot carry MANAGE/);
  });
});
