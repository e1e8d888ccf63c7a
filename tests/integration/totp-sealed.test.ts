import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, signIn, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// The TOTP secret at rest (docs/security.md "Second factor"): sealed with AES-256-GCM under a key kept outside the
// database, so reading the table gives nothing that makes codes.
const START = `mutation($p: String!) { startTotpEnrolment(password: $p) { uri } }`;
const CONFIRM = `mutation($c: String!) { confirmTotpEnrolment(code: $c) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind totpEnabled } }`;
const MIGRATION = 'Migration20261202015518';

let app: TestApp;
let t: Tenant;

const codeAt = (secret: string, offset = 0) =>
  new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + offset * 30_000 });
const login = (email: string, password: string, code?: string) =>
  app.client().request(LOGIN, { input: { email, password, code } });
const sql = (query: string, params: unknown[] = []) =>
  app.orm.em.getConnection().execute(query, params) as Promise<Record<string, unknown>[]>;

/** A new administrator with the second factor on; answers its e-mail, password, secret and user id. */
async function enrolledAdmin(name: string) {
  const email = `${name}@${t.slug}.test`;
  const password = `${name} has a long password`;
  const { createUser } = await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
    i: { email, displayName: name, password, roles: [{ role: 'ADMIN', unitId: t.headOfficeId }] },
  });
  const client = await signIn(app, email, password);
  const uri = (await client.ok(START, { p: password })).startTotpEnrolment.uri;
  const secret = new URL(uri).searchParams.get('secret')!;
  await client.ok(CONFIRM, { c: codeAt(secret) });
  return { email, password, secret, userId: createUser.user.id as string };
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Sealed Secrets');
});
afterAll(() => app?.close());

describe('the TOTP secret at rest', () => {
  it('is never in the database in the clear, and sign-in with a code still works', async () => {
    const admin = await enrolledAdmin('sealer');
    const [row] = await sql(`select row_to_json(u)::text as raw, sealed_secret from user_totp u where user_id = ?`, [
      admin.userId,
    ]);
    // Neither the base32 text nor a mere re-encoding of it (hex, base64) appears anywhere in the row.
    const raw = String(row.raw);
    expect(raw.toUpperCase()).not.toContain(admin.secret);
    for (const encoding of ['hex', 'base64', 'base64url'] as const) {
      expect(raw).not.toContain(Buffer.from(admin.secret).toString(encoding).replace(/=+$/, ''));
    }
    expect(String(row.sealed_secret)).toMatch(/^v1\.[A-Za-z0-9_-]{40,}$/);
    const signedIn = await login(admin.email, admin.password, codeAt(admin.secret, 1));
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login).toEqual({ kind: 'USER', totpEnabled: true });
  });

  it('is sealed by the migration when it was stored in the clear before', async () => {
    const admin = await enrolledAdmin('before-sealing');
    // The table as it was before the migration: the column named totp_secret holding the base32 text.
    await sql(`alter table user_totp rename column sealed_secret to totp_secret`);
    await sql(`update user_totp set totp_secret = ? where user_id = ?`, [admin.secret, admin.userId]);
    await sql(`delete from mikro_orm_migrations where name like ?`, [`${MIGRATION}%`]);
    const applied = await app.orm.migrator.up();
    expect(applied.map((m) => m.name)).toEqual([MIGRATION]);

    const [row] = await sql(`select sealed_secret from user_totp where user_id = ?`, [admin.userId]);
    expect(String(row.sealed_secret)).toMatch(/^v1\./);
    expect(String(row.sealed_secret)).not.toContain(admin.secret);
    // The administrator notices nothing: the app's code from before still signs in.
    const signedIn = await login(admin.email, admin.password, codeAt(admin.secret, 1));
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login).toEqual({ kind: 'USER', totpEnabled: true });
  });
});
