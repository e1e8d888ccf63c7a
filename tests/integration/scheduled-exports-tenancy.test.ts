import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../gql/graphql.js';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { reportFixture, type ReportFixture } from '../support/reports.js';

/*
 * Scheduled exports (docs/exports.md) belong to an organisation and a unit subtree: another
 * organisation never sees or changes them (NOT_FOUND, empty list), and an ADMIN of one branch
 * neither sees nor changes those of the head office or a sibling branch (FORBIDDEN).
 */

let app: TestApp;
let t: Tenant;
let other: Tenant;
let f: ReportFixture;
let northAdmin: GraphQLClient;
let headOfficeExport: string;

const CREATE = `mutation($input: CreateScheduledExportInput!) { createScheduledExport(input: $input) { id unitId } }`;
const LIST = `{ scheduledExports { id unitId } }`;
const DELETE = `mutation($id: ID!) { deleteScheduledExport(id: $id) }`;
const UPDATE = `mutation($id: ID!, $input: CreateScheduledExportInput!) { updateScheduledExport(id: $id, input: $input) {
  id } }`;
const PAUSE = `mutation($id: ID!) { pauseScheduledExport(id: $id, paused: true) { id paused } }`;

const define = (unitId: string) => ({
  name: 'Results',
  unitId,
  contents: ['RESULTS'],
  format: 'CSV',
  periodKind: 'MONTH',
  modelId: f.modelId,
  emails: ['bi@example.test'],
});

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Owner');
  other = await newTenant(app, 'Stranger');
  f = await reportFixture(app, t);
  northAdmin = await newUserWithRole(app, t, 'ADMIN' as Role, f.units.NORTH);
  headOfficeExport = (await t.admin.ok(CREATE, { input: define(t.headOfficeId) })).createScheduledExport.id;
});
afterAll(() => app?.close());

describe('scheduled exports tenancy', () => {
  it('another organisation cannot list, create on, change or delete them: NOT_FOUND, an empty list', async () => {
    expect((await other.admin.ok(LIST)).scheduledExports).toEqual([]);
    const created = await other.admin.fails(CREATE, { input: define(f.units.NORTH) });
    expect(created.extensions?.code).toBe('NOT_FOUND');
    const deleted = await other.admin.fails(DELETE, { id: headOfficeExport });
    expect(deleted.extensions?.code).toBe('NOT_FOUND');
    const paused = await other.admin.fails(PAUSE, { id: headOfficeExport });
    expect(paused.extensions?.code).toBe('NOT_FOUND');
    const moved = await other.admin.fails(UPDATE, { id: headOfficeExport, input: define(other.headOfficeId) });
    expect(moved.extensions?.code).toBe('NOT_FOUND');
    expect((await t.admin.ok(LIST)).scheduledExports.map((s: { id: string }) => s.id)).toContain(headOfficeExport);
  });

  it('a branch admin reaches only its subtree: FORBIDDEN above or beside it', async () => {
    const own = (await northAdmin.ok(CREATE, { input: define(f.units.NORTH) })).createScheduledExport;
    expect(own.unitId).toBe(f.units.NORTH);
    const listed = (await northAdmin.ok(LIST)).scheduledExports.map((s: { id: string }) => s.id);
    expect(listed).toEqual([own.id]);
    const sibling = await northAdmin.fails(CREATE, { input: define(f.units.SOUTH) });
    expect(sibling.extensions?.code).toBe('FORBIDDEN');
    const above = await northAdmin.fails(DELETE, { id: headOfficeExport });
    expect(above.extensions?.code).toBe('FORBIDDEN');
    expect((await northAdmin.fails(PAUSE, { id: headOfficeExport })).extensions?.code).toBe('FORBIDDEN');
    const upward = await northAdmin.fails(UPDATE, { id: own.id, input: define(t.headOfficeId) });
    expect(upward.extensions?.code).toBe('FORBIDDEN');
    expect((await northAdmin.ok(PAUSE, { id: own.id })).pauseScheduledExport.paused).toBe(true);
    expect(await northAdmin.ok(DELETE, { id: own.id })).toEqual({ deleteScheduledExport: true });
  });
});
