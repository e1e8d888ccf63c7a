import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  const web = mkdtempSync(join(tmpdir(), 'barometer-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Barometer</title><div id="app"></div>');
  app = await startTestApp({ WEB_DIR: web });
});
afterAll(() => app?.close());

describe('the HTTP server', () => {
  it('reports database status on /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the web app, with its routes falling back to index.html', async () => {
    for (const path of ['/', '/questionnaires/123']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
    }
  });

  it('tags every response with a request id, keeping a caller-supplied one', async () => {
    const own = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(own.headers.get('x-request-id')).toBe('trace-42');
    const generated = await fetch(`${app.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed GraphQL with a client error, not a 500', async () => {
    const syntax = await app.client().request(`{ me { `);
    expect(syntax.status).toBe(400);
    expect(syntax.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await app.client().request(`{ nothing }`);
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const notJson = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses cross-site form posts (CSRF) to the GraphQL endpoint', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { kind } }')}`, {
      method: 'GET',
    });
    expect(response.status).toBe(400);
  });
});

describe('query limits', () => {
  it('refuses a query nested too deeply, with a client error', async () => {
    const deep = `{ me { grants { unit { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } } }`;
    const result = await app.client().request(deep);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/depth/i);
  });

  it('refuses a flood of aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { kind }`).join(' ');
    const result = await app.client().request(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors![0].message).toMatch(/alias/i);
  });
});
