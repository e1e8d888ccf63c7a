import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { kind } }`;
let app: TestApp;
let web: string;
let t: Tenant;
const extra: TestApp[] = [];

async function login(target: TestApp, tenant: Tenant, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: LOGIN,
      variables: { input: { email: tenant.adminEmail, password: tenant.adminPassword } },
    }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!;
}
const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')]),
  );

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'barometer-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Barometer</title><div id="app"></div>');
  app = await startTestApp({ WEB_DIR: web });
  t = await newTenant(app, 'Headers Agency');
});
afterAll(async () => {
  for (const a of extra) await a.close();
  await app?.close();
});

describe('security headers', () => {
  it('the web app carries a Content-Security-Policy and may not be framed', async () => {
    for (const path of ['/', '/questionnaires/123']) {
      const response = await fetch(`${app.url}${path}`);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src'), path).toBe("'self'");
      expect(csp.get('script-src'), path).toBe("'self'");
      expect(csp.get('object-src'), path).toBe("'none'");
      expect(csp.get('frame-ancestors'), path).toBe("'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('survey pages stay embeddable for the EMBED channel, on the sites configured', async () => {
    const response = await fetch(`${app.url}/r/some-token?embed=1`);
    expect(await response.text()).toContain('<div id="app">');
    expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toBe('*');
    expect(response.headers.get('x-frame-options')).toBeNull();
    const narrow = await startTestApp({ WEB_DIR: web, EMBED_FRAME_ANCESTORS: 'https://agency.example.org' });
    extra.push(narrow);
    const page = await fetch(`${narrow.url}/r/some-token`);
    expect(directives(page.headers.get('content-security-policy')).get('frame-ancestors')).toBe(
      'https://agency.example.org',
    );
  });
});

describe('the session cookie behind TLS', () => {
  it('is Secure when a trusted proxy says https, not on plain http', async () => {
    expect(await login(app, t)).not.toMatch(/;\s*Secure/i);
    expect(await login(app, t, { 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
  });

  it('ignores X-Forwarded-Proto from a proxy not trusted, and is Secure whenever PUBLIC_URL is https', async () => {
    const untrusting = await startTestApp({ TRUST_PROXY: 'false' });
    extra.push(untrusting);
    const u = await newTenant(untrusting, 'Untrusting');
    expect(await login(untrusting, u, { 'x-forwarded-proto': 'https' })).not.toMatch(/;\s*Secure/i);
    const tls = await startTestApp({ PUBLIC_URL: 'https://barometer.example.org' });
    extra.push(tls);
    const v = await newTenant(tls, 'Behind TLS');
    expect(await login(tls, v)).toMatch(/;\s*Secure/i);
  });
});

describe('schema discovery', () => {
  it('introspection and field suggestions are off unless NODE_ENV is development or they are turned on', async () => {
    const introspection = await app.client().request(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await app.client().request(`{ mee { kind } }`);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
    expect(loadConfig({ NODE_ENV: 'production' }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).GRAPHQL_INTROSPECTION).toBe(true);
    const open = await startTestApp({ GRAPHQL_INTROSPECTION: 'true' });
    extra.push(open);
    expect((await open.client().request(`{ __schema { queryType { name } } }`)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await open.client().request(`{ mee { kind } }`)).errors?.[0].message).toMatch(/did you mean/i);
  });
});
