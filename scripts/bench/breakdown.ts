/**
 * npm run bench:breakdown — one row of the benchmark, runnable alone: a breakdown by respondent
 * category of head office over 12 months against one `scores` query of the same scope (issue 16:
 * a breakdown must be as fast as one scores query). Both read the same rollup cells, so the
 * baseline here is our own scores query, not raw SQL. BENCH_QUERY_RESPONSES sets the size
 * (default 20,000; the full bench runs the same queries at 50k, 1M and 5M).
 */
import 'reflect-metadata';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createOrganization } from '../../server/org/organization.service.js';
import {
  BREAKDOWN,
  createQueryDataset,
  type GqlData,
  INPUTS,
  loadResponses,
  percentiles,
  SCORES,
} from './results-data.js';

const RESPONSES = Number(process.env.BENCH_QUERY_RESPONSES ?? 20_000);
const RUNS = 20;
/** "As fast as": the breakdown's p50 within this factor of the scores query's. */
const FACTOR = 1.5;
const root = new URL('../../', import.meta.url).pathname;
const HEAP_LIMIT = '--max-old-space-size=384';

function startServer(url: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(join(root, 'dist/scripts/bench/server.js'), ['app', url, '10'], {
    execArgv: [HEAP_LIMIT],
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function gql(port: number, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: GqlData; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.getSetCookie()[0]?.split(';')[0] };
}

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const scratch = mkdtempSync(join(os.tmpdir(), 'barometer-bench-breakdown-'));
const db = await startEmbeddedPostgres({ dataDir: scratch, port: 0 });
const children: ChildProcess[] = [];
let row: Record<string, unknown> | undefined;
try {
  await ensureDatabase(db.adminUrl, 'bench');
  const url = db.adminUrl.replace(/\/postgres$/, '/bench');
  const orm = await MikroORM.init({ ...ormConfig(url), logger: () => {} });
  await orm.migrator.up();
  const tenant = await createOrganization(orm.em.fork(), {
    name: 'Bench',
    slug: 'bench',
    admin: { email: 'bench@bench.test', displayName: 'Bench', password: 'bench-password-1' },
  });
  await orm.close();
  const login = `mutation { login(input: { email: "bench@bench.test", password: "bench-password-1" }) { kind } }`;
  let server = await startServer(url);
  children.push(server.child);
  let { cookie } = await gql(server.port, login, {});
  const dataset = await createQueryDataset(
    async (query, variables = {}) => (await gql(server.port, query, variables, cookie)).data,
    tenant.organization.id,
    tenant.headOffice.id,
  );
  // Bulk-loaded with the server stopped, then rolled up as `npm run rollups:rebuild` would.
  server.child.kill('SIGTERM');
  await loadResponses(url, dataset, RESPONSES, 1);
  execFileSync(process.execPath, [HEAP_LIMIT, join(root, 'dist/scripts/rollups-rebuild.js')], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
  });
  server = await startServer(url);
  children.push(server.child);
  ({ cookie } = await gql(server.port, login, {}));
  const ask = (query: string, input: unknown) => gql(server.port, query, { input }, cookie);
  for (let w = 0; w < 3; w++)
    await Promise.all([ask(SCORES, INPUTS.scores(dataset)), ask(BREAKDOWN, INPUTS.breakdown(dataset))]);
  const scores = await percentiles(RUNS, () => ask(SCORES, INPUTS.scores(dataset)));
  const breakdown = await percentiles(RUNS, () => ask(BREAKDOWN, INPUTS.breakdown(dataset)));
  const round = (x: number) => Math.round(x * 100) / 100;
  row = {
    name: `breakdown by category vs one scores query (${RESPONSES.toLocaleString('en')} responses) p50`,
    value: `${round(breakdown.p50)} ms`,
    baseline: `${round(scores.p50)} ms`,
    ratio: round(scores.p50 / breakdown.p50),
    p95: `${round(breakdown.p95)} ms vs ${round(scores.p95)} ms`,
    target: `breakdown p50 ≤ ${FACTOR} × scores p50`,
    met: breakdown.p50 <= FACTOR * scores.p50,
  };
} finally {
  for (const child of children) child.kill('SIGTERM');
  await db.stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.table([row]);
process.exit(0);
