import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, signIn, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind user { email } organization { slug } permissions } }`;
const ME = `{ me { kind user { email displayName } apiKey { name } organization { name } grants { role unit { code } } } }`;

let app: TestApp;
let tenant: Tenant;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await newTenant(app, 'Social Security Fund');
});
afterAll(() => app?.close());

const sql = (query: string, params: unknown[]) => app.orm.em.fork().getConnection().execute(query, params);

describe('sign-in with a session cookie', () => {
  it('signs in, sets an httpOnly cookie, and knows who is asking', async () => {
    const browser = app.client();
    const result = await browser.request(LOGIN, {
      input: { email: tenant.adminEmail.toUpperCase(), password: tenant.adminPassword },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.login).toMatchObject({
      kind: 'USER',
      user: { email: tenant.adminEmail },
      organization: { slug: tenant.slug },
    });
    expect(result.data!.login.permissions).toContain('USER_MANAGE');
    const setCookie = result.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^barometer_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await browser.ok(ME);
    expect(me.me.user.email).toBe(tenant.adminEmail);
    expect(me.me.grants).toEqual([{ role: 'ADMIN', unit: { code: 'HO' } }]);
  });

  it('answers a wrong password and an unknown e-mail identically, giving no hint', async () => {
    const wrongPassword = await app
      .client()
      .fails(LOGIN, { input: { email: tenant.adminEmail, password: 'not the password' } });
    const unknownUser = await app
      .client()
      .fails(LOGIN, { input: { email: 'nobody@nowhere.test', password: 'not the password' } });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword).toEqual(unknownUser);
    expect(wrongPassword.message).toBe('E-mail or password is incorrect.');
  });

  it('signs out: the cookie is cleared and the old session no longer works', async () => {
    const browser = await signIn(app, tenant.adminEmail, tenant.adminPassword);
    const cookie = browser.cookie('barometer_session')!;
    expect(await browser.ok(`mutation { logout }`)).toEqual({ logout: true });
    expect(browser.cookie('barometer_session')).toBeUndefined();
    const stolen = app.client();
    stolen.setCookie('barometer_session', cookie);
    expect((await stolen.ok(`{ me { kind } }`)).me).toBeNull();
    expect((await stolen.fails(`{ organization { name } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("a session carries every role of its user, and stops at its expiry or the user's deactivation", async () => {
    const north = await newUnit(tenant.admin, tenant.headOfficeId, `N${Date.now() % 100000}`);
    const email = `two-roles-${Date.now()}@${tenant.slug}.test`;
    const password = 'a long enough password';
    const roles = [
      { role: 'ANALYST', unitId: tenant.headOfficeId },
      { role: 'UNIT_MANAGER', unitId: north.id },
    ];
    await tenant.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email, displayName: 'Two roles', password, roles },
    });
    const grantsOf = async (client: ReturnType<TestApp['client']>) =>
      (await client.ok(ME)).me?.grants.map((g: { role: string; unit: { code: string } }) => `${g.role}@${g.unit.code}`);
    const browser = await signIn(app, email, password);
    expect((await grantsOf(browser))?.sort()).toEqual(['ANALYST@HO', `UNIT_MANAGER@${north.code}`]);

    const sessions = () =>
      sql(`select s.id from session s join app_user u on u.id = s.user_id where u.email = ?`, [email]);
    await sql(
      `update session set expires_at = now() - interval '1 second' where user_id = (select id from app_user where email = ?)`,
      [email],
    );
    expect((await browser.ok(`{ me { kind } }`)).me).toBeNull();

    // A session left over from before a deactivation (deactivating deletes them) still opens nothing.
    const again = await signIn(app, email, password);
    expect(await sessions()).not.toHaveLength(0);
    await sql(`update app_user set disabled_at = now() where email = ?`, [email]);
    expect((await again.ok(`{ me { kind } }`)).me).toBeNull();
  });

  it('ignores a forged session cookie', async () => {
    const forged = app.client();
    forged.setCookie('barometer_session', `${tenant.orgId}.${'A'.repeat(43)}`);
    expect((await forged.ok(`{ me { kind } }`)).me).toBeNull();
  });

  it('asks for the organisation when one e-mail signs in to two of them with the same password', async () => {
    const other = await newTenant(app, 'Court Service');
    await other.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email: tenant.adminEmail, displayName: 'Same person', password: tenant.adminPassword },
    });
    const error = await app
      .client()
      .fails(LOGIN, { input: { email: tenant.adminEmail, password: tenant.adminPassword } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/organisation short name/);
    const data = await app
      .client()
      .ok(LOGIN, { input: { email: tenant.adminEmail, password: tenant.adminPassword, organization: other.slug } });
    expect(data.login.organization.slug).toBe(other.slug);
  });

  it('changes a password: the old one stops working, other sessions are signed out', async () => {
    const email = `officer-${Date.now()}@fund.test`;
    const created = await tenant.admin.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { initialPassword user { email } } }`,
      {
        input: { email, displayName: 'Quality officer', roles: [{ role: 'AUTHOR', unitId: tenant.headOfficeId }] },
      },
    );
    const initial = created.createUser.initialPassword as string;
    expect(initial).toHaveLength(16);
    const laptop = await signIn(app, email, initial);
    const phone = await signIn(app, email, initial);
    const wrong = await laptop.fails(
      `mutation { changePassword(currentPassword: "nope", newPassword: "a brand new password") }`,
    );
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    await laptop.ok(`mutation { changePassword(currentPassword: "${initial}", newPassword: "a brand new password") }`);
    expect((await laptop.ok(`{ me { kind } }`)).me.kind).toBe('USER');
    expect((await phone.ok(`{ me { kind } }`)).me).toBeNull();
    await app.client().fails(LOGIN, { input: { email, password: initial } });
    await signIn(app, email, 'a brand new password');
  });
});

describe('API keys', () => {
  const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id name role unit { code } revokedAt } } }`;

  it('are shown once, authenticate another system, and stop working when revoked', async () => {
    const branch = await newUnit(tenant.admin, tenant.headOfficeId, `BI-${Date.now()}`);
    const { createApiKey } = await tenant.admin.ok(CREATE, {
      input: { name: 'BI dashboard', role: 'ANALYST', unitId: branch.id },
    });
    expect(createApiKey.token).toMatch(new RegExp(`^bmk\\.${tenant.orgId}\\.${createApiKey.apiKey.id}\\.`));
    const stored = await sql(`select secret_hash from api_key where id = ?`, [createApiKey.apiKey.id]);
    expect(stored[0].secret_hash).not.toContain(createApiKey.token.split('.')[3]);

    const bi = app.client({ apiKey: createApiKey.token });
    const me = await bi.ok(`{ me { kind apiKey { name } grants { role unit { code } } } }`);
    expect(me.me).toEqual({
      kind: 'API_KEY',
      apiKey: { name: 'BI dashboard' },
      grants: [{ role: 'ANALYST', unit: { code: branch.code } }],
    });
    const units = await bi.ok(`{ orgUnits { totalCount edges { node { code } } } }`);
    expect(units.orgUnits.edges.map((e: any) => e.node.code)).toEqual([branch.code]);

    await tenant.admin.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: createApiKey.apiKey.id });
    const revoked = await bi.request(`{ me { kind } }`);
    expect(revoked.status).toBe(401);
    expect(revoked.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(revoked.errors![0].message).toMatch(/revoked/);
  });

  it('refuse an expired key with a clear message', async () => {
    const { createApiKey } = await tenant.admin.ok(CREATE, {
      input: {
        name: 'Short-lived',
        role: 'ANALYST',
        unitId: tenant.headOfficeId,
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    const client = app.client({ apiKey: createApiKey.token });
    expect((await client.ok(`{ me { kind } }`)).me.kind).toBe('API_KEY');
    // Its hour passes: time is set through the data, not waited for.
    const expired = await sql(`update api_key set expires_at = now() - interval '1 second' where id = ? returning id`, [
      createApiKey.apiKey.id,
    ]);
    expect(expired).toHaveLength(1);
    const error = await client.fails(`{ me { kind } }`);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired/);
  });

  it('refuse a malformed or tampered key', async () => {
    const { createApiKey } = await tenant.admin.ok(CREATE, {
      input: { name: 'Tamper', role: 'ANALYST', unitId: tenant.headOfficeId },
    });
    const tampered = createApiKey.token.slice(0, -2) + (createApiKey.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await app.client({ apiKey: tampered }).fails(`{ me { kind } }`)).message).toMatch(/not valid/);
    expect((await app.client({ apiKey: 'hello' }).fails(`{ me { kind } }`)).message).toMatch(/not a Barometer API key/);
  });

  it('must expire in the future', async () => {
    const error = await tenant.admin.fails(CREATE, {
      input: { name: 'Past', role: 'ANALYST', unitId: tenant.headOfficeId, expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('settings the web app reads before sign-in', () => {
  it('gives the SurveyJS licence key to anyone, signed in or not, and nothing else', async () => {
    const licensed = await startTestApp({ SURVEYJS_LICENSE_KEY: 'key-for-the-creator' });
    try {
      const anonymous = await licensed.client().ok(`{ clientSettings { surveyJsLicenseKey } }`);
      expect(anonymous.clientSettings).toEqual({ surveyJsLicenseKey: 'key-for-the-creator' });
    } finally {
      await licensed.close();
    }
    // Without the key the Creator shows its banner: the field is null, not an empty string.
    expect((await app.client().ok(`{ clientSettings { surveyJsLicenseKey } }`)).clientSettings).toEqual({
      surveyJsLicenseKey: null,
    });
  });
});
