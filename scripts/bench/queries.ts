/**
 * The benchmark's results queries at each size of BENCH_QUERY_SIZES (default 50k, 1M and 5M responses): the data
 * set is loaded with the server stopped and rolled up as `npm run rollups:rebuild` would (up to 1M), or grown from
 * 1M by copies in SQL with its cells multiplied (grow.ts); the server then answers each dashboard query 20 times
 * beside its naive SQL baseline, and the dashboard is timed in Chromium.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { dashboardTimes } from './dashboard.js';
import { growByCopies } from './grow.js';
import { gql, HEAP_LIMIT, peakMemory, type Result, root, startServer, stopServer, timed } from './harness.js';
import {
  BREAKDOWN,
  createQueryDataset,
  INPUTS,
  loadResponses,
  modelDefinition,
  NAIVE,
  percentiles,
  type QueryDataset,
  RANKING,
  SCORES,
  SERIES,
} from './results-data.js';
import { flatness, queryVerdict, sizeLabel, type QueryTime } from './verdict.js';

const QUERY_RUNS = 20;
/** From this size on, a larger size that is a multiple of the loaded one is reached by copies (grow.ts). */
const GROW_FROM = 1_000_000;

/**
 * BENCH_QUERY_SIZES (responses, comma-separated; `none` for the ingest steps alone), or the older
 * BENCH_QUERY_RESPONSES (5 % of it, then all of it).
 */
export function querySizes(env: NodeJS.ProcessEnv = process.env): number[] {
  if (env.BENCH_QUERY_SIZES === 'none') return [];
  if (env.BENCH_QUERY_SIZES) return env.BENCH_QUERY_SIZES.split(',').map(Number);
  if (env.BENCH_QUERY_RESPONSES) return [Number(env.BENCH_QUERY_RESPONSES) * 0.05, Number(env.BENCH_QUERY_RESPONSES)];
  return [50_000, 1_000_000, 5_000_000];
}

/** The naive baselines' runs: BENCH_NAIVE_RUNS, else 5, and 2 from 5M (one run there is minutes on 2 cores). */
export const naiveRuns = (responses: number, env: NodeJS.ProcessEnv = process.env) =>
  env.BENCH_NAIVE_RUNS ? Number(env.BENCH_NAIVE_RUNS) : responses >= 5_000_000 ? 2 : 5;

export interface QueryStep {
  url: string;
  cookie: string | undefined;
  orgId: string;
  headOfficeId: string;
  /** The server that ran the ingest steps: it creates the data set, then is stopped. */
  app: { child: ChildProcess; port: number };
  children: ChildProcess[];
  results: Result[];
}

/** Runs the step; returns the peak memory of each server process it used (bytes). */
export async function resultsQueries(step: QueryStep): Promise<number[]> {
  const { url, cookie, results } = step;
  if (!querySizes().length) {
    const peak = await peakMemory(step.app.child);
    await stopServer(step.app.child);
    return [peak];
  }
  const dataset = await timed('results data set: units, questionnaire, model', () =>
    createQueryDataset(
      async (query, variables = {}) => (await gql(step.app.port, query, variables, cookie)).data,
      step.orgId,
      step.headOfficeId,
    ),
  );
  const peaks = [await peakMemory(step.app.child)];
  await stopServer(step.app.child);
  const naiveClient = new pg.Client({ connectionString: url });
  await naiveClient.connect();
  const times: QueryTime[] = [];
  const sizes = querySizes().sort((a, b) => a - b);
  let loaded = 0;
  try {
    for (const [i, size] of sizes.entries()) {
      const grows = (n: number, from: number) => from >= GROW_FROM && n % from === 0 && n / from >= 2;
      const grown = grows(size, loaded);
      if (grown) {
        const after = await timed(`grow ${sizeLabel(loaded)} → ${sizeLabel(size)} responses, cells multiplied`, () =>
          growByCopies(url, { ...dataset, orgId: step.orgId }, size / loaded),
        );
        console.log(`grown to ${after.responses.toLocaleString('en')} responses, ${after.cells} cells multiplied`);
      } else {
        await timed(`load ${(size - loaded).toLocaleString('en')} responses`, () =>
          loadResponses(url, dataset, size - loaded, i + 1),
        );
        await timed(`rollups:rebuild at ${sizeLabel(size)}`, () => rebuild(url, step.orgId, results));
      }
      loaded = size;
      await caughtUp(naiveClient, step.orgId);
      const server = await startServer('app', url);
      step.children.push(server.child);
      const port = server.port;
      await timed(`queries at ${sizeLabel(size)}`, () =>
        measureQueries(port, cookie, naiveClient, dataset, size, times, results),
      );
      await timed(`dashboard in Chromium at ${sizeLabel(size)}`, () => dashboard(port, cookie, dataset, size, results));
      // At the largest size loaded for real (the next one, if any, is grown from it) the server rebuilds it itself;
      // at a grown size a rebuild would take longer than the whole benchmark may.
      const next = sizes[i + 1];
      if (!grown && (next === undefined || grows(next, size)))
        await timed(`server rebuild after a model is published at ${sizeLabel(size)}`, () =>
          serverRebuild(server, cookie, naiveClient, dataset, size, results),
        );
      peaks.push(await peakMemory(server.child));
      await stopServer(server.child);
    }
  } finally {
    await naiveClient.end();
  }
  results.push(...flatness(times));
  return peaks;
}

/** `npm run rollups:rebuild`, as an operator would run it, in a process of its own. */
async function rebuild(url: string, orgId: string, results: Result[]): Promise<void> {
  const started = performance.now();
  const output = execFileSync(process.execPath, [HEAP_LIMIT, join(root, 'dist/scripts/rollups-rebuild.js')], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  const [, responses, cells] = output.match(new RegExp(`${orgId}: (\\d+) responses, (\\d+) cells`))!.map(Number);
  const memory = Number(output.match(/peak memory (\d+) MB/)![1]);
  const at = `${responses.toLocaleString('en')} responses`;
  results.push(
    {
      name: `rollup rebuild (${at} → ${cells.toLocaleString('en')} cells, ${seconds.toFixed(0)} s)`,
      unit: 'responses/s',
      value: responses / seconds,
      baseline: null,
      ratio: null,
      target: '(for information)',
      met: null,
    },
    {
      name: `rollup rebuild peak memory (${at})`,
      unit: 'MB',
      value: memory,
      baseline: null,
      ratio: null,
      target: '< 512 MB',
      met: memory < 512,
    },
  );
}

/** The rollups are caught up before measuring: nothing left in the tail, so every query reads cells only. */
async function caughtUp(client: pg.Client, orgId: string): Promise<void> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from rollup_outbox where organization_id = $1`,
    [orgId],
  );
  if (rows[0].n !== 0) throw new Error(`the rollups are not caught up: ${rows[0].n} responses in the tail`);
}

async function measureQueries(
  port: number,
  cookie: string | undefined,
  naiveClient: pg.Client,
  dataset: QueryDataset,
  responses: number,
  times: QueryTime[],
  results: Result[],
): Promise<void> {
  const ask = (query: string, input: unknown) => gql(port, query, { input }, cookie);
  // Every response of the data set is in 2025 and counted: head office's scores over 2025 must count them all.
  const counted = (await ask(SCORES, INPUTS.scores(dataset))).data.scores.responseCount as number;
  results.push({
    name: `scores count every response (${sizeLabel(responses)})`,
    unit: 'responses',
    value: counted,
    baseline: responses,
    ratio: null,
    target: '= the responses loaded (baseline)',
    met: counted === responses,
  });
  console.log(`scores count ${counted.toLocaleString('en')} of ${responses.toLocaleString('en')} responses`);
  for (const [query, text, input, naive] of [
    ['scores: head office, 12 months', SCORES, INPUTS.scores(dataset), NAIVE.scores(dataset)],
    ['breakdown by category: head office, 12 months', BREAKDOWN, INPUTS.breakdown(dataset), NAIVE.breakdown(dataset)],
    ['ranking: 500 units, one month', RANKING, INPUTS.ranking(dataset), NAIVE.ranking(dataset)],
    ['scoreSeries: a region, monthly', SERIES, INPUTS.series(dataset), NAIVE.series(dataset)],
  ] as const) {
    for (let w = 0; w < 3; w++) await ask(text, input);
    const ours = await percentiles(QUERY_RUNS, () => ask(text, input));
    const runs = naiveRuns(responses);
    const baseline = await percentiles(runs, () => naiveClient.query(naive));
    times.push({ query, responses, p50: ours.p50, baseline: baseline.p50 });
    const label = `${query} (${sizeLabel(responses)} responses)`;
    const ratio = Math.round(baseline.p50 / ours.p50);
    console.log(
      `${label}: p50 ${ours.p50.toFixed(1)} ms, naive ${baseline.p50.toFixed(0)} ms (${runs} runs), ${ratio}×`,
    );
    results.push(
      {
        name: `${label} p50 (naive: ${runs} runs)`,
        unit: 'ms',
        value: ours.p50,
        baseline: baseline.p50,
        ratio: baseline.p50 / ours.p50,
        ...queryVerdict({ query, responses, p50: ours.p50, baseline: baseline.p50 }),
      },
      {
        name: `${label} p95`,
        unit: 'ms',
        value: ours.p95,
        baseline: baseline.p95,
        ratio: baseline.p95 / ours.p95,
        target: '(for information)',
        met: null,
      },
    );
  }
}

async function dashboard(
  port: number,
  cookie: string | undefined,
  dataset: QueryDataset,
  responses: number,
  results: Result[],
): Promise<void> {
  const { modelId, unitId, from, to } = INPUTS.scores(dataset);
  const page = await dashboardTimes(port, cookie!, { model: modelId, unit: unitId, from, to });
  const size = `${sizeLabel(responses)} responses`;
  results.push(
    {
      name: `dashboard in Chromium: navigation → charts (${size}) p50`,
      unit: 'ms',
      value: page.charts,
      baseline: page.chartsServer,
      ratio: page.chartsServer / page.charts,
      target: '< 400 ms (baseline: the server answering the page’s queries)',
      met: page.charts < 400,
    },
    {
      name: `dashboard in Chromium: filter → redrawn (${size}) p50`,
      unit: 'ms',
      value: page.redraw,
      baseline: page.redrawServer,
      ratio: page.redrawServer / page.redraw,
      target: '< 100 ms (baseline: the server answering the page’s queries)',
      met: page.redraw < 100,
    },
  );
}

/** A new model version makes the server itself rebuild the rollups of all responses. */
async function serverRebuild(
  server: { child: ChildProcess; port: number },
  cookie: string | undefined,
  client: pg.Client,
  dataset: QueryDataset,
  responses: number,
  results: Result[],
): Promise<void> {
  const { draftRevision } = (
    await gql(server.port, `query { indicatorModel(id: "${dataset.modelId}") { draftRevision } }`, {}, cookie)
  ).data.indicatorModel;
  await gql(
    server.port,
    `mutation($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { __typename } }`,
    {
      input: {
        modelId: dataset.modelId,
        expectedRevision: draftRevision,
        definition: modelDefinition(dataset.questionnaireId, [4, 3, 2, 1]),
      },
    },
    cookie,
  );
  const published = (
    await gql(
      server.port,
      `mutation { publishIndicatorModel(input: { modelId: "${dataset.modelId}" }) { id } }`,
      {},
      cookie,
    )
  ).data.publishIndicatorModel.id;
  const started = performance.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const { rows } = await client.query(`select status from rollup_model where model_version_id = $1`, [published]);
    if (rows[0]?.status === 'READY') break;
  }
  const memory = (await peakMemory(server.child)) / 1024 / 1024;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  results.push({
    name: `server rebuilding its rollups after a model is published (${sizeLabel(responses)} responses, ${seconds} s): peak memory`,
    unit: 'MB',
    value: memory,
    baseline: null,
    ratio: null,
    target: '< 512 MB',
    met: memory < 512,
  });
}
