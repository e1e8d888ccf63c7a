import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';
import { createDistribution, INVITE, requestId, SUBMIT } from '../support/distribution.js';
import { CREATE_CASE } from '../support/cases.js';

const EXPORT = `mutation($i: ContactDataInput!) { exportContactData(input: $i) }`;
const ERASE = `mutation($i: ContactDataInput!) { eraseContactData(input: $i) { contacts cases keyClients } }`;
const ADD_CLIENT = `mutation($i: AddKeyClientInput!) { addKeyClient(input: $i) { id name } }`;
const OLENA = { contact: 'Olena.K@Example.org', kind: 'EMAIL' };

let app: TestApp;
let t: Tenant;
let other: Tenant;
let branch: { id: string };
let responseId: string;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);

/**
 * Hand-built data about Olena in every module, and a neighbour's beside it that must not show:
 * two e-mail invitations (one answered, its response linked as a completed invitation is), a case
 * with her as client contact, a key client whose free-text contact holds her address.
 */
beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Pension Office');
  other = await newTenant(app, 'Other Office');
  branch = await newUnit(t.admin, t.headOfficeId, 'LVIV');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Service');
  await publish(t.admin, q.id, 'v1');
  const mail = await createDistribution(t.admin, {
    name: 'Mail',
    questionnaireId: q.id,
    channel: 'EMAIL',
    unitIds: [branch.id],
  });
  await t.admin.ok(INVITE, {
    input: {
      distributionId: mail.id,
      respondents: [
        { contact: 'olena.k@example.org', unitId: branch.id, language: 'uk' },
        { contact: 'petro@example.org', unitId: branch.id },
      ],
    },
  });
  const web = await createDistribution(t.admin, {
    name: 'Web',
    questionnaireId: q.id,
    channel: 'WEB_LINK',
    unitIds: [branch.id],
  });
  const submitted = await app.client().ok(SUBMIT, {
    input: { token: web.links[0].token, answers: { speed: 4 }, clientRequestId: requestId() },
  });
  responseId = submitted.submitResponse.responseId;
  // What completing through the invitation records (delivery is not the subject here).
  await sql(
    `update invitation set response_id = ?, status = 'COMPLETED', completed_at = now()
              where contact_id = (select contact_id from invitation where distribution_id = ? order by created_at limit 1)`,
    [responseId, mail.id],
  );
  await t.admin.ok(CREATE_CASE, {
    input: {
      unitId: branch.id,
      channel: 'EMAIL',
      description: 'Waited two hours',
      contact: 'OLENA.K@example.org',
      contactName: 'Olena K.',
    },
  });
  await t.admin.ok(CREATE_CASE, {
    input: { unitId: branch.id, channel: 'EMAIL', description: 'Another person', contact: 'petro@example.org' },
  });
  await t.admin.ok(ADD_CLIENT, {
    i: {
      unitId: branch.id,
      name: 'Olena K. (farm)',
      kind: 'PERSON',
      contact: 'Tel. 032 555 01 02, olena.k@example.org',
    },
  });
  await t.admin.ok(ADD_CLIENT, {
    i: { unitId: branch.id, name: 'Petro', kind: 'PERSON', contact: 'petro@example.org' },
  });
});
afterAll(() => app?.close());

describe('one contact’s data on request', () => {
  it('exports what every module holds about the contact, and records the export', async () => {
    const data = (await t.admin.ok(EXPORT, { i: OLENA })).exportContactData;
    expect(data.requested).toMatchObject({ kind: 'EMAIL', contact: 'olena.k@example.org' });
    expect(data.distribution.contact).toMatchObject({ kind: 'EMAIL', purgedAt: null });
    expect(data.invitations).toHaveLength(1);
    expect(data.invitations[0]).toMatchObject({ unitId: branch.id, status: 'COMPLETED', language: 'uk', responseId });
    expect(data.responses).toHaveLength(1);
    expect(data.responses[0]).toMatchObject({ id: responseId, answers: { speed: 4 } });
    expect(data.cases).toHaveLength(1);
    expect(data.cases[0]).toMatchObject({ description: 'Waited two hours', contact: { name: 'Olena K.' } });
    expect(data.keyClients.map((k: any) => k.name)).toEqual(['Olena K. (farm)']);
    expect(JSON.stringify(data)).not.toContain('petro');
    const logged = await sql(
      `select entity, after from audit_log where organization_id = ? and entity = 'CONTACT_DATA'`,
      [t.orgId],
    );
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0])).not.toContain('olena');
  });

  it('is refused to another organisation, to a branch administrator and to non-administrators', async () => {
    const fromOther = (await other.admin.ok(EXPORT, { i: OLENA })).exportContactData;
    expect(fromOther).toMatchObject({
      invitations: [],
      responses: [],
      cases: [],
      keyClients: [],
      distribution: { contact: null },
    });
    const branchAdmin = await newUserWithRole(app, t, 'ADMIN', branch.id);
    expect((await branchAdmin.fails(EXPORT, { i: OLENA })).extensions?.code).toBe('FORBIDDEN');
    expect((await branchAdmin.fails(ERASE, { i: OLENA })).extensions?.code).toBe('FORBIDDEN');
    const analyst = await newUserWithRole(app, t, 'ANALYST', t.headOfficeId);
    expect((await analyst.fails(EXPORT, { i: OLENA })).extensions?.code).toBe('FORBIDDEN');
    const bad = await t.admin.fails(EXPORT, { i: { contact: 'not an address', kind: 'EMAIL' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact' });
  });

  it('erases the contact everywhere; answers stay and the neighbour is untouched', async () => {
    expect((await other.admin.ok(ERASE, { i: OLENA })).eraseContactData).toEqual({
      contacts: 0,
      cases: 0,
      keyClients: 0,
    });
    expect((await t.admin.ok(ERASE, { i: OLENA })).eraseContactData).toEqual({ contacts: 1, cases: 1, keyClients: 1 });
    const after = (await t.admin.ok(EXPORT, { i: OLENA })).exportContactData;
    expect(after).toMatchObject({ invitations: [], responses: [], cases: [], keyClients: [] });
    expect(after.distribution.contact.purgedAt).not.toBeNull();
    expect(await sql(`select id from response where id = ?`, [responseId])).toHaveLength(1);
    const petro = (await t.admin.ok(EXPORT, { i: { contact: 'petro@example.org', kind: 'EMAIL' } })).exportContactData;
    expect([petro.invitations.length, petro.cases.length, petro.keyClients.length]).toEqual([1, 1, 1]);
    const erasures = await sql(`select id from audit_log where organization_id = ? and entity = 'CONTACT_ERASURE'`, [
      t.orgId,
    ]);
    expect(erasures).toHaveLength(1);
  });
});
