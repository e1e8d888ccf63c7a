import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

/**
 * After a kill -9 the embedded PostgreSQL outlives the Barometer that started it, holding the
 * data directory, and the next start fails. Each start records, next to the cluster, which
 * Barometer process started which postmaster (OWNER_FILE). A PostgreSQL found running on our
 * data directory is stopped only when that record names it and its Barometer is dead; one
 * without the record, or whose Barometer still runs, is never touched.
 */
export const OWNER_FILE = 'pg-owner.json';

interface Owner {
  barometerPid: number;
  postgresPid: number;
  startedAt: string;
}

/** Alive and not a zombie (a container's PID 1 may never reap the orphan once it exits). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Whether `pid` runs the postgres program (true where /proc cannot tell). */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return !existsSync('/proc/self');
  }
}

/** The postmaster's pid from `postmaster.pid`, when the file exists. */
function postmasterPid(clusterDir: string): number | null {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function readOwner(dataDir: string): Owner | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, OWNER_FILE), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

/** Records that this process started the postmaster now running on `clusterDir`. */
export function recordOwner(dataDir: string, clusterDir: string): void {
  const postgresPid = postmasterPid(clusterDir);
  if (!postgresPid) return;
  const owner: Owner = { barometerPid: process.pid, postgresPid, startedAt: new Date().toISOString() };
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify(owner), { mode: 0o600 });
}

export function forgetOwner(dataDir: string): void {
  rmSync(join(dataDir, OWNER_FILE), { force: true });
}

const until = async (done: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return done();
};

/**
 * Stops a PostgreSQL left running on `clusterDir` by a Barometer that died; refuses (with what to
 * do) when one runs there that is not ours to stop. Returns quietly when none runs.
 */
export async function stopOrphan(dataDir: string, clusterDir: string, log?: Logger): Promise<void> {
  const pid = postmasterPid(clusterDir);
  // No server, or a stale pid file (PostgreSQL clears it itself), perhaps with its pid reused by another program.
  if (!pid || !processAlive(pid) || !isPostgres(pid)) return;
  const owner = readOwner(dataDir);
  if (!owner || owner.postgresPid !== pid) {
    throw new Error(
      `A PostgreSQL (pid ${pid}) that Barometer did not start is using ${clusterDir}; stop it, or set DATA_DIR to another folder.`,
    );
  }
  if (owner.barometerPid !== process.pid && processAlive(owner.barometerPid)) {
    throw new Error(
      `Another Barometer (pid ${owner.barometerPid}) is running on ${dataDir}; stop it first, or set DATA_DIR to another folder.`,
    );
  }
  const who = { postgresPid: pid, barometerPid: owner.barometerPid };
  log?.warn(who, 'stopping the embedded PostgreSQL left by a Barometer that died');
  // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, the cluster is left consistent.
  process.kill(pid, 'SIGINT');
  const stopped = () => !processAlive(pid) || !existsSync(join(clusterDir, 'postmaster.pid'));
  if (!(await until(stopped, 30_000))) {
    throw new Error(
      `The PostgreSQL left running on ${clusterDir} (pid ${pid}) did not stop within 30 s; stop it by hand.`,
    );
  }
  await until(() => !processAlive(pid), 5_000);
  forgetOwner(dataDir);
}
