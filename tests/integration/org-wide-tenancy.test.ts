import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../support/client.js';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/*
 * Organisation-wide settings and catalogues (docs/security.md, "Organisation-wide lists"): every
 * member of the organisation reads them, only a head-office principal changes them (a branch is
 * FORBIDDEN with a sentence), and another organisation neither sees nor changes them.
 */
let app: TestApp;
let a: Tenant;
let b: Tenant;
let b2: string;
let branchAdmin: GraphQLClient;

const CALENDAR = `{ organizationCalendar { holidays } }`;
const SET_CALENDAR = `mutation($h: [String!]!) { setOrganizationCalendar(input: { holidays: $h }) { holidays } }`;
const METRICS = `{ metrics { key } }`;
const SCHEMES = `{ weightingSchemes(first: 100) { edges { node { name } } } }`;
const KINDS = `{ inspectionKinds { key } }`;
const NEW_KIND = `mutation($k: String!) { createInspectionKind(input: { key: $k, label: "Night visit", crossUnit: false }) { key } }`;
const PURGE = `mutation { purgeContact(input: { contact: "client@a.example.org", kind: EMAIL }) }`;
const INVITED = `query($d: ID!) { invitations(filter: { distributionId: $d }, first: 10) { edges { node { contact } } } }`;

beforeAll(async () => {
  app = await startTestApp();
  a = await newTenant(app, 'Wide A');
  b = await newTenant(app, 'Wide B');
  const b1 = (await newUnit(a.admin, a.headOfficeId, 'W-B1')).id;
  b2 = (await newUnit(a.admin, a.headOfficeId, 'W-B2')).id;
  branchAdmin = await newUserWithRole(app, a, 'ADMIN', b1);
});
afterAll(() => app?.close());

describe('organisation-wide settings and catalogues', () => {
  it('the working calendar: a branch administrator reads it but cannot change it; another organisation changes only its own', async () => {
    await a.admin.ok(SET_CALENDAR, { h: ['2026-12-25'] });
    expect((await branchAdmin.ok(CALENDAR)).organizationCalendar.holidays).toEqual(['2026-12-25']);
    const refused = await branchAdmin.fails(SET_CALENDAR, { h: ['2026-05-01'] });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/apply to the whole organisation: this needs USER_MANAGE at the head office/);
    await b.admin.ok(SET_CALENDAR, { h: ['2026-01-07'] });
    expect((await b.admin.ok(CALENDAR)).organizationCalendar.holidays).toEqual(['2026-01-07']);
    expect((await a.admin.ok(CALENDAR)).organizationCalendar.holidays).toEqual(['2026-12-25']);
  });

  it('metrics, weighting schemes and inspection kinds are read inside the organisation only, made at its head office', async () => {
    await a.admin.ok(
      `mutation { createMetric(input: { key: "a_wait", label: "Wait", kind: FLOW, worst: 10, target: 0 }) { id } }`,
    );
    await a.admin.ok(`mutation($i: WeightingSchemeInput!) { createWeightingScheme(input: $i) { id } }`, {
      i: {
        name: 'A population',
        kind: 'POST_STRATIFICATION',
        cells: [{ unitId: b2, category: 'insured', population: 1000 }],
      },
    });
    const metric = await branchAdmin.fails(
      `mutation { createMetric(input: { key: "b1_wait", label: "Wait", kind: FLOW, worst: 10, target: 0 }) { id } }`,
    );
    expect(metric.extensions?.code).toBe('FORBIDDEN');
    expect(metric.message).toMatch(/Metrics apply to the whole organisation/);
    const keys = async (c: GraphQLClient) => (await c.ok(METRICS)).metrics.map((m: { key: string }) => m.key);
    const schemes = async (c: GraphQLClient) =>
      (await c.ok(SCHEMES)).weightingSchemes.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await keys(branchAdmin)).toContain('a_wait');
    expect(await keys(b.admin)).not.toContain('a_wait');
    expect(await schemes(branchAdmin)).toEqual(['A population']);
    expect(await schemes(b.admin)).toEqual([]);
    const refused = await branchAdmin.fails(NEW_KIND, { k: 'NIGHT_VISIT' });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    await b.admin.ok(NEW_KIND, { k: 'NIGHT_VISIT' });
    const kinds = async (c: GraphQLClient) => (await c.ok(KINDS)).inspectionKinds.map((k: { key: string }) => k.key);
    expect(await kinds(a.admin)).not.toContain('NIGHT_VISIT');
    expect(await kinds(b.admin)).toContain('NIGHT_VISIT');
  });

  it('purging a contact is a head-office act: a branch administrator is refused, another organisation finds nothing', async () => {
    const q = await newQuestionnaire(a.admin, b2, { elements: [{ type: 'comment', name: 'c' }] });
    await publish(a.admin, q.id);
    const d = (
      await a.admin.ok(`mutation($i: CreateDistributionInput!) { createDistribution(input: $i) { id } }`, {
        i: { name: 'Letters', questionnaireId: q.id, channel: 'EMAIL', unitIds: [b2] },
      })
    ).createDistribution.id;
    await a.admin.ok(
      `mutation($d: ID!) { inviteRespondents(input: { distributionId: $d, respondents: [{ contact: "client@a.example.org" }] }) { invited } }`,
      { d },
    );
    const refused = await branchAdmin.fails(PURGE);
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/Contact purges apply to the whole organisation/);
    expect((await b.admin.fails(PURGE)).extensions?.code).toBe('NOT_FOUND');
    const contacts = async () =>
      (await a.admin.ok(INVITED, { d })).invitations.edges.map((e: { node: { contact: string } }) => e.node.contact);
    expect(await contacts()).toEqual(['c…@a.example.org']);
    // The contact is still there after both refusals: the head office purges exactly one.
    expect((await a.admin.ok(PURGE)).purgeContact).toBe(1);
  });
});
