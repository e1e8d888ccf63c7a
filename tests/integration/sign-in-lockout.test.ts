import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createApp, type App } from '../../server/app/app.js';
import { createLogger } from '../../server/logger.js';
import { purgeExpiredSessions } from '../../server/org/auth.service.js';
import { newTenant, signIn, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// Defaults: 5 failures per account or 20 per address within 15 minutes lock for 300 s, doubling each time.
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind } }`;

let app: TestApp;
let copy: { app: App; orm: MikroORM; url: string };
let t: Tenant;
let n = 0;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
/** One sign-in from `address` (through the loopback proxy, which the server trusts). */
async function login(email: string, password: string, address = '203.0.113.1', base = app.url) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as {
    data?: any;
    errors?: { message: string; extensions: Record<string, any> }[];
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    error: body.errors?.[0],
    ok: Boolean(body.data?.login),
  };
}
/** Lets the current lock run out, as time would. */
const expireLocks = () =>
  sql(`update sign_in_throttle set locked_until = now() - interval '1 second' where locked_until > now()`);
const newUser = async (password = 'a long enough password') => {
  const email = `user-${++n}@${t.slug}.test`;
  await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
    i: { email, displayName: 'U', password, roles: [] },
  });
  return email;
};

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Court Service');
  // A second server copy on the same database: the counters must hold across copies.
  const orm = await MikroORM.init({ ...ormConfig(app.databaseUrl, { poolMax: 2 }), logger: () => {} });
  const second = await createApp({ config: app.config, orm, log: createLogger('silent') });
  copy = { app: second, orm, url: `http://127.0.0.1:${await second.listen(0, '127.0.0.1')}` };
});
afterAll(async () => {
  await copy?.app.close();
  await copy?.orm.close();
  await app?.close();
});

describe('sign-in lock-out', () => {
  it('locks an account after 5 failures, across server copies and addresses, refusing the right password too', async () => {
    const email = await newUser();
    for (let i = 1; i <= 4; i++) {
      const failed = await login(email, `wrong password ${i}`, `198.51.100.${i}`, i % 2 ? app.url : copy.url);
      expect(failed.error?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const fifth = await login(email, 'wrong password 5', '198.51.100.5', copy.url);
    expect(fifth.error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    const right = await login(email, 'a long enough password', '198.51.100.6');
    expect(right.ok).toBe(false);
    expect(right.status).toBe(429);
    expect(right.error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(right.error?.extensions.retryAfterSeconds).toBeGreaterThan(290);
    expect(right.error?.extensions.retryAfterSeconds).toBeLessThanOrEqual(300);
    expect(Number(right.retryAfter)).toBe(right.error?.extensions.retryAfterSeconds);
    expect(right.error?.message).toMatch(
      /^Too many failed sign-ins for this account: try again in 5 minutes \(after \d\d:\d\d UTC\)\.$/,
    );
    // An unknown e-mail locks the same way: the lock tells nothing about which accounts exist.
    for (let i = 0; i < 5; i++) await login('nobody@nowhere.test', 'wrong password', `198.51.100.${20 + i}`);
    expect((await login('nobody@nowhere.test', 'wrong password', '198.51.100.30')).error?.extensions.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );

    await expireLocks();
    expect((await login(email, 'a long enough password', '198.51.100.7')).ok).toBe(true);
    // The success reset the counter: 4 more failures do not lock.
    for (let i = 0; i < 4; i++)
      expect((await login(email, 'wrong', '198.51.100.8')).error?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await login(email, 'a long enough password', '198.51.100.8')).ok).toBe(true);
  });

  it('backs off: each further lock of the account lasts twice as long', async () => {
    const email = await newUser();
    const lockOnce = async () => {
      let last;
      for (let i = 0; i < 5; i++) last = await login(email, 'wrong password', '192.0.2.50');
      return last!.error!.extensions.retryAfterSeconds as number;
    };
    expect(await lockOnce()).toBe(300);
    await expireLocks();
    expect(await lockOnce()).toBe(600);
    await expireLocks();
    expect(await lockOnce()).toBe(1200);
  });

  it('locks an address after 20 failures, whatever the accounts; other addresses still sign in', async () => {
    const email = await newUser();
    for (let i = 1; i <= 19; i++)
      expect((await login(`guess-${i}@${t.slug}.test`, 'wrong', '192.0.2.99')).error?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    const twentieth = await login('guess-20@x.test', 'wrong', '192.0.2.99');
    expect(twentieth.error?.extensions.code).toBe('TOO_MANY_ATTEMPTS');
    const refused = await login(email, 'a long enough password', '192.0.2.99');
    expect(refused.error?.message).toMatch(
      /^Too many failed sign-ins from your network address: try again in 5 minutes/,
    );
    expect((await login(email, 'a long enough password', '192.0.2.100')).ok).toBe(true);
  });

  it('forgets counters a day after their window and their last lock', async () => {
    await login('stale@x.test', 'wrong', '192.0.2.200');
    await sql(
      `update sign_in_throttle set window_started_at = now() - interval '2 days' where key in ('stale@x.test', '192.0.2.200')`,
    );
    await purgeExpiredSessions(app.orm.em.fork());
    expect(await sql(`select key from sign_in_throttle where key in ('stale@x.test', '192.0.2.200')`)).toEqual([]);
    expect((await sql(`select count(*)::int n from sign_in_throttle`))[0].n).toBeGreaterThan(0);
  });
});

describe('password policy', () => {
  const create = (password: string) =>
    t.admin.request(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { email: `p-${++n}@${t.slug}.test`, displayName: 'P', password, roles: [] },
    });

  it('refuses short, blank, repeated, sequential and common passwords, saying why', async () => {
    const cases: [string, RegExp][] = [
      ['short', /at least 10 characters/],
      ['          ', /only spaces/],
      ['aaaaaaaaaa', /repeated/],
      ['abcabcabcabc', /repeated/],
      ['0123456789', /run of characters/],
      ['password12', /most common/],
      ['Password2024!', /most common/],
      ['michael1985', /most common/],
      ['qwertyuiop', /most common/],
    ];
    for (const [password, why] of cases) {
      const result = await create(password);
      expect(result.errors?.[0].extensions?.code, password).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field, password).toBe('password');
      expect(result.errors?.[0].message, password).toMatch(why);
    }
    expect((await create('plum kettle orbit')).errors).toBeUndefined();
  });

  it('applies to a password change and to the bootstrap administrator’s password', async () => {
    const email = await newUser('first lamp meadow');
    const user = await signIn(app, email, 'first lamp meadow');
    const weak = await user.fails(
      `mutation { changePassword(currentPassword: "first lamp meadow", newPassword: "aaaaaaaaaa") }`,
    );
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await user.ok(
      `mutation { changePassword(currentPassword: "first lamp meadow", newPassword: "second lamp meadow") }`,
    );
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_PASSWORD: 'password12' })).toThrow(ConfigError);
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_PASSWORD: 'password12' })).toThrow(
      /BOOTSTRAP_ADMIN_PASSWORD="password12" is invalid: This password is one of the most common/,
    );
  });
});
