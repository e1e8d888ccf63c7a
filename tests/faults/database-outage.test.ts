/**
 * Fault suite 1b (docs/hardening.md "Fault suite"): the built server runs against a PostgreSQL of its own behind
 * DATABASE_URL while several clients submit through REST and GraphQL. PostgreSQL is restarted (a fast shutdown,
 * then started again), and later frozen (SIGSTOP on every one of its processes, then SIGCONT). Requests during
 * each outage are answered promptly with 503 / SERVICE_UNAVAILABLE and a sentence (never a 500, never a hang),
 * /healthz answers within a second and says the database is down, the server recovers unattended, and every
 * acknowledged submission is stored exactly once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/app/orm-config.js';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';
import { GraphQLClient } from '../support/client.js';
import { createDistribution, eventually, SUBMIT } from '../support/distribution.js';
import type { TestApp } from '../support/harness.js';
import { buildServer, startServerCopy, type Running } from '../support/processes.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

const CLIENTS = 6;
/** The statement timeout the server runs with here; its client-side bound is one second more (orm-config.ts). */
const STATEMENT_MS = 2000;
/** The longest a request may take during an outage: pool wait (2 s) plus one query's client bound (3 s), plus slack. */
const PROMPT_MS = 7000;
const pgDir = mkdtempSync(join(tmpdir(), 'barometer-faults-pg-'));
const dataDir = mkdtempSync(join(tmpdir(), 'barometer-faults-data-'));
let pgPort: number;
let database: EmbeddedDatabase;
let server: { url: string; process: Running } | undefined;
let t: SurveyTenant;
let distributionId: string;
let token: string;

const startDatabase = async () => {
  database = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort });
  // The server's DATABASE_URL names this port: a restart on another one would be a different outage.
  expect(database.port).toBe(pgPort);
};

beforeAll(async () => {
  buildServer();
  pgPort = await freePort(0);
  await startDatabase();
  server = await startServerCopy({
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: String(await freePort(0)),
    WORKERS: 'false',
    DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_MS),
    DB_LOCK_TIMEOUT_MS: '1000',
    DB_CONNECT_TIMEOUT_MS: '1000',
    DB_ACQUIRE_TIMEOUT_MS: '2000',
    // One address sends all of this load with no form tickets, by design (public-abuse.test.ts covers the limits).
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    RATE_LIMIT_MACHINE: '0',
    BOT_MIN_FILL_SECONDS: '0',
  });
  const orm = await MikroORM.init({ ...ormConfig(database.url, { poolMax: 2 }), logger: () => {} });
  try {
    const app = {
      url: server.url,
      orm,
      client: () => new GraphQLClient(`${server!.url}/graphql`),
    } as unknown as TestApp;
    t = await newSurveyTenant(app, 'Outage');
    const d = await createDistribution(t.admin, {
      name: 'Kiosk',
      questionnaireId: t.questionnaireId,
      channel: 'KIOSK',
      unitIds: [t.headOfficeId],
    });
    distributionId = d.id;
    token = d.links[0].token;
  } finally {
    await orm.close();
  }
}, 240_000);

afterAll(async () => {
  await server?.process.stop();
  await database?.stop();
  rmSync(pgDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** What one attempt got: acknowledged, or refused with its status, code and sentence, and how long it took. */
interface Attempt {
  ok: boolean;
  status: number;
  code?: string;
  message?: string;
  retryAfter: string | null;
  ms: number;
  at: number;
}

async function submit(i: number, clientRequestId: string): Promise<Attempt> {
  const answers = { speed: (i % 5) + 1, courtesy: ((i * 3) % 5) + 1 };
  const rest = i % 2 === 0;
  const started = Date.now();
  const response = await fetch(rest ? `${server!.url}/api/responses` : `${server!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      rest
        ? { token, answers, clientRequestId }
        : { query: SUBMIT, variables: { input: { token, answers, clientRequestId } } },
    ),
    signal: AbortSignal.timeout(15_000),
  }).catch((error: Error) => ({ error }));
  const ms = Date.now() - started;
  if ('error' in response)
    return { ok: false, status: 0, message: String(response.error), retryAfter: null, ms, at: started };
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  return {
    ok: response.ok && !error,
    status: response.status,
    code: error?.extensions?.code,
    message: error?.message,
    retryAfter: response.headers.get('retry-after'),
    ms,
    at: started,
  };
}

/** The cluster's processes: the postmaster (first line of postmaster.pid) and its children. */
function clusterPids(): number[] {
  const postmaster = Number(readFileSync(join(pgDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        // The field after the parenthesised command name: state, then the parent's pid.
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

const timedGet = async (path: string) => {
  const started = Date.now();
  const response = await fetch(`${server!.url}${path}`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
};

describe('PostgreSQL restarted and frozen under load', () => {
  it('answers 503 with a sentence during each outage, recovers unattended, loses no acknowledged write', async () => {
    const acknowledged = new Set<string>();
    const refused: Attempt[] = [];
    let stop = false;
    const client = async (c: number) => {
      for (let i = c; !stop; i += CLIENTS) {
        const id = randomUUID();
        for (;;) {
          const attempt = await submit(i, id);
          if (attempt.ok) break;
          refused.push(attempt);
          if (stop) return;
          await new Promise((r) => setTimeout(r, 200)); // a client's back-off between retries, not a wait for a result
        }
        acknowledged.add(id);
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const acks = (n: number, what: string) => eventually(async () => acknowledged.size >= n, 60_000, what);
    await acks(30, '30 acknowledged submissions');

    // 1. A restart: fast shutdown (in-flight transactions aborted, connections closed), down until the clients
    //    have seen it, then started again on the same port.
    const restartRefusedFrom = refused.length;
    const stoppedAt = Date.now();
    await database.stop();
    await eventually(async () => refused.length >= restartRefusedFrom + 6, 30_000, 'refusals while stopped');
    const downHealth = await timedGet('/healthz');
    const downReady = await timedGet('/readyz');
    const ackedBeforeStart = acknowledged.size;
    await startDatabase();
    await acks(ackedBeforeStart + 30, 'acknowledgements after the restart');
    const restartRecovery = (Date.now() - stoppedAt) / 1000;
    const restartRefused = refused.slice(restartRefusedFrom);

    // 2. A freeze: every process of the cluster stopped, so sockets stay open and nothing answers.
    const freezeRefusedFrom = refused.length;
    const pids = clusterPids();
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    const frozenAt = Date.now();
    let frozenHealth: Awaited<ReturnType<typeof timedGet>>;
    let frozenReady: Awaited<ReturnType<typeof timedGet>>;
    try {
      frozenHealth = await timedGet('/healthz');
      frozenReady = await timedGet('/readyz');
      await eventually(async () => refused.length >= freezeRefusedFrom + 6, 30_000, 'refusals while frozen');
    } finally {
      for (const pid of [...pids].reverse()) process.kill(pid, 'SIGCONT');
    }
    const ackedBeforeThaw = acknowledged.size;
    await acks(ackedBeforeThaw + 30, 'acknowledgements after the thaw');
    const freezeRecovery = (Date.now() - frozenAt) / 1000;
    stop = true;
    await load;
    const freezeRefused = refused.slice(freezeRefusedFrom);

    // During each outage: /healthz answers within a second and says the database is down; /readyz says 503.
    for (const [health, ready] of [
      [downHealth, downReady],
      [frozenHealth!, frozenReady!],
    ]) {
      expect(health.ms).toBeLessThan(1000);
      expect(health.body).toEqual({ status: 'ok', database: 'down' });
      expect(ready.ms).toBeLessThan(1000);
      expect(ready.status).toBe(503);
    }
    // Every refusal (of either outage) is a prompt 503 with SERVICE_UNAVAILABLE, Retry-After and a sentence.
    const summary = (a: Attempt) => `${a.status} ${a.code} ${a.ms}ms ${a.message}`;
    for (const attempt of [...restartRefused, ...freezeRefused]) {
      expect(summary(attempt)).toMatch(/^503 SERVICE_UNAVAILABLE \d+ms The database .* try again in a moment\.$/);
      expect(attempt.retryAfter).toBe('5');
      expect(attempt.ms).toBeLessThan(PROMPT_MS);
    }
    expect(refused.length).toBe(restartRefused.length + freezeRefused.length);

    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      const keys = (
        await db.query(
          `select client_request_id, count(*)::int n from response_key where organization_id = $1
          group by client_request_id`,
          [t.orgId],
        )
      ).rows as { client_request_id: string; n: number }[];
      const { n: stored } = (
        await db.query(`select count(*)::int n from response where organization_id = $1`, [t.orgId])
      ).rows[0];
      // Every client retried until acknowledged, so what is stored is exactly what was acknowledged.
      expect(keys.filter((k) => k.n > 1)).toEqual([]);
      expect(new Set(keys.map((k) => k.client_request_id))).toEqual(acknowledged);
      expect(stored).toBe(acknowledged.size);
      const { distribution } = await t.admin.ok(`query($id: ID!) { distribution(id: $id) { completedCount } }`, {
        id: distributionId,
      });
      expect(distribution.completedCount).toBe(stored);
      const slowest = (list: Attempt[]) => Math.max(0, ...list.map((a) => a.ms)) / 1000;
      const figures = {
        acknowledged: acknowledged.size,
        stored,
        restart: { refused: restartRefused.length, slowestRefusalSeconds: slowest(restartRefused), restartRecovery },
        freeze: { refused: freezeRefused.length, slowestRefusalSeconds: slowest(freezeRefused), freezeRecovery },
        healthMs: [downHealth.ms, frozenHealth!.ms],
      };
      console.log(`FAULT FIGURES database-outage ${JSON.stringify(figures)}`);
    } finally {
      await db.end();
    }
  });
});
