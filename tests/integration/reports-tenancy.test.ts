import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { CREATE_DRAFT, EDIT_DRAFT, ISSUE, REPORT, reportFixture, sessionCookie } from '../support/reports.js';
import type { ReportFixture } from '../support/reports.js';

let app: TestApp;
let t: Tenant;
let other: Tenant;
let f: ReportFixture;
let southAnalyst: GraphQLClient;
let southManager: GraphQLClient;
let northAnalyst: GraphQLClient;
let reportId: string;
let subscriptionId: string;

const SUBSCRIBE = `mutation($input: CreateReportSubscriptionInput!) { createReportSubscription(input: $input) { id } }`;
const SUBSCRIPTIONS = `query($u: ID!) { reportSubscriptions(unitId: $u) { id } }`;
const UNSUBSCRIBE = `mutation($id: ID!) { deleteReportSubscription(id: $id) }`;
const LIST = `query($u: ID!) { reports(unitId: $u) { id } }`;
const LIST_SUBTREE = `query($u: ID!) { reports(unitId: $u, subtree: true) { id unitId } }`;
const REFRESH = `mutation($id: ID!) { refreshReportDraft(id: $id) { id } }`;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Owner');
  other = await newTenant(app, 'Other');
  f = await reportFixture(app, t);
  await f.respond('NORTH', '2026-04-10T10:00:00Z', { speed: 5 });
  southAnalyst = await newUserWithRole(app, t, 'ANALYST', f.units.SOUTH);
  southManager = await newUserWithRole(app, t, 'UNIT_MANAGER', f.units.SOUTH);
  northAnalyst = await newUserWithRole(app, t, 'ANALYST', f.units.NORTH);
  const input = { unitId: f.units.NORTH, modelId: f.modelId, periodKind: 'QUARTER', periodStart: '2026-04-01' };
  reportId = (await northAnalyst.ok(CREATE_DRAFT, { input: { ...input, language: 'en' } })).createReportDraft.id;
  subscriptionId = (
    await t.admin.ok(SUBSCRIBE, { input: { ...input, periodStart: undefined, language: 'uk', emails: ['a@b.test'] } })
  ).createReportSubscription.id;
});
afterAll(() => app?.close());

const draftOf = (unitId: string) => ({
  input: { unitId, modelId: f.modelId, periodKind: 'QUARTER', periodStart: '2026-04-01', language: 'en' },
});
const subscriptionOf = (unitId: string) => ({
  input: { unitId, modelId: f.modelId, periodKind: 'MONTH', language: 'en', emails: ['x@y.test'] },
});

describe('another organisation', () => {
  it('finds none of the reports or subscriptions (NOT_FOUND)', async () => {
    const c = other.admin;
    for (const [query, vars] of [
      [REPORT, { id: reportId }],
      [EDIT_DRAFT, { input: { reportId, commentary: 'x' } }],
      [REFRESH, { id: reportId }],
      [ISSUE, { id: reportId }],
      [LIST, { u: f.units.NORTH }],
      [LIST_SUBTREE, { u: f.units.HO }],
      [CREATE_DRAFT, draftOf(f.units.NORTH)],
      [SUBSCRIBE, subscriptionOf(f.units.NORTH)],
      [SUBSCRIPTIONS, { u: f.units.NORTH }],
      [UNSUBSCRIBE, { id: subscriptionId }],
    ] as const)
      expect((await c.fails(query, vars)).extensions?.code, query).toBe('NOT_FOUND');
    const pdf = await fetch(`${app.url}/api/reports/${reportId}.pdf`, { headers: { cookie: sessionCookie(c) } });
    expect(pdf.status).toBe(404);
  });
});

describe('a branch principal', () => {
  it('cannot reach the reports and subscriptions of a unit outside its subtree (FORBIDDEN)', async () => {
    for (const [client, query, vars] of [
      [southAnalyst, REPORT, { id: reportId }],
      [southAnalyst, EDIT_DRAFT, { input: { reportId, commentary: 'x' } }],
      [southAnalyst, REFRESH, { id: reportId }],
      [southAnalyst, LIST, { u: f.units.NORTH }],
      [southAnalyst, LIST_SUBTREE, { u: f.units.NORTH }],
      [northAnalyst, LIST_SUBTREE, { u: f.units.HO }],
      [southAnalyst, CREATE_DRAFT, draftOf(f.units.NORTH)],
      [southManager, ISSUE, { id: reportId }],
      [southManager, SUBSCRIBE, subscriptionOf(f.units.NORTH)],
      [southManager, SUBSCRIPTIONS, { u: f.units.NORTH }],
      [southManager, UNSUBSCRIBE, { id: subscriptionId }],
    ] as const)
      expect((await client.fails(query, vars)).extensions?.code, query).toBe('FORBIDDEN');
    const html = await fetch(`${app.url}/api/reports/${reportId}.html`, {
      headers: { cookie: sessionCookie(southAnalyst) },
    });
    expect(html.status).toBe(403);
  });

  it('drafts its own unit’s report as ANALYST but only a manager or admin issues it', async () => {
    expect((await northAnalyst.fails(ISSUE, { id: reportId })).extensions?.code).toBe('FORBIDDEN');
    expect((await northAnalyst.ok(REPORT, { id: reportId })).report.id).toBe(reportId);
    const own = (await southManager.ok(CREATE_DRAFT, draftOf(f.units.SOUTH))).createReportDraft;
    // A branch report has no sibling ranking when the branch may not read its parent's results.
    expect(own.content.siblings).toBeNull();
    expect((await southManager.ok(ISSUE, { id: own.id })).issueReport.status).toBe('ISSUED');
  });
});

describe('the archive of a subtree', () => {
  it('lists the reports of the units below with subtree, only the unit’s own without', async () => {
    // NORTH's report (drafted above) and the SOUTH drafts of the previous test; none of head office's own.
    const own = (await t.admin.ok(LIST, { u: f.units.HO })).reports;
    expect(own).toEqual([]);
    const all = (await t.admin.ok(LIST_SUBTREE, { u: f.units.HO })).reports;
    expect(all).toContainEqual({ id: reportId, unitId: f.units.NORTH });
    const units = new Set(all.map((r: { unitId: string }) => r.unitId));
    expect([...units].every((u) => u === f.units.NORTH || u === f.units.SOUTH)).toBe(true);
    // A leaf's subtree is the leaf: SOUTH's archive has none of NORTH's reports.
    const south = (await southAnalyst.ok(LIST_SUBTREE, { u: f.units.SOUTH })).reports;
    expect(south.every((r: { unitId: string }) => r.unitId === f.units.SOUTH)).toBe(true);
  });
});
