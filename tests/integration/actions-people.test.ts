import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, newUser, type ActionsFixture } from '../support/actions.js';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let f: ActionsFixture;
let other: Tenant;
let branchA: { id: string; email: string; client: GraphQLClient };
let interviewerA: { id: string; email: string };
let analystB: { id: string; client: GraphQLClient };

const PEOPLE = `query($unitId: ID!, $role: Role) { actionPeople(unitId: $unitId, role: $role) { id email } }`;
const code = async (client: GraphQLClient, unitId: string) =>
  (await client.request(PEOPLE, { unitId })).errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp();
  f = await actionsFixture(app);
  other = await newTenant(app, 'Other');
  branchA = await newUser(app, f.t, 'a-manager', 'UNIT_MANAGER', f.units.A);
  interviewerA = await newUser(app, f.t, 'a-caller', 'INTERVIEWER', f.units.A);
  analystB = await newUser(app, f.t, 'b-analyst', 'ANALYST', f.units.B);
});
afterAll(() => app?.close());

describe('actionPeople: whom an action or a call list can be given to', () => {
  it('lists the users holding a role on the unit or above it, and only interviewers when asked', async () => {
    const { actionPeople } = await branchA.client.ok(PEOPLE, { unitId: f.units.A });
    const emails = actionPeople.map((p: { email: string }) => p.email);
    // The tenant admin (head office), the region manager (REGION), A's manager and A's interviewer; not B's analyst.
    expect(new Set(emails)).toEqual(new Set([f.t.adminEmail, f.manager.email, branchA.email, interviewerA.email]));
    expect(emails).toHaveLength(4);
    const callers = (await branchA.client.ok(PEOPLE, { unitId: f.units.A, role: 'INTERVIEWER' })).actionPeople;
    expect(callers.map((p: { id: string }) => p.id)).toEqual([interviewerA.id]);
  });

  it('is refused outside the caller’s subtree, to readers who cannot open actions, and across organisations', async () => {
    expect(await code(branchA.client, f.units.B)).toBe('FORBIDDEN');
    expect(await code(analystB.client, f.units.B)).toBe('FORBIDDEN');
    expect(await code(other.admin, f.units.A)).toBe('NOT_FOUND');
  });
});
