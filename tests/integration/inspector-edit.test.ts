import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { MY_ASSIGNMENTS, newUser, registerInspector } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/**
 * Editing the inspector register (docs/fieldwork.md, Registers): the rules of registering one, and
 * a deactivated inspector kept on past assignments but given no new one (`INACTIVE`), as for staff.
 */
let app: TestApp;
let t: Tenant;
let other: Tenant;
let north: string;
let south: string;
let versionId: string;
let kindId: string;

const UPDATE = `mutation($input: UpdateInspectorInput!) {
  updateInspector(input: $input) { id name category unitIds homeUnitId active }
}`;
const PLAN = `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`;
const plan = (inspectorIds: string[], dates = ['2099-05-04']) => ({
  input: {
    ownerUnitId: t.headOfficeId,
    name: 'Spring checks',
    kindId,
    questionnaireVersionId: versionId,
    unitIds: [north],
    inspectorIds,
    dates,
  },
});

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Insurer');
  other = await newTenant(app, 'Other');
  north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
  south = (await newUnit(t.admin, t.headOfficeId, 'SOUTH')).id;
  const q = await newQuestionnaire(t.admin, t.headOfficeId, {
    elements: [{ type: 'rating', name: 'q1', rateMin: 1, rateMax: 5 }],
  });
  versionId = (await publish(t.admin, q.id)).id;
  const kinds = (await t.admin.ok(`query { inspectionKinds { id key } }`)).inspectionKinds;
  kindId = kinds.find((k: any) => k.key === 'DAILY_CHECK').id;
});
afterAll(() => app?.close());

describe('editing inspectors', () => {
  it('edits name, kind, units and home unit with the register’s rules; fields left out stay', async () => {
    const id = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Ivan',
      category: 'STAFF',
      unitIds: [north],
      homeUnitId: south,
    });
    const renamed = (await t.admin.ok(UPDATE, { input: { id, name: '  Ivan P.  ', unitIds: [north, south] } }))
      .updateInspector;
    expect(renamed).toEqual({
      id,
      name: 'Ivan P.',
      category: 'STAFF',
      unitIds: [north, south],
      homeUnitId: south,
      active: true,
    });
    // An external supervisor works at no unit of the organisation: the home unit goes first.
    const external = await t.admin.fails(UPDATE, { input: { id, category: 'JOURNALIST' } });
    expect(external.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'homeUnitId' });
    const moved = (await t.admin.ok(UPDATE, { input: { id, category: 'JOURNALIST', homeUnitId: '' } })).updateInspector;
    expect(moved).toMatchObject({ category: 'JOURNALIST', homeUnitId: null, unitIds: [north, south] });
    const none = await t.admin.fails(UPDATE, { input: { id, unitIds: [] } });
    expect(none.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds' });
    const blank = await t.admin.fails(UPDATE, { input: { id, name: ' ' } });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const outside = await t.admin.fails(UPDATE, { input: { id, unitIds: [other.headOfficeId] } });
    expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']).toContain(outside.extensions?.code);
  });

  it('a deactivated inspector keeps past assignments, is refused for new ones (INACTIVE), and sees none', async () => {
    const { client: mila, userId } = await newUser(app, t, 'INSPECTOR', t.headOfficeId);
    const id = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Mila',
      category: 'MYSTERY_SHOPPER',
      unitIds: [t.headOfficeId],
      userId,
    });
    const spare = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Spare',
      category: 'PROFESSIONAL',
      unitIds: [t.headOfficeId],
    });
    const planId = (await t.admin.ok(PLAN, plan([id]))).createVisitPlan.id;
    expect((await mila.ok(MY_ASSIGNMENTS)).myAssignments).toHaveLength(1);

    expect((await t.admin.ok(UPDATE, { input: { id, active: false } })).updateInspector.active).toBe(false);
    // Named beside an active inspector it is refused, not skipped: the plan would silently go to the other.
    const refused = await t.admin.fails(PLAN, plan([spare, id]));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inspectorIds', reason: 'INACTIVE' });
    expect(refused.message).toMatch(/Inspector "Mila" is deactivated/);
    const assignments = (
      await t.admin.ok(`query($p: ID!) { planAssignments(planId: $p) { id inspector { id name } } }`, { p: planId })
    ).planAssignments;
    expect(assignments.map((a: any) => a.inspector.id)).toEqual([id]); // kept on the past assignment
    const REASSIGN = `mutation($a: ID!, $i: ID!) { reassignAssignment(assignmentId: $a, inspectorId: $i) { id } }`;
    await t.admin.ok(REASSIGN, { a: assignments[0].id, i: spare });
    const back = await t.admin.fails(REASSIGN, { a: assignments[0].id, i: id });
    expect(back.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inspectorId', reason: 'INACTIVE' });
    expect((await mila.ok(MY_ASSIGNMENTS)).myAssignments).toEqual([]);
    const listed = (await t.admin.ok(`query { inspectors { id active } }`)).inspectors;
    expect(listed).toContainEqual({ id, active: false });

    // Reactivated, they are offered again; their account may hold one active entry only.
    const twin = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Mila again',
      category: 'MYSTERY_SHOPPER',
      unitIds: [t.headOfficeId],
      userId,
    });
    expect((await t.admin.fails(UPDATE, { input: { id, active: true } })).extensions?.code).toBe('CONFLICT');
    await t.admin.ok(UPDATE, { input: { id: twin, active: false } });
    await t.admin.ok(UPDATE, { input: { id, active: true } });
    await t.admin.ok(PLAN, plan([id], ['2099-06-01']));
  });

  it('a branch principal or another organisation edits no inspector (updateInspector)', async () => {
    const id = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Kept inspector',
      category: 'LAWYER',
      unitIds: [north],
    });
    const northManager = (await newUser(app, t, 'UNIT_MANAGER', north)).client;
    const input = { id, name: 'Changed', active: false };
    expect((await northManager.fails(UPDATE, { input })).extensions?.code).toBe('FORBIDDEN');
    const foreign = await other.admin.fails(UPDATE, { input });
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(foreign)).not.toMatch(/Kept inspector/);
    const kept = (await t.admin.ok(`query { inspectors { id name active } }`)).inspectors;
    expect(kept).toContainEqual({ id, name: 'Kept inspector', active: true });
  });
});
