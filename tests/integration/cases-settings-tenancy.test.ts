import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CASE, newPerson, type Person } from '../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/*
 * The cases module's settings (escalation rules, satisfaction threshold) belong to one organisation
 * and only its head-office administrators read or change them; the inbox's unit filter takes only
 * a unit the caller sees, and the units it offers (orgUnits) are the caller's own subtree.
 */

let app: TestApp;
let a: Tenant;
let b: Tenant;
let north: { id: string };
let northKyiv: { id: string };
let south: { id: string };
let northAdmin: Person;
let headManager: Person;
let northManager: Person;

const SETTINGS = `{ caseSettings { unitManagerAfterHours satisfiedFrom } }`;
const SAVE = `mutation($input: SaveCaseSettingsInput!) { saveCaseSettings(input: $input) { unitManagerAfterHours } }`;
const rules = (unit: number) => ({
  input: { remindOwnerAfterHours: 0, unitManagerAfterHours: unit, parentManagerAfterHours: 48, satisfiedFrom: 70 },
});
const LIST = `query($filter: CaseFilterInput) { cases(filter: $filter, first: 50) { totalCount } }`;
const UNITS = `{ orgUnits(first: 200) { edges { node { id } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  a = await newTenant(app, 'Agency A');
  b = await newTenant(app, 'Agency B');
  north = await newUnit(a.admin, a.headOfficeId, 'NORTH');
  northKyiv = await newUnit(a.admin, north.id, 'NORTH_KYIV');
  south = await newUnit(a.admin, a.headOfficeId, 'SOUTH');
  northAdmin = await newPerson(app, a, 'ADMIN', north.id, 'NorthAdmin');
  headManager = await newPerson(app, a, 'UNIT_MANAGER', a.headOfficeId, 'HeadManager');
  northManager = await newPerson(app, a, 'UNIT_MANAGER', north.id, 'NorthManager');
  await a.admin.ok(SAVE, rules(12));
  const input = { unitId: south.id, channel: 'EMAIL', description: 'Lost my file.' };
  await a.admin.ok(CREATE_CASE, { input });
});
afterAll(() => app?.close());

describe('case settings', () => {
  it('another organisation reads and changes only its own rules', async () => {
    expect((await b.admin.ok(SETTINGS)).caseSettings.unitManagerAfterHours).toBe(24);
    await b.admin.ok(SAVE, rules(6));
    expect((await b.admin.ok(SETTINGS)).caseSettings.unitManagerAfterHours).toBe(6);
    expect((await a.admin.ok(SETTINGS)).caseSettings.unitManagerAfterHours).toBe(12);
  });

  it('a branch administrator and a head-office manager can neither read nor change them', async () => {
    for (const client of [northAdmin.client, headManager.client]) {
      expect((await client.fails(SETTINGS)).extensions?.code).toBe('FORBIDDEN');
      expect((await client.fails(SAVE, rules(1))).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await a.admin.ok(SETTINGS)).caseSettings.unitManagerAfterHours).toBe(12);
  });
});

describe('inbox unit filter', () => {
  it('offers the caller’s own subtree and refuses a unit outside it, saying what to do', async () => {
    const offered = (await northManager.client.ok(UNITS)).orgUnits.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(offered.sort()).toEqual([north.id, northKyiv.id].sort());
    expect((await northManager.client.ok(LIST, { filter: { unitId: northKyiv.id } })).cases.totalCount).toBe(0);
    const outside = await northManager.client.fails(LIST, { filter: { unitId: south.id } });
    expect(outside.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
    expect(outside.message).toBe(
      'The inbox cannot be narrowed to a unit outside your part of the organisation: choose one of your own units.',
    );
    // The head office's manager may narrow to the south, and finds its case there.
    expect((await headManager.client.ok(LIST, { filter: { unitId: south.id } })).cases.totalCount).toBe(1);
    expect((await b.admin.fails(LIST, { filter: { unitId: south.id } })).extensions?.code).toBe('NOT_FOUND');
  });
});
