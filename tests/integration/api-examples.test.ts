/**
 * The worked examples of docs/api.md, run against a live server so that they never rot: curl
 * (bash), Python (requests) and TypeScript (fetch), each paging through the units an API key
 * sees and reading an error's extensions.code.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const run = promisify(execFile);
let app: TestApp;
let t: Tenant;
let env: NodeJS.ProcessEnv;
let codes: string[];

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Examples');
  for (const code of ['EX-1', 'EX-2', 'EX-3']) await newUnit(t.admin, t.headOfficeId, code);
  const key = await t.admin.ok(
    `mutation { createApiKey(input: { name: "examples", role: ANALYST, unitId: "${t.headOfficeId}", scopes: [READ_RESULTS] }) { token } }`,
  );
  env = { ...process.env, BAROMETER_URL: app.url.replace(/\/$/, ''), BAROMETER_API_KEY: key.createApiKey.token };
  const all = await t.admin.ok(`{ orgUnits(first: 200) { edges { node { code } } } }`);
  codes = all.orgUnits.edges.map((e: { node: { code: string } }) => e.node.code);
  expect(codes.length).toBe(4); // the head office and three units: two pages of two
});
afterAll(() => app?.close());

const expected = () => ({ total: codes.length, codes, error: 'NOT_FOUND' });

describe('docs/api.md examples', () => {
  it('curl: pages with after: endCursor and reads the error code', async () => {
    const { stdout } = await run('bash', ['docs/examples/api.sh'], { env });
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const pages = lines.slice(0, -1).map((l) => l.data.orgUnits);
    expect(pages.length).toBe(2);
    expect(pages.flatMap((p) => p.edges.map((e: { node: { code: string } }) => e.node.code))).toEqual(codes);
    expect(lines.at(-1).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('Python (requests)', async () => {
    const { stdout } = await run('python3', ['docs/examples/api.py'], { env });
    expect(JSON.parse(stdout)).toEqual(expected());
  });

  it('TypeScript (fetch with a typed result)', async () => {
    const { stdout } = await run('node', ['--import', '@swc-node/register/esm-register', 'docs/examples/api.ts'], {
      env,
    });
    expect(JSON.parse(stdout)).toEqual(expected());
  });
});
