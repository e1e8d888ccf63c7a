/**
 * The read replica (DATABASE_READ_URL, design.md §8, docs/scale-out.md): a real streaming replica
 * of an embedded primary answers results reads only when it has replayed the primary's WAL up to
 * the request's start; paused behind it, the primary answers, so no read is staler than the data.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app/app.js';
import { openDatabase, type Database } from '../../server/app/database.js';
import { loadConfig } from '../../server/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/db/embedded-postgres.js';
import { READ_SOURCE_HEADER } from '../../server/db/read-replica.js';
import { createLogger } from '../../server/logger.js';
import { GraphQLClient } from '../support/client.js';
import { eventually } from '../support/distribution.js';
import type { TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';
import { startReplica, type Replica } from '../support/replica.js';

const scratch = mkdtempSync(join(tmpdir(), 'barometer-replica-'));
// As root, PostgreSQL runs as the "postgres" user, which must enter the folder.
chmodSync(scratch, 0o755);
let primary: EmbeddedDatabase;
let replica: Replica;
let db: Database;
let app: App;
let base: string;
let t: SurveyTenant;
let input: Record<string, unknown>;

beforeAll(async () => {
  primary = await startEmbeddedPostgres({ dataDir: join(scratch, 'primary'), port: 0, durable: false });
  replica = await startReplica(primary, join(scratch, 'primary'), join(scratch, 'replica'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: primary.url,
    DATABASE_READ_URL: replica.url,
    ROLLUP_INTERVAL_MS: '100',
  });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  db = await openDatabase(config, log);
  app = await createApp({ config, orm: db.orm, replica: db.replica, log });
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  const harness = { orm: db.orm, url: base, client: () => new GraphQLClient(`${base}/graphql`) };
  t = await newSurveyTenant(harness as unknown as TestApp, 'Replicated');
  const modelId = (await t.admin.ok(`{ indicatorModels { edges { node { id } } } }`)).indicatorModels.edges[0].node.id;
  const year = new Date().getUTCFullYear();
  input = { unitId: t.headOfficeId, modelId, from: `${year}-01-01`, to: `${year + 1}-01-01` };
}, 180_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  await replica?.stop();
  await primary?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const SCORES = `query($input: ScoresInput!) { scores(input: $input) { responseCount } }`;

/** Submits ratings (speed, courtesy) through the API, on the primary. */
async function submit(ratings: [number, number][]) {
  for (const [speed, courtesy] of ratings)
    await new GraphQLClient(`${base}/graphql`).ok(SUBMIT, {
      input: { token: t.token, answers: { speed, courtesy }, clientRequestId: randomUUID() },
    });
}

/** The scores' response count and which server answered. */
async function scores(): Promise<{ count: number; source: string | null }> {
  const result = await t.admin.request(SCORES, { input });
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return { count: result.data!.scores.responseCount, source: result.headers.get(READ_SOURCE_HEADER) };
}

const replicated = async () =>
  (await replica.query(`select count(*)::int n from response where organization_id = $1`, [t.orgId]))[0].n;

describe('results reads with a streaming read replica', () => {
  it('reads from the replica once it has replayed up to the start of the request', async () => {
    await submit([
      [5, 4],
      [3, 3],
    ]);
    // Polls until the replica has caught up (its answer names it), then the count is fresh: 2.
    const read = await eventually(async () => {
      const r = await scores();
      return r.source === 'replica' && r;
    });
    expect(read.count).toBe(2);
  });

  it('answers from the primary while the replica is paused behind it, and from the replica again once resumed', async () => {
    await replica.query('select pg_wal_replay_pause()');
    await eventually(
      async () => (await replica.query(`select pg_get_wal_replay_pause_state() as s`))[0].s === 'paused',
      10_000,
      'the replay to pause',
    );
    await submit([
      [1, 2],
      [4, 5],
      [2, 2],
    ]);
    // The replica holds only the first two responses; a read from it would miss three.
    expect(await replicated()).toBe(2);
    expect(await scores()).toEqual({ count: 5, source: 'primary' });

    await replica.query('select pg_wal_replay_resume()');
    const read = await eventually(async () => {
      const r = await scores();
      return r.source === 'replica' && r;
    });
    expect(read.count).toBe(5);
    expect(await replicated()).toBe(5);
  });
});
