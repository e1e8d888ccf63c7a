/**
 * Fault suite (docs/hardening.md "Fault suite"): the built server, started as `npm start` starts it with its
 * embedded PostgreSQL, is SIGKILLed while several clients submit through REST and GraphQL, then started again
 * unattended. Every acknowledged submission is stored exactly once, the completion counter equals the stored
 * count, and the time to recover is printed.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/app/orm-config.js';
import { freePort } from '../../server/db/embedded-postgres.js';
import { GraphQLClient } from '../support/client.js';
import { createDistribution, eventually, SUBMIT } from '../support/distribution.js';
import type { TestApp } from '../support/harness.js';
import { buildServer, startServerCopy, type Running } from '../support/processes.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

const CLIENTS = 6;
const dataDir = mkdtempSync(join(tmpdir(), 'barometer-faults-'));
let env: Record<string, string>;
let server: { url: string; process: Running } | undefined;
let t: SurveyTenant;
let distributionId: string;
let token: string;

/** The embedded PostgreSQL's address, read from the data folder (its port can change across restarts). */
function embeddedUrl(): string {
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const port = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return `postgres://barometer:${encodeURIComponent(password)}@127.0.0.1:${port}/barometer`;
}

beforeAll(async () => {
  buildServer();
  const port = await freePort(0);
  env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort(0)),
    WORKERS: 'false',
    // One address sends all of this load with no form tickets, by design (public-abuse.test.ts covers the limits).
    RATE_LIMIT_PER_ADDRESS: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    RATE_LIMIT_MACHINE: '0',
    BOT_MIN_FILL_SECONDS: '0',
  };
  server = await startServerCopy(env);
  // The data is made through the server's API and the organisation service on its own database.
  const orm = await MikroORM.init({ ...ormConfig(embeddedUrl(), { poolMax: 2 }), logger: () => {} });
  try {
    const app = {
      url: server.url,
      orm,
      client: () => new GraphQLClient(`${server!.url}/graphql`),
    } as unknown as TestApp;
    t = await newSurveyTenant(app, 'Crash');
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
  rmSync(dataDir, { recursive: true, force: true });
});

/** One submission; resolves true only when the server acknowledged it (2xx, no GraphQL error). */
async function submit(base: string, i: number, clientRequestId: string): Promise<boolean> {
  const answers = { speed: (i % 5) + 1, courtesy: ((i * 3) % 5) + 1 };
  const rest = i % 2 === 0;
  const response = await fetch(rest ? `${base}/api/responses` : `${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(
      rest
        ? { token, answers, clientRequestId }
        : { query: SUBMIT, variables: { input: { token, answers, clientRequestId } } },
    ),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) return false;
  const body = (await response.json()) as { errors?: unknown[] };
  return !body.errors;
}

describe('the server killed under load', () => {
  it('keeps every acknowledged submission exactly once and recovers unattended', async () => {
    const acknowledged = new Set<string>();
    let stop = false;
    let killedAt = 0;
    let firstAckAfter = 0;
    // Each client sends its submission until it is acknowledged (the same clientRequestId when retried, as a
    // phone keeping an unsent answer does), then the next one.
    const client = async (c: number) => {
      for (let i = c; !stop; i += CLIENTS) {
        const id = randomUUID();
        while (!(await submit(server!.url, i, id).catch(() => false))) {
          if (stop) return;
          await new Promise((r) => setTimeout(r, 100)); // a client's back-off between retries, not a wait for a result
        }
        acknowledged.add(id);
        if (killedAt && !firstAckAfter) firstAckAfter = Date.now();
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    await eventually(async () => acknowledged.size >= 60, 60_000, '60 acknowledged submissions');
    const running = server!;
    running.process.child.kill('SIGKILL');
    await running.process.exited;
    killedAt = Date.now();
    const ackedBeforeKill = acknowledged.size;
    // Started again the way `npm start` starts it; the killed server's PostgreSQL is still running.
    server = await startServerCopy(env);
    const listening = Date.now();
    await eventually(async () => firstAckAfter > 0 && acknowledged.size >= ackedBeforeKill + 60, 60_000, 'more acks');
    stop = true;
    await load;

    const db = new pg.Client({ connectionString: embeddedUrl() });
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
      const figures = {
        acknowledged: acknowledged.size,
        stored,
        restartSeconds: (listening - killedAt) / 1000,
        recoverySeconds: (firstAckAfter - killedAt) / 1000,
      };
      console.log(`FAULT FIGURES server-kill ${JSON.stringify(figures)}`);
    } finally {
      await db.end();
    }
  });
});
