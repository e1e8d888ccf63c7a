import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newTenant } from '../support/factories.js';

/**
 * Issue 21 (found by the benchmark): an import of 150,000 rows ended the server on its heap limit
 * (`npm start` runs with 384 MB), because the rollup tail was filled through em.execute, whose client-side
 * quoting of two arrays of 150k ids built ~300 MB of string pieces. The tail is filled with server-side
 * parameters now; a process with a 200 MB heap (about what the server has left beside its own objects)
 * must put 200,000 responses in the tail.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(() => app?.close());

it('puts an import of 200,000 responses in the rollup tail within a 200 MB heap', async () => {
  const tenant = await newTenant(app);
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=200',
      '--import',
      '@swc-node/register/esm-register',
      'tests/support/tail-child.ts',
      app.databaseUrl,
      tenant.orgId,
      '200000',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(output.slice(-2000)).toContain('STORED 200000');
  expect(code).toBe(0);
  const [{ count }] = await app.orm.em
    .fork()
    .execute(`select count(*)::int as count from rollup_outbox where organization_id = ?`, [tenant.orgId]);
  expect(count).toBe(200_000);
}, 120_000);
