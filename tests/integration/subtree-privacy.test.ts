import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUnit, newUserWithRole, signIn, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// One organisation: head office HO with branches B1 and B2. The callers hold roles over B1 only.
let app: TestApp;
let t: Tenant;
let b1: { id: string; code: string };
let b2: { id: string; code: string };
let branchAdmin: GraphQLClient;
let branchAuthor: GraphQLClient;
const SIBLING = /B2-LVIV|Unit B2|HO-MAIN|Unit HO/;

const USER = `query($id: ID!) { user(id: $id) { email roleAssignments { role unit { code } } } }`;
const newUser = async (email: string, roles: { role: string; unitId: string }[]) =>
  (
    await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { email, displayName: email, password: 'plum kettle orbit', roles },
    })
  ).createUser.user.id as string;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension Fund');
  await t.admin.ok(
    `mutation($id: ID!) { updateOrgUnit(input: { id: $id, code: "HO-MAIN", name: "Unit HO-MAIN" }) { id } }`,
    { id: t.headOfficeId },
  );
  b1 = await newUnit(t.admin, t.headOfficeId, 'B1-KYIV');
  b2 = await newUnit(t.admin, t.headOfficeId, 'B2-LVIV');
  branchAdmin = await newUserWithRole(app, t, 'ADMIN', b1.id);
  branchAuthor = await newUserWithRole(app, t, 'AUTHOR', b1.id);
});
afterAll(() => app?.close());

describe('inside one organisation, a branch principal', () => {
  it('reads only users holding a role in its subtree, and only their roles there', async () => {
    const headAdminId = (await t.admin.ok(`{ me { user { id } } }`)).me.user.id;
    const denied = await branchAdmin.request(USER, { id: headAdminId });
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(denied)).not.toContain(t.adminEmail);
    const siblingOnly = await newUser(`b2-analyst@${t.slug}.test`, [{ role: 'ANALYST', unitId: b2.id }]);
    expect((await branchAdmin.request(USER, { id: siblingOnly })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const both = await newUser(`both@${t.slug}.test`, [
      { role: 'ANALYST', unitId: b1.id },
      { role: 'ADMIN', unitId: t.headOfficeId },
    ]);
    expect((await branchAdmin.ok(USER, { id: both })).user).toEqual({
      email: `both@${t.slug}.test`,
      roleAssignments: [{ role: 'ANALYST', unit: { code: 'B1-KYIV' } }],
    });
    expect((await t.admin.ok(USER, { id: both })).user.roleAssignments).toHaveLength(2);
    expect((await t.admin.ok(USER, { id: siblingOnly })).user.email).toBe(`b2-analyst@${t.slug}.test`);
  });

  it('is refused in units outside its subtree with a sentence that does not name them', async () => {
    const attempts: [GraphQLClient, string][] = [
      [branchAdmin, `{ orgUnit(id: "${b2.id}") { code } }`],
      [
        branchAdmin,
        `mutation { createOrgUnit(input: { parentId: "${b2.id}", code: "X", name: "X", kind: BRANCH }) { id } }`,
      ],
      [
        branchAdmin,
        `mutation { assignRole(input: { userId: "${b1.id}", role: ADMIN, unitId: "${t.headOfficeId}" }) { id } }`,
      ],
      [branchAuthor, `{ orgUnits(filter: { under: "${b2.id}" }) { totalCount } }`],
    ];
    for (const [client, query] of attempts) {
      const error = await client.fails(query);
      expect(error.extensions?.code, query).toBe('FORBIDDEN');
      expect(error.message, query).toMatch(/outside your part of the organisation/);
      expect(error.message, query).not.toMatch(SIBLING);
    }
    // A unit the caller may see is named, so the person knows which one.
    await newUser(`reader@${t.slug}.test`, [
      { role: 'ANALYST', unitId: t.headOfficeId },
      { role: 'ADMIN', unitId: b1.id },
    ]);
    const reader = await signIn(app, `reader@${t.slug}.test`, 'plum kettle orbit');
    const named = await reader.fails(
      `mutation { createOrgUnit(input: { parentId: "${b2.id}", code: "Y", name: "Y", kind: BRANCH }) { id } }`,
    );
    expect(named.message).toMatch(/unit "Unit B2-LVIV" \(B2-LVIV\)/);
  });

  it('cannot create an organisation-wide weighting scheme; an author at the head office can', async () => {
    const input = {
      name: 'Population 2026',
      kind: 'POST_STRATIFICATION',
      cells: [{ unitId: b1.id, category: 'insured', population: 1000 }],
    };
    const CREATE = `mutation($input: WeightingSchemeInput!) { createWeightingScheme(input: $input) { id name } }`;
    const refused = await branchAuthor.fails(CREATE, { input });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/apply to the whole organisation/);
    const headAuthor = await newUserWithRole(app, t, 'AUTHOR', t.headOfficeId);
    expect((await headAuthor.ok(CREATE, { input })).createWeightingScheme.name).toBe('Population 2026');
  });
});
