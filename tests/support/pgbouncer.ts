import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../server/db/embedded-postgres.js';

export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface Bouncer {
  /** The same database as `databaseUrl`, through pgbouncer. */
  url: string;
  /** pgbouncer's admin console (SHOW STATS, SHOW POOLS). */
  adminUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's pgbouncer in transaction pooling mode in front of `databaseUrl`, with a server
 * pool smaller than the clients' pools, so session state left on a connection would reach
 * another client. As root it runs as the "postgres" user (pgbouncer refuses root).
 */
export async function startPgbouncer(databaseUrl: string, poolSize = 4): Promise<Bouncer> {
  const target = new URL(databaseUrl);
  const user = decodeURIComponent(target.username);
  const password = decodeURIComponent(target.password);
  const database = target.pathname.slice(1);
  const dir = mkdtempSync(join(tmpdir(), 'barometer-pgbouncer-'));
  chmodSync(dir, 0o755);
  const port = await freePort(0);
  writeFileSync(join(dir, 'users.txt'), `"${user}" "${password}"\n`, { mode: 0o644 });
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `${database} = host=${target.hostname} port=${target.port} dbname=${database}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${join(dir, 'users.txt')}`,
      `admin_users = ${user}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 500',
      'ignore_startup_parameters =',
      ...(process.getuid?.() === 0 ? ['user = postgres'] : []),
    ].join('\n') + '\n',
    { mode: 0o644 },
  );
  const child: ChildProcess = spawn(PGBOUNCER, [join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const adminUrl = url.replace(/\/[^/]+$/, '/pgbouncer');
  // Ready when it answers on its port (no fixed wait).
  for (let attempt = 0; ; attempt++) {
    const probe = new pg.Client({ connectionString: url });
    try {
      await probe.connect();
      await probe.query('select 1');
      await probe.end();
      break;
    } catch (error) {
      await probe.end().catch(() => {});
      if (child.exitCode !== null || attempt > 100)
        throw new Error(`pgbouncer did not start: ${String(error)}\n${output}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    adminUrl,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
