import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { newUser } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/**
 * Tenancy of staff attribution (issue 18): `unitStaff` and the POST / STAFF breakdowns stay inside
 * the organisation and the caller's subtree. Staff names are personal data: a refusal never lists them.
 */
let app: TestApp;
let t: Tenant;
let other: Tenant;
let north: string;
let south: string;
let modelId: string;

const UNIT_STAFF = `query($u: ID!) { unitStaff(unitId: $u) { id name } }`;
const BREAKDOWN = `query($input: ScoresInput!, $by: BreakdownDimension!) { breakdown(input: $input, by: $by) { values { value } } }`;
const input = (unitId: string) => ({ modelId, unitId, from: '2026-01-01', to: '2027-01-01' });

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Insurer');
  other = await newTenant(app, 'Other');
  north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
  south = (await newUnit(t.admin, t.headOfficeId, 'SOUTH')).id;
  await t.admin.ok(`mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`, {
    input: { unitId: south, name: 'Southern clerk', post: 'COUNTER_CLERK', code: 'S1' },
  });
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'rating', name: 'q1', rateMin: 1, rateMax: 5 }],
  });
  await publish(t.admin, q.id);
  modelId = (
    await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
      input: {
        unitId: t.headOfficeId,
        name: 'Index',
        definition: {
          root: {
            key: 'index',
            kind: 'INDEX',
            label: 'Index',
            children: [{ key: 'q1', kind: 'SURVEY', label: 'Q1', items: [{ questionnaireId: q.id, question: 'q1' }] }],
          },
        },
      },
    })
  ).createIndicatorModel.id;
  await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, { m: modelId });
});
afterAll(() => app?.close());

describe('staff attribution tenancy', () => {
  it('another organisation reads no unit staff and breaks down nobody’s results by staff (unitStaff, breakdown)', async () => {
    const refused = await other.admin.fails(UNIT_STAFF, { u: south });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.extensions?.code);
    expect(JSON.stringify(refused)).not.toMatch(/Southern clerk/);
    for (const by of ['POST', 'STAFF']) {
      const error = await other.admin.fails(BREAKDOWN, { input: input(t.headOfficeId), by });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.extensions?.code);
    }
  });

  it('a branch principal reaches no staff outside its subtree (unitStaff, breakdown)', async () => {
    // An interviewer of NORTH; a head-office analyst (results everywhere) given STAFF_REVIEWER over NORTH only.
    const interviewer = (await newUser(app, t, 'INTERVIEWER', north)).client;
    expect((await interviewer.fails(UNIT_STAFF, { u: south })).extensions?.code).toBe('FORBIDDEN');
    const analyst = await newUser(app, t, 'ANALYST', t.headOfficeId);
    await t.admin.ok(`mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, {
      input: { userId: analyst.userId, role: 'STAFF_REVIEWER', unitId: north },
    });
    await analyst.client.ok(BREAKDOWN, { input: input(north), by: 'STAFF' });
    for (const unitId of [south, t.headOfficeId]) {
      await analyst.client.ok(BREAKDOWN, { input: input(unitId), by: 'CHANNEL' });
      for (const by of ['POST', 'STAFF']) {
        const refused = await analyst.client.fails(BREAKDOWN, { input: input(unitId), by });
        expect([refused.extensions?.code, refused.message]).toEqual([
          'FORBIDDEN',
          expect.stringMatching(/STAFF_BREAKDOWN_READ/),
        ]);
      }
    }
    // STAFF_REVIEWER alone reads no staff register and no results.
    const reviewer = await newUser(app, t, 'STAFF_REVIEWER', t.headOfficeId);
    expect((await reviewer.client.fails(UNIT_STAFF, { u: north })).extensions?.code).toBe('FORBIDDEN');
    expect((await reviewer.client.fails(BREAKDOWN, { input: input(north), by: 'STAFF' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('a branch principal or another organisation edits no staff member or key client (updateStaffMember, updateKeyClient)', async () => {
    const member = (
      await t.admin.ok(
        `mutation { addStaffMember(input: { unitId: "${south}", name: "Kept clerk", post: COUNTER_CLERK }) { id } }`,
      )
    ).addStaffMember.id;
    const client = (
      await t.admin.ok(
        `mutation { addKeyClient(input: { unitId: "${south}", name: "Kept Ltd", kind: ENTERPRISE }) { id } }`,
      )
    ).addKeyClient.id;
    const STAFF = `mutation($id: ID!) { updateStaffMember(input: { id: $id, name: "Changed", active: false }) { id } }`;
    const CLIENT = `mutation($id: ID!) { updateKeyClient(input: { id: $id, name: "Changed", active: false }) { id } }`;
    const northManager = (await newUser(app, t, 'UNIT_MANAGER', north)).client;
    for (const [caller, code] of [
      [northManager, 'FORBIDDEN'],
      [other.admin, 'NOT_FOUND'],
    ] as const) {
      expect((await caller.fails(STAFF, { id: member })).extensions?.code).toBe(code);
      expect((await caller.fails(CLIENT, { id: client })).extensions?.code).toBe(code);
    }
    const kept = await t.admin.ok(
      `query($u: ID!) { staffMembers(unitId: $u) { id name active } keyClients(unitId: $u) { id name active } }`,
      { u: south },
    );
    expect(kept.staffMembers.find((s: any) => s.id === member)).toMatchObject({ name: 'Kept clerk', active: true });
    expect(kept.keyClients.find((c: any) => c.id === client)).toMatchObject({ name: 'Kept Ltd', active: true });
  });
});
