import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../../support/factories.js';
import type { GraphQLClient } from '../../support/client.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import { createDistribution, INVITE, requestId, SUBMIT } from '../../support/distribution.js';

// Head office created the distributions for HO + B1 + B2; the caller is the AUTHOR of branch B1 only.
let app: TestApp;
let t: Tenant;
let b1: { id: string; code: string };
let b2: { id: string; code: string };
let author: GraphQLClient;
let web: any;
let phone: any;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const READ = `query($id: ID!) { distribution(id: $id) { status quota units { code } links { token unit { code } } stats { invited responses } } }`;
const INVITATIONS = `query($f: InvitationFilterInput!) { invitations(filter: $f) { totalCount edges { node { unit { code } } } } }`;
/** Neither the other units' codes nor their names ("Unit HO-…", "Unit B2-…") may appear. */
const outside = () => /HO-MAIN|B2-LVIV|Unit HO|Unit B2/;

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension Fund');
  b1 = await newUnit(t.admin, t.headOfficeId, 'B1-KYIV');
  b2 = await newUnit(t.admin, t.headOfficeId, 'B2-LVIV');
  await t.admin.ok(
    `mutation($id: ID!) { updateOrgUnit(input: { id: $id, code: "HO-MAIN", name: "Unit HO-MAIN" }) { id } }`,
    { id: t.headOfficeId },
  );
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Visit survey');
  await publish(t.admin, q.id, 'v1');
  const unitIds = [t.headOfficeId, b1.id, b2.id];
  web = await createDistribution(t.admin, { name: 'Posters', questionnaireId: q.id, channel: 'WEB_LINK', unitIds });
  phone = await createDistribution(t.admin, { name: 'Call-back', questionnaireId: q.id, channel: 'PHONE', unitIds });
  for (const link of web.links) {
    // HO: 1 response, B1: 2, B2: 3 (6 in all).
    const n = { 'HO-MAIN': 1, 'B1-KYIV': 2, 'B2-LVIV': 3 }[link.unit.code as string]!;
    for (let i = 0; i < n; i++)
      await app
        .client()
        .ok(SUBMIT, { input: { token: link.token, answers: { speed: 4 }, clientRequestId: requestId() } });
  }
  await t.admin.ok(INVITE, {
    input: {
      distributionId: phone.id,
      respondents: [
        { contact: '+380671110001', unitId: t.headOfficeId },
        { contact: '+380671110002', unitId: b1.id },
        { contact: '+380671110003', unitId: b2.id },
      ],
    },
  });
  author = await newUserWithRole(app, t, 'AUTHOR', b1.id);
});
afterAll(() => app?.close());

describe('a branch author on a head-office distribution covering HO + B1 + B2', () => {
  it('reads only its own unit: units, links and tokens, stats, invitations', async () => {
    const { distribution } = await author.ok(READ, { id: web.id });
    expect(distribution.units).toEqual([{ code: 'B1-KYIV' }]);
    expect(distribution.links.map((l: any) => l.unit.code)).toEqual(['B1-KYIV']);
    expect(distribution.stats.responses).toBe(2);
    const tokens = web.links.filter((l: any) => l.unit.code !== 'B1-KYIV').map((l: any) => l.token);
    expect(JSON.stringify(distribution)).not.toContain(tokens[0]);
    expect(JSON.stringify(distribution)).not.toContain(tokens[1]);
    const asAdmin = (await t.admin.ok(READ, { id: web.id })).distribution;
    expect(asAdmin.links).toHaveLength(3);
    expect(asAdmin.stats.responses).toBe(6);

    const calls = (await author.ok(READ, { id: phone.id })).distribution;
    expect(calls.stats.invited).toBe(1);
    const invitations = (await author.ok(INVITATIONS, { f: { distributionId: phone.id } })).invitations;
    expect(invitations.totalCount).toBe(1);
    expect(invitations.edges.map((e: any) => e.node.unit.code)).toEqual(['B1-KYIV']);
    expect((await t.admin.ok(INVITATIONS, { f: { distributionId: phone.id } })).invitations.totalCount).toBe(3);
  });

  it('cannot update, pause, resume or close it, and the refusal names no unit outside its subtree', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      [
        `mutation($id: ID!) { updateDistribution(id: $id, input: { unitIds: ["${b1.id}"], quota: 1 }) { id } }`,
        { id: web.id },
      ],
      [`mutation($id: ID!) { updateDistribution(id: $id, input: { name: "Mine" }) { id } }`, { id: web.id }],
      [`mutation($id: ID!) { pauseDistribution(id: $id) { id } }`, { id: web.id }],
      [`mutation($id: ID!) { resumeDistribution(id: $id) { id } }`, { id: web.id }],
      [`mutation($id: ID!) { closeDistribution(id: $id) { id } }`, { id: web.id }],
    ];
    for (const [query, vars] of attempts) {
      const error = await author.fails(query, vars);
      expect(error.extensions?.code, query).toBe('FORBIDDEN');
      expect(error.message, query).not.toMatch(outside());
      expect(error.message, query).toMatch(/every unit/);
    }
    const [row] = await sql(
      `select status, quota, name, jsonb_array_length(unit_ids) n from distribution where id = ?`,
      [web.id],
    );
    expect(row).toEqual({ status: 'ACTIVE', quota: null, name: 'Posters', n: 3 });
    const [{ open }] = await sql(
      `select count(*)::int open from response_link where distribution_id = ? and closed_at is null`,
      [web.id],
    );
    expect(open).toBe(3);
  });

  it('invites under its own unit only', async () => {
    const sibling = await author.fails(INVITE, {
      input: { distributionId: phone.id, respondents: [{ contact: '+380671110004', unitId: b2.id }] },
    });
    expect(sibling.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sibling.message).not.toMatch(outside());
    const headOffice = await author.fails(INVITE, {
      input: { distributionId: phone.id, respondents: [{ contact: '+380671110005', unitId: 'HO-MAIN' }] },
    });
    expect(headOffice.extensions?.code).toBe('BAD_USER_INPUT');
    const own = await author.ok(INVITE, {
      input: { distributionId: phone.id, respondents: [{ contact: '+380671110006' }] },
    });
    expect(own.inviteRespondents.invited).toBe(1);
    const [{ n }] = await sql(`select count(*)::int n from invitation where distribution_id = ? and unit_id = ?`, [
      phone.id,
      b1.id,
    ]);
    expect(n).toBe(2);
    const [{ total }] = await sql(`select count(*)::int total from invitation where distribution_id = ?`, [phone.id]);
    expect(total).toBe(4);
  });

  it('a distribution of the branch alone stays the branch author’s to change', async () => {
    const q = (await author.ok(`{ distributions(first: 50) { edges { node { id questionnaireId } } } }`)).distributions
      .edges[0].node.questionnaireId;
    const own = await createDistribution(author, {
      name: 'Own',
      questionnaireId: q,
      channel: 'KIOSK',
      unitIds: [b1.id],
    });
    const paused = await author.ok(`mutation($id: ID!) { pauseDistribution(id: $id) { status } }`, { id: own.id });
    expect(paused.pauseDistribution.status).toBe('PAUSED');
  });
});
