import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CASE, newPerson, type Person } from '../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/*
 * What the web pages read beyond the cases module's first operations: the moves a caller may make,
 * the people a case can be assigned to, names on the case and its timeline, and the inbox filters
 * (category, priority, channel, text). Another organisation and a branch outside the case's unit
 * learn nothing through them.
 */

let app: TestApp;
let a: Tenant;
let b: Tenant;
let north: { id: string };
let south: { id: string };
let northManager: Person;
let southManager: Person;
let northOperator: Person;
let caseId: string;

const PAGE_FIELDS = `query($id: ID!, $u: ID) { case(id: $id) {
  allowedMoves canHandle ownerName unitName assignees(unitId: $u) { id displayName } timeline { kind actorName } } }`;
const LIST = `query($filter: CaseFilterInput) { cases(filter: $filter, first: 50) { totalCount edges { node { id } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  a = await newTenant(app, 'Agency A');
  b = await newTenant(app, 'Agency B');
  north = await newUnit(a.admin, a.headOfficeId, 'NORTH');
  south = await newUnit(a.admin, a.headOfficeId, 'SOUTH');
  northManager = await newPerson(app, a, 'UNIT_MANAGER', north.id, 'Nora');
  southManager = await newPerson(app, a, 'UNIT_MANAGER', south.id, 'Sam');
  northOperator = await newPerson(app, a, 'INTERVIEWER', north.id, 'Olga');
  const input = { unitId: north.id, channel: 'PHONE_HOTLINE', priority: 'HIGH', description: 'Rude clerk 态度差' };
  caseId = (await northOperator.client.ok(CREATE_CASE, { input })).createCase.id;
});
afterAll(() => app?.close());

describe('case page fields', () => {
  it('offers a manager the next moves and the people of the unit and above; the operator neither', async () => {
    const managed = (await northManager.client.ok(PAGE_FIELDS, { id: caseId })).case;
    expect(managed.allowedMoves).toEqual(['ACKNOWLEDGED']);
    expect(managed.canHandle).toBe(true);
    expect(managed.unitName).toBe('Unit NORTH');
    const names = managed.assignees.map((p: { displayName: string }) => p.displayName);
    expect(names).toEqual(expect.arrayContaining(['Nora', 'Olga']));
    expect(names).not.toContain('Sam');
    expect(managed.timeline[0]).toEqual({ kind: 'RECEIVED', actorName: 'Olga' });
    const entered = (await northOperator.client.ok(PAGE_FIELDS, { id: caseId })).case;
    expect(entered.allowedMoves).toEqual([]);
    expect(entered.assignees).toEqual([]);
    expect(entered.canHandle).toBe(false);
  });

  it('another organisation and a branch outside cannot read them', async () => {
    expect((await b.admin.fails(PAGE_FIELDS, { id: caseId })).extensions?.code).toBe('NOT_FOUND');
    expect((await southManager.client.fails(PAGE_FIELDS, { id: caseId })).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('inbox filters', () => {
  it('narrow by priority, channel and text, and list nothing for another organisation or branch', async () => {
    const count = async (client: Person['client'], filter: object) =>
      (await client.ok(LIST, { filter })).cases.totalCount;
    expect(await count(northManager.client, { priority: 'HIGH', channel: 'PHONE_HOTLINE', search: '态度' })).toBe(1);
    expect(await count(northManager.client, { priority: 'LOW' })).toBe(0);
    expect(await count(northManager.client, { channel: 'EMAIL' })).toBe(0);
    expect(await count(northManager.client, { search: 'polite' })).toBe(0);
    // A % in the text is a character, not a wildcard.
    expect(await count(northManager.client, { search: '%' })).toBe(0);
    expect(await count(b.admin, { search: 'Rude' })).toBe(0);
    expect(await count(southManager.client, { search: 'Rude', priority: 'HIGH' })).toBe(0);
  });
});
