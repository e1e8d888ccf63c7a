import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { OWNER_FILE, processAlive } from '../../server/db/embedded-orphan.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { eventually } from '../support/distribution.js';

const root = new URL('../../', import.meta.url).pathname;
const dirs: string[] = [];
const leftovers: number[] = [];
const children: ChildProcess[] = [];

/** Starts the embedded PostgreSQL in a child process (as `npm start` would) and waits for it. */
async function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', 'tests/support/embedded-child.ts', dataDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  children.push(child);
  const url = await eventually(
    async () => /READY (\S+)/.exec(output)?.[1],
    60_000,
    `the child's PostgreSQL (${output})`,
  );
  return { child, url };
}
const postmaster = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
const killed = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(null) : child.once('exit', resolve)));
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('select 1 as one')).rows[0].one === 1;
  } finally {
    await client.end();
  }
}
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'barometer-orphan-'));
  dirs.push(dir);
  return dir;
};

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
  for (const pid of leftovers) if (processAlive(pid)) process.kill(pid, 'SIGINT');
  for (const pid of leftovers)
    await eventually(async () => !processAlive(pid), 20_000, 'leftover PostgreSQL to stop').catch(() => {});
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('an embedded PostgreSQL left by a killed Barometer', () => {
  it('is stopped at the next start, which then succeeds with the data kept', { timeout: 120_000 }, async () => {
    const dir = newDir();
    const { child, url } = await startChild(dir);
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    await a.query(`create table kept (value text); insert into kept values ('still here')`);
    await a.end();
    child.kill('SIGKILL');
    await killed(child);
    const orphan = postmaster(dir);
    leftovers.push(orphan);
    expect(processAlive(orphan)).toBe(true); // the orphan the probe found

    const db = await startEmbeddedPostgres({ dataDir: dir, port: 0, durable: false });
    try {
      expect(processAlive(orphan)).toBe(false);
      const b = new pg.Client({ connectionString: db.url });
      await b.connect();
      expect((await b.query('select value from kept')).rows).toEqual([{ value: 'still here' }]);
      await b.end();
    } finally {
      await db.stop();
    }
    expect(existsSync(join(dir, OWNER_FILE))).toBe(false);
  });

  it(
    'is never touched when it is not ours: no record of who started it, or its Barometer still runs',
    { timeout: 120_000 },
    async () => {
      // Its Barometer still runs.
      const dir = newDir();
      const { child, url } = await startChild(dir);
      leftovers.push(postmaster(dir));
      await expect(startEmbeddedPostgres({ dataDir: dir, port: 0, durable: false })).rejects.toThrow(
        /Another Barometer \(pid \d+\) is running on/,
      );
      expect(await answers(url)).toBe(true);
      // No record of who started it (say, a PostgreSQL started by hand on this folder).
      child.kill('SIGKILL');
      await killed(child);
      rmSync(join(dir, OWNER_FILE));
      await expect(startEmbeddedPostgres({ dataDir: dir, port: 0, durable: false })).rejects.toThrow(
        /that Barometer did not start is using/,
      );
      expect(await answers(url)).toBe(true);
    },
  );
});
