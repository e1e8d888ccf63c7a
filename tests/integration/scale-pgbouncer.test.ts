/**
 * pgbouncer in transaction pooling mode (design.md §8, docs/scale-out.md): migrations, the server,
 * the rollup worker and pg-boss all run through it, on a server pool smaller than the clients'
 * pools, under a load of submissions and result queries.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app/app.js';
import { openDatabase, type Database } from '../../server/app/database.js';
import { MIGRATIONS_DIR } from '../../server/app/orm-config.js';
import { startWorkers, type Workers } from '../../server/app/workers.js';
import { loadConfig } from '../../server/config.js';
import { startJobQueue } from '../../server/jobs/index.js';
import { createLogger } from '../../server/logger.js';
import { GraphQLClient } from '../support/client.js';
import { eventually } from '../support/distribution.js';
import { createTestDatabase, type TestApp } from '../support/harness.js';
import { startPgbouncer, type Bouncer } from '../support/pgbouncer.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

const POOL = 4;
let direct: string;
let bouncer: Bouncer;
let db: Database;
let app: App;
let workers: Workers;
let base: string;
let t: SurveyTenant;
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

async function query(url: string, text: string, values: unknown[] = []): Promise<any[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  direct = await createTestDatabase();
  // An empty database: the migrations and pg-boss's own schema are applied through pgbouncer.
  await query(direct, 'drop schema public cascade; create schema public; drop schema if exists pgboss cascade');
  bouncer = await startPgbouncer(direct, POOL);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: bouncer.url,
    DATABASE_POOL_MODE: 'transaction',
    DB_POOL_MAX: '10',
    ROLLUP_INTERVAL_MS: '100',
    SCHEDULE_CRON: '* * * * *',
  });
  db = await openDatabase(config, log);
  app = await createApp({ config, orm: db.orm, log });
  workers = await startWorkers(config, db.orm, log);
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  const harness = { orm: db.orm, url: base, client: () => new GraphQLClient(`${base}/graphql`) };
  t = await newSurveyTenant(harness as unknown as TestApp, 'Pooled');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await workers?.stop();
  await db?.close();
  await bouncer?.stop();
});

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount nodes { key score } } }`;

describe('through pgbouncer in transaction pooling mode', () => {
  it('applied every migration through it', async () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^Migration\d+(_\w+)?\.ts$/.test(f));
    const [{ n }] = await query(direct, 'select count(*)::int n from mikro_orm_migrations');
    expect(n).toBe(files.length);
  });

  it('takes 300 submissions and 30 result queries at once, and the rollups drained through it count them all', async () => {
    const year = new Date().getUTCFullYear();
    const models = await t.admin.ok(`{ indicatorModels { edges { node { id } } } }`);
    const modelId = models.indicatorModels.edges[0].node.id;
    const input = { unitId: t.headOfficeId, modelId, from: `${year}-01-01`, to: `${year + 1}-01-01` };
    const anonymous = new GraphQLClient(`${base}/graphql`);
    // 30 clients, each 10 submissions then a result query: far more at once than the 4 server connections.
    await Promise.all(
      Array.from({ length: 30 }, async (_, c) => {
        for (let k = 0; k < 10; k++) {
          const i = c * 10 + k;
          const answers = { speed: (i % 5) + 1, courtesy: ((i * 3) % 5) + 1 };
          await anonymous.ok(SUBMIT, { input: { token: t.token, answers, clientRequestId: randomUUID() } });
        }
        await t.admin.ok(SCORES, { input });
      }),
    );
    await eventually(
      async () =>
        (await query(direct, 'select count(*)::int n from rollup_outbox where organization_id = $1', [t.orgId]))[0]
          .n === 0,
      30_000,
      'the rollup worker to drain the outbox',
    );
    const { scores } = await t.admin.ok(SCORES, { input });
    expect(scores.responseCount).toBe(300);
    // i = 0…299: each rating 1…5 sixty times for both questions, mean 3: (3 − 1) / 4 = 50.
    const score = Object.fromEntries(scores.nodes.map((n: { key: string; score: number }) => [n.key, n.score]));
    expect(score.index).toBeCloseTo(50, 9);
    const [{ n }] = await query(direct, `select count(*)::int n from result_cell where organization_id = $1`, [
      t.orgId,
    ]);
    expect(n).toBeGreaterThan(0);
  });

  it('runs pg-boss jobs through it', async () => {
    const boss = await startJobQueue(bouncer.url, log, 'barometer-probe');
    try {
      await boss.createQueue('probe');
      const seen: string[] = [];
      await boss.work<{ word: string }>('probe', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        seen.push(job.data.word);
      });
      await boss.send('probe', { word: 'pooled' });
      await eventually(async () => seen.length === 1, 20_000, 'the probe job');
      expect(seen).toEqual(['pooled']);
    } finally {
      await boss.stop({ graceful: true, wait: true });
    }
  });

  it('never opened more server connections than its pool, while serving every transaction', async () => {
    const stats = await query(bouncer.adminUrl, 'show stats');
    const ours = stats.find((s) => s.database === new URL(direct).pathname.slice(1));
    expect(Number(ours.total_xact_count)).toBeGreaterThan(300);
    const [{ n }] = await query(
      direct,
      `select count(*)::int n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    expect(n).toBeLessThanOrEqual(POOL);
  });
});
