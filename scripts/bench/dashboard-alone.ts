/**
 * npm run bench:dashboard — the benchmark's dashboard step, runnable alone (issue 14): the results page in
 * Chromium at BENCH_QUERY_RESPONSES responses (default 50,000) of the benchmark's data set, its two figures
 * against the 400 ms (charts) and 100 ms (filtered redraw) targets, and each GraphQL request of the last run.
 * BENCH_DASHBOARD_DATA keeps the database in that folder, so a second run after a change to the page skips
 * the loading (the web build is redone each time).
 */
import 'reflect-metadata';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createOrganization } from '../../server/org/organization.service.js';
import { createQueryDataset, type GqlData, INPUTS, loadResponses, type QueryDataset } from './results-data.js';
import { dashboardTimes, type TracedRequest } from './dashboard.js';

const RESPONSES = Number(process.env.BENCH_QUERY_RESPONSES ?? 50_000);
const root = new URL('../../', import.meta.url).pathname;
const HEAP_LIMIT = '--max-old-space-size=384';
const LOGIN = `mutation { login(input: { email: "bench@bench.test", password: "bench-password-1" }) { kind } }`;

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
  return { data: body.data, cookie: response.headers.getSetCookie()[0]?.split(';')[0] ?? '' };
}

/** A new organisation with the benchmark's units and model, its responses loaded and rolled up. */
async function seed(url: string): Promise<QueryDataset> {
  const orm = await MikroORM.init({ ...ormConfig(url), logger: () => {} });
  await orm.migrator.up();
  const tenant = await createOrganization(orm.em.fork(), {
    name: 'Bench',
    slug: 'bench',
    admin: { email: 'bench@bench.test', displayName: 'Bench', password: 'bench-password-1' },
  });
  await orm.close();
  const server = await startServer(url);
  try {
    const { cookie } = await gql(server.port, LOGIN, {});
    const ask = async (query: string, variables = {}) => (await gql(server.port, query, variables, cookie)).data;
    const dataset = await createQueryDataset(ask, tenant.organization.id, tenant.headOffice.id);
    server.child.kill('SIGTERM');
    await loadResponses(url, dataset, RESPONSES, 1);
    execFileSync(process.execPath, [HEAP_LIMIT, join(root, 'dist/scripts/rollups-rebuild.js')], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    });
    return dataset;
  } finally {
    server.child.kill('SIGTERM');
  }
}

const show = (requests: TracedRequest[]) =>
  requests
    .map(
      (r) =>
        `  ${r.operation.padEnd(24)} ${String(r.start).padStart(6)} → ${String(r.end).padStart(6)} ms  (server ${r.server} ms)`,
    )
    .join('\n');

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const kept = process.env.BENCH_DASHBOARD_DATA;
const dataDir = kept ?? mkdtempSync(join(os.tmpdir(), 'barometer-bench-dashboard-'));
const fresh = !existsSync(join(dataDir, 'dataset.json'));
mkdirSync(dataDir, { recursive: true });
const db = await startEmbeddedPostgres({ dataDir, port: 0 });
let server: { child: ChildProcess; port: number } | undefined;
try {
  await ensureDatabase(db.adminUrl, 'bench');
  const url = db.adminUrl.replace(/\/postgres$/, '/bench');
  if (fresh) writeFileSync(join(dataDir, 'dataset.json'), JSON.stringify(await seed(url)));
  const dataset = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as QueryDataset;
  server = await startServer(url);
  const { cookie } = await gql(server.port, LOGIN, {});
  const { modelId, unitId, from, to } = INPUTS.scores(dataset);
  const page = await dashboardTimes(server.port, cookie, { model: modelId, unit: unitId, from, to });
  const size = `${RESPONSES.toLocaleString('en')} responses`;
  console.log(
    `navigation → charts (${size}) p50: ${Math.round(page.charts)} ms (GraphQL span ${Math.round(page.chartsServer)} ms; target 400 ms)`,
  );
  console.log(
    `filter → redrawn (${size}) p50: ${Math.round(page.redraw)} ms (GraphQL span ${Math.round(page.redrawServer)} ms; target 100 ms)`,
  );
  console.log(`last load's GraphQL requests (ms since navigation start):\n${show(page.trace.load)}`);
  console.log(`last redraw's GraphQL requests (ms since the click):\n${show(page.trace.redraw)}`);
} finally {
  server?.child.kill('SIGTERM');
  await db.stop();
  if (!kept) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
