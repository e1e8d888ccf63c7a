import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { GraphQLClient } from '../support/client.js';
import { createTestDatabase } from '../support/harness.js';

const root = new URL('../../', import.meta.url).pathname;

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the server as `npm start` does: the build in dist/, with its own environment. */
function startServer(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      DEMO: 'off',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(running: Running, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = running.output().match(pattern);
    if (match) return match;
    if (running.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server output never matched ${pattern}:\n${running.output()}`);
}

describe('npm start', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  }, 120_000);

  it('stops with one clear line per bad setting', async () => {
    const server = startServer({ PORT: 'abc', SESSION_TTL_HOURS: '-1' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT="abc" is invalid: expected a port number');
    expect(server.output()).toMatch(/SESSION_TTL_HOURS="-1" is invalid/);
  });

  it('migrates, prints the URL and first-start credentials that sign in, and stops cleanly on Ctrl-C', async () => {
    const databaseUrl = await createTestDatabase();
    // The template is already migrated; empty the database so the server applies migrations itself.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('drop schema public cascade; create schema public');
    await client.end();

    const first = startServer({ DATABASE_URL: databaseUrl, BOOTSTRAP_ADMIN_EMAIL: 'chief@fund.test' });
    const [, url] = await waitFor(first, /running at (http:\/\/localhost:\d+)/);
    const [, email] = await waitFor(first, /e-mail:\s+(\S+)/);
    const [, password] = await waitFor(first, /password:\s+(\S+)/);
    expect(email).toBe('chief@fund.test');
    const browser = new GraphQLClient(`${url.replace('localhost', '127.0.0.1')}/graphql`);
    const login = await browser.ok(`mutation($input: LoginInput!) { login(input: $input) { user { email } } }`, {
      input: { email, password },
    });
    expect(login.login.user.email).toBe('chief@fund.test');
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = startServer({ DATABASE_URL: databaseUrl });
    await waitFor(second, /running at/);
    expect(second.output()).not.toMatch(/First start/);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});

describe('embedded PostgreSQL', () => {
  it('picks a free port when the preferred one is taken, and keeps its data across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'barometer-embedded-'));
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const first = await startEmbeddedPostgres({ dataDir: dir, port: taken, durable: false });
      expect(first.port).not.toBe(taken);
      const a = new pg.Client({ connectionString: first.url });
      await a.connect();
      await a.query(`create table kept (value text); insert into kept values ('still here')`);
      await a.end();
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir: dir, port: 0, durable: false });
      const b = new pg.Client({ connectionString: second.url });
      await b.connect();
      expect((await b.query('select value from kept')).rows).toEqual([{ value: 'still here' }]);
      await b.end();
      await second.stop();
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
