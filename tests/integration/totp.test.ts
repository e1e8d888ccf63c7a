import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, newUserWithRole, signIn, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const START = `mutation($p: String!) { startTotpEnrolment(password: $p) { uri secret qrCode } }`;
const CONFIRM = `mutation($c: String!) { confirmTotpEnrolment(code: $c) }`;
const DISABLE = `mutation($p: String!, $c: String!) { disableTotp(password: $p, code: $c) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind totpEnabled } }`;

let app: TestApp;
let t: Tenant;

/** The code of the app `offset` steps of 30 s from now (the server accepts one step either way). */
const codeAt = (secret: string, offset = 0) =>
  new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + offset * 30_000 });
const wrongCode = (secret: string) => {
  const good = new Set([-1, 0, 1, 2].map((o) => codeAt(secret, o)));
  return ['000000', '111111', '222222'].find((c) => !good.has(c))!;
};
const login = (email: string, password: string, code?: string) =>
  app.client().request(LOGIN, { input: { email, password, code } });

/** Enrols the tenant admin; answers the secret, the recovery codes and the confirming code. */
async function enrol(client = t.admin, password = t.adminPassword) {
  const started = (await client.ok(START, { p: password })).startTotpEnrolment;
  const secret = new URL(started.uri).searchParams.get('secret')!;
  const confirmCode = codeAt(secret);
  const recovery: string[] = (await client.ok(CONFIRM, { c: confirmCode })).confirmTotpEnrolment;
  return { started, secret, recovery, confirmCode };
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Tax Office');
});
afterAll(() => app?.close());

describe('TOTP second factor for administrators', () => {
  it('enrols with the secret shown once, then sign-in asks a code: wrong and replayed codes are refused', async () => {
    const { started, secret, recovery, confirmCode } = await enrol();
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Barometer:admin%40.+\?.*secret=[A-Z2-7]+/);
    expect(started.secret).toBe(secret);
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
    // Enrolling again while it is on is refused: the secret is never shown a second time.
    expect((await t.admin.fails(START, { p: t.adminPassword })).extensions?.code).toBe('BAD_USER_INPUT');

    const without = await login(t.adminEmail, t.adminPassword);
    expect(without.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
    expect(without.data?.login).toBeFalsy();
    const wrong = await login(t.adminEmail, t.adminPassword, wrongCode(secret));
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The code that confirmed enrolment belongs to a step already used: a replay.
    const replayedConfirm = await login(t.adminEmail, t.adminPassword, confirmCode);
    expect(replayedConfirm.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const next = codeAt(secret, 1);
    const right = await login(t.adminEmail, t.adminPassword, next);
    expect(right.errors).toBeUndefined();
    expect(right.data?.login).toEqual({ kind: 'USER', totpEnabled: true });
    const replayed = await login(t.adminEmail, t.adminPassword, next);
    expect(replayed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A right code does not help with a wrong password.
    const badPassword = await login(t.adminEmail, 'not the password at all', codeAt(secret, 2));
    expect(badPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Recovery codes: each works once, typed with or without the dash and in any case.
    const once = await login(t.adminEmail, t.adminPassword, recovery[0].toUpperCase().replace('-', ' '));
    expect(once.errors).toBeUndefined();
    const twice = await login(t.adminEmail, t.adminPassword, recovery[0]);
    expect(twice.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Turning it off needs the password and a code.
    const noPassword = await t.admin.fails(DISABLE, { p: 'not the password at all', c: recovery[1] });
    expect(noPassword.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const noCode = await t.admin.fails(DISABLE, { p: t.adminPassword, c: recovery[0] });
    expect(noCode.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await t.admin.ok(DISABLE, { p: t.adminPassword, c: recovery[1] })).disableTotp).toBe(true);
    const plain = await login(t.adminEmail, t.adminPassword);
    expect(plain.data?.login).toEqual({ kind: 'USER', totpEnabled: false });
  });

  it('counts wrong codes towards the lock-out: the right code is refused while locked', async () => {
    const email = `second-admin@${t.slug}.test`;
    const password = 'another long password';
    await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { email, displayName: 'Second admin', password, roles: [{ role: 'ADMIN', unitId: t.headOfficeId }] },
    });
    const { secret } = await enrol(await signIn(app, email, password), password);
    const bad = wrongCode(secret);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push(String((await login(email, password, bad)).errors?.[0]?.extensions?.code));
    // Defaults: the fifth failure within 15 minutes locks the account.
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'TOO_MANY_ATTEMPTS',
    ]);
    const locked = await login(email, password, codeAt(secret, 1));
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.status).toBe(429);
  });

  it('is offered to administrators only, and a wrong confirming code leaves sign-in unchanged', async () => {
    const branch = await newUnit(t.admin, t.headOfficeId, `B-${Date.now()}`);
    const author = await newUserWithRole(app, t, 'AUTHOR', branch.id);
    expect((await author.fails(START, { p: 'a long enough password' })).extensions?.code).toBe('FORBIDDEN');

    const email = `third-admin@${t.slug}.test`;
    const password = 'yet another long password';
    await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { email, displayName: 'Third admin', password, roles: [{ role: 'ADMIN', unitId: t.headOfficeId }] },
    });
    const client = await signIn(app, email, password);
    const started = (await client.ok(START, { p: password })).startTotpEnrolment;
    const secret = new URL(started.uri).searchParams.get('secret')!;
    const refused = await client.fails(CONFIRM, { c: wrongCode(secret) });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    // Not confirmed: the password alone still signs in.
    expect((await login(email, password)).data?.login).toEqual({ kind: 'USER', totpEnabled: false });
  });
});
