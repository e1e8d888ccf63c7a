/* eslint-disable max-lines -- the benchmark's steps in the order they run, each beside its baseline; split when a step grows */
/**
 * npm run bench — measures, in one run on this machine, each figure beside its baseline:
 * - the dashboard's results queries (scores of head office over 12 months, ranking of 500 units
 *   for a month, a region's monthly series) through GraphQL at 500k and at 1M responses, p50
 *   and p95 of 20 runs, against one SQL query computing the same numbers from the raw answers;
 * - validated submissions per second through submitResponse at 32 concurrent clients, against
 *   a bare node:http endpoint doing one INSERT per request with the same pool size, for a survey
 *   judged by the compiled plan and for the same survey judged by survey-core in the worker pool;
 * - rows per second of a streamed CSV import, against a raw COPY of the same rows;
 * - the server's peak memory;
 * - a soak (BENCH_SOAK_SECONDS, default 600; 0 skips it): mixed load with the server's memory sampled each second.
 * Prints a table and writes .bench/results.json. Not part of CI.
 */
import 'reflect-metadata';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ensureDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { ormConfig } from '../../server/app/orm-config.js';
import { createOrganization } from '../../server/org/organization.service.js';
import { COPY_COLUMNS, csvLine } from '../../server/responses/import.service.js';
import { randomUUID } from 'node:crypto';
import {
  createQueryDataset,
  type GqlData,
  INPUTS,
  loadResponses,
  modelDefinition,
  NAIVE,
  percentiles,
  RANKING,
  SCORES,
  BREAKDOWN,
  SERIES,
} from './results-data.js';
import { dashboardTimes } from './dashboard.js';
import { soak } from './soak.js';

const CLIENTS = 32;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 6000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const POOL = 10;
const QUERY_RESPONSES = Number(process.env.BENCH_QUERY_RESPONSES ?? 1_000_000);
const QUERY_RUNS = 20;
const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 5);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const HEAP_LIMIT = '--max-old-space-size=384';
const root = new URL('../../', import.meta.url).pathname;

interface Result {
  name: string;
  unit: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
}
const results: Result[] = [];

function startServer(kind: 'app' | 'bare', url: string): Promise<{ child: ChildProcess; port: number }> {
  // The built server (as `npm start` runs it), not the TypeScript loader.
  // The same heap limit as `npm start` (package.json).
  const child = fork(join(root, 'dist/scripts/bench/server.js'), [kind, url, String(POOL)], {
    execArgv: [HEAP_LIMIT],
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function peakMemory(child: ChildProcess): Promise<number> {
  child.send('memory');
  return new Promise((resolve) => child.once('message', (m) => resolve((m as { peakRssBytes: number }).peakRssBytes)));
}

/** `total` requests from `clients` concurrent loops; returns requests per second. */
async function load(total: number, clients: number, send: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await send(next++);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

/**
 * The same survey, published so survey-core judges it: `storeOthersAsComment: true` is SurveyJS's
 * default (same answers, same verdicts) but lies outside the plan's proven set.
 */
async function surveyCoreSubmissions(
  port: number,
  unitId: string,
  cookie: string,
  definition: Record<string, unknown>,
  answers: (i: number) => unknown,
): Promise<number> {
  const d = { ...definition, storeOthersAsComment: true };
  const q = (
    await gql(
      port,
      `mutation($d: JSON) { createQuestionnaire(input: { unitId: "${unitId}", title: "Bench survey-core", definition: $d }) { id } }`,
      { d },
      cookie,
    )
  ).data.createQuestionnaire;
  const version = (
    await gql(
      port,
      `mutation { publishQuestionnaire(input: { questionnaireId: "${q.id}" }) { id validationPath } }`,
      {},
      cookie,
    )
  ).data.publishQuestionnaire;
  if (version.validationPath !== 'SURVEY_CORE')
    throw new Error(`expected a version judged by survey-core, got ${version.validationPath}`);
  const token = (
    await gql(
      port,
      `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${unitId}" }) { token } }`,
      {},
      cookie,
    )
  ).data.openQuestionnaireVersion.token;
  const send = async (i: number) => {
    const body = JSON.stringify({
      token,
      clientRequestId: `bench-core-${process.pid}-${i}-${Math.random()}`,
      answers: answers(i),
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!response.ok) throw new Error(await response.text());
    await response.arrayBuffer();
  };
  await load(300, CLIENTS, send);
  return load(SUBMISSIONS, CLIENTS, send);
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
const scratch = mkdtempSync(join(os.tmpdir(), 'barometer-bench-'));
const db = await startEmbeddedPostgres({ dataDir: scratch, port: 0 });
const children: ChildProcess[] = [];
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

  const app = await startServer('app', url);
  const bare = await startServer('bare', url);
  children.push(app.child, bare.child);
  const { cookie } = await gql(
    app.port,
    `mutation { login(input: { email: "bench@bench.test", password: "bench-password-1" }) { kind } }`,
    {},
  );
  const definition = JSON.parse(readFileSync(join(root, 'tests/fixtures/surveys/court-users.json'), 'utf8'));
  const q = (
    await gql(
      app.port,
      `mutation($d: JSON) { createQuestionnaire(input: { unitId: "${tenant.headOffice.id}", title: "Bench", definition: $d }) { id } }`,
      { d: definition },
      cookie,
    )
  ).data.createQuestionnaire;
  const version = (
    await gql(app.port, `mutation { publishQuestionnaire(input: { questionnaireId: "${q.id}" }) { id } }`, {}, cookie)
  ).data.publishQuestionnaire;
  const rows = ['signage', 'clean', 'polite', 'timely', 'forms'].map((row) => ({
    questionnaireId: q.id,
    question: 'quality',
    row,
  }));
  const model = (
    await gql(
      app.port,
      `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
      {
        input: {
          unitId: tenant.headOffice.id,
          name: 'Bench',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                { key: 'quality', kind: 'SURVEY', label: 'Quality', items: rows },
                {
                  key: 'overall',
                  kind: 'SURVEY',
                  label: 'Overall',
                  items: [{ questionnaireId: q.id, question: 'overall' }],
                },
              ],
            },
          },
        },
      },
      cookie,
    )
  ).data.createIndicatorModel;
  await gql(app.port, `mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`, {}, cookie);
  const token = (
    await gql(
      app.port,
      `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${tenant.headOffice.id}" }) { token } }`,
      {},
      cookie,
    )
  ).data.openQuestionnaireVersion.token;

  const answers = (i: number) => ({
    role: 'lawyer',
    purpose: ['hearing'],
    quality: { signage: (i % 5) + 1, clean: 4, polite: 5, timely: 3, forms: 4 },
    overall: (i % 5) + 1,
  });
  const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId score } }`;
  const warm = (n: number, f: (i: number) => Promise<void>) => load(n, CLIENTS, f);
  const submit = (i: number) =>
    gql(app.port, SUBMIT, {
      input: { token, clientRequestId: `bench-${process.pid}-${i}-${Math.random()}`, answers: answers(i) },
    }).then(() => undefined);
  const bareSend = async (i: number) => {
    const response = await fetch(`http://127.0.0.1:${bare.port}/`, {
      method: 'POST',
      body: JSON.stringify(answers(i)),
    });
    if (!response.ok) throw new Error(await response.text());
    await response.arrayBuffer();
  };
  const rest = async (i: number) => {
    const response = await fetch(`http://127.0.0.1:${app.port}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        clientRequestId: `bench-rest-${process.pid}-${i}-${Math.random()}`,
        answers: answers(i),
      }),
    });
    if (!response.ok) throw new Error(await response.text());
    await response.arrayBuffer();
  };
  await warm(300, submit);
  await warm(300, rest);
  await warm(300, bareSend);
  const ceiling = await load(SUBMISSIONS, CLIENTS, bareSend);
  const viaRest = await load(SUBMISSIONS, CLIENTS, rest);
  const viaGraphql = await load(SUBMISSIONS, CLIENTS, submit);
  results.push({
    name: 'validated submissions (POST /api/responses, 32 clients)',
    unit: 'req/s',
    value: viaRest,
    baseline: ceiling,
    ratio: viaRest / ceiling,
    target: '≥ 1.0 × bare node:http + INSERT (issue 21)',
    met: viaRest / ceiling >= 1,
  });
  results.push({
    name: 'validated submissions (GraphQL submitResponse, 32 clients)',
    unit: 'req/s',
    value: viaGraphql,
    baseline: ceiling,
    ratio: viaGraphql / ceiling,
    target: '(for comparison)',
    met: null,
  });
  const viaSurveyCore = await surveyCoreSubmissions(app.port, tenant.headOffice.id, cookie, definition, answers);
  results.push({
    name: 'validated submissions, survey judged by survey-core in the worker pool (POST /api/responses, 32 clients)',
    unit: 'req/s',
    value: viaSurveyCore,
    baseline: viaRest,
    ratio: viaSurveyCore / viaRest,
    target: '(beside the plan’s rate above)',
    met: null,
  });

  // Import: the same rows through the streamed CSV import, and through a raw COPY.
  const header = 'role,purpose,quality.signage,quality.clean,quality.polite,quality.timely,quality.forms,overall';
  const csv = [
    header,
    ...Array.from({ length: IMPORT_ROWS }, (_, i) => `lawyer,hearing,${(i % 5) + 1},4,5,3,4,${(i % 5) + 1}`),
  ].join('\n');
  const importCsv = async (text: string, rows: number) => {
    const job = (
      await gql(
        app.port,
        `mutation { startResponseImport(input: { versionId: "${version.id}", unitId: "${tenant.headOffice.id}", format: CSV, mode: ALL_OR_NOTHING }) { id uploadUrl } }`,
        {},
        cookie,
      )
    ).data.startResponseImport;
    const report = (await (
      await fetch(`http://127.0.0.1:${app.port}${job.uploadUrl}`, {
        method: 'PUT',
        body: text,
        headers: { cookie: cookie! },
      })
    ).json()) as { rowsStored: number };
    if (report.rowsStored !== rows)
      throw new Error(`import stored ${report.rowsStored} rows: ${JSON.stringify(report).slice(0, 500)}`);
  };
  let started = performance.now();
  await importCsv(csv, IMPORT_ROWS);
  const imported = IMPORT_ROWS / ((performance.now() - started) / 1000);

  // The ceiling: the same rows, already validated and scored, COPYed into the same table.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const now = new Date().toISOString();
  // Keyed by column, so a column the import gains is a null here rather than a shifted row.
  const copyRow = (i: number): Record<string, unknown> => ({
    id: randomUUID(),
    organization_id: tenant.organization.id,
    unit_id: tenant.headOffice.id,
    questionnaire_id: q.id,
    questionnaire_version_id: version.id,
    channel: 'PAPER',
    status: 'COMPLETE',
    completed_at: now,
    submitted_at: now,
    is_test: 'false',
    answers: JSON.stringify(answers(i)),
    score: 75,
    band: 'satisfied',
  });
  const copyRows = Array.from({ length: IMPORT_ROWS }, (_, i) => {
    const row = copyRow(i);
    return csvLine(COPY_COLUMNS.map((column) => (row[column] ?? null) as string | number | null));
  });
  started = performance.now();
  await pipeline(
    Readable.from(copyRows),
    client.query(copyFrom(`copy response (${COPY_COLUMNS.join(', ')}) from stdin (format csv)`)),
  );
  const copied = IMPORT_ROWS / ((performance.now() - started) / 1000);
  await client.end();
  results.push({
    name: `import ${IMPORT_ROWS.toLocaleString('en')} CSV rows (validated, scored)`,
    unit: 'rows/s',
    value: imported,
    baseline: copied,
    ratio: imported / copied,
    target: '≥ 0.8 × raw COPY into the same table (issue 21)',
    met: imported / copied >= 0.8,
  });

  if (SOAK_SECONDS > 0) {
    // The soak: half the measured submission rate, the dashboard's queries and an import every two minutes.
    const year = new Date().getUTCFullYear();
    const scope = { modelId: model.id, unitId: tenant.headOffice.id, from: `${year}-01-01`, to: `${year + 1}-01-01` };
    const importRows = Math.min(IMPORT_ROWS, 5000);
    const importText = csv.split('\n', importRows + 1).join('\n');
    const rss = () =>
      new Promise<number>((resolve) => {
        app.child.once('message', (m) => resolve((m as { rssBytes: number }).rssBytes));
        app.child.send('rss');
      });
    const run = await soak({
      seconds: SOAK_SECONDS,
      rate: viaRest / 2,
      submit: rest,
      query: async () => {
        for (const query of [SCORES, SERIES, RANKING]) await gql(app.port, query, { input: scope }, cookie);
      },
      importOnce: () => importCsv(importText, importRows),
      rss,
    });
    const label = `soak, ${Math.round(SOAK_SECONDS / 60)} min at ${Math.round(viaRest / 2)} submissions/s with dashboard queries and imports`;
    console.log(
      `${label}: ${run.submissions} submissions, ${run.queries} query rounds, ${run.imports} imports, ` +
        `memory ${run.samples[0]?.toFixed(0)} → ${run.samples.at(-1)?.toFixed(0)} MB, failures: ${run.failures.length}` +
        (run.failures.length ? `\n  ${run.failures.slice(0, 5).join('\n  ')}` : ''),
    );
    results.push(
      {
        name: `${label}: failed requests`,
        unit: 'requests',
        value: run.failures.length,
        baseline: run.submissions + run.queries * 3 + run.imports,
        ratio: null,
        target: '0 (baseline: requests sent)',
        met: run.failures.length === 0,
      },
      {
        name: `${label}: server memory growth over the last 5 min`,
        unit: 'MB',
        value: run.growth,
        baseline: Math.max(...run.samples),
        ratio: null,
        target: '< max(16 MB, 5 %) (baseline: the peak sample)',
        met: run.flat,
      },
    );
  }

  // Results queries: the server is stopped while responses are bulk-loaded and rolled up
  // (as `npm run rollups:rebuild` would), then started again to answer.
  const dataset = await createQueryDataset(
    async (query, variables = {}) => (await gql(app.port, query, variables, cookie)).data,
    tenant.organization.id,
    tenant.headOffice.id,
  );
  const peaks = [await peakMemory(app.child)];
  const stop = (child: ChildProcess) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
  await stop(app.child);
  const naiveClient = new pg.Client({ connectionString: url });
  await naiveClient.connect();
  let loaded = 0;
  // 50k, 500k and 1M responses (of the default 1M): the dashboard in Chromium is timed at the first and the last.
  const steps = [QUERY_RESPONSES * 0.05, QUERY_RESPONSES * 0.45, QUERY_RESPONSES * 0.5];
  for (const [i, size] of steps.entries()) {
    let started = performance.now();
    await loadResponses(url, dataset, size, i + 1);
    loaded += size;
    console.log(
      `loaded ${loaded.toLocaleString('en')} responses in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // `npm run rollups:rebuild`, as an operator would run it, in a process of its own.
    started = performance.now();
    const output = execFileSync(process.execPath, [HEAP_LIMIT, join(root, 'dist/scripts/rollups-rebuild.js')], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    const rebuildSeconds = (performance.now() - started) / 1000;
    const [, responses, cells] = output
      .match(new RegExp(`${tenant.organization.id}: (\\d+) responses, (\\d+) cells`))!
      .map(Number);
    const rebuildMemory = Number(output.match(/peak memory (\d+) MB/)![1]);
    results.push({
      name: `rollup rebuild (${responses.toLocaleString('en')} responses → ${cells.toLocaleString('en')} cells)`,
      unit: 'responses/s',
      value: responses / rebuildSeconds,
      baseline: null,
      ratio: null,
      target: '(for information)',
      met: null,
    });
    results.push({
      name: `rollup rebuild peak memory (${responses.toLocaleString('en')} responses)`,
      unit: 'MB',
      value: rebuildMemory,
      baseline: null,
      ratio: null,
      target: '< 512 MB',
      met: rebuildMemory < 512,
    });
    const server = await startServer('app', url);
    children.push(server.child);
    const ask = (query: string, input: unknown) => gql(server.port, query, { input }, cookie);
    for (const [name, query, input, naive] of [
      ['scores: head office, 12 months', SCORES, INPUTS.scores(dataset), NAIVE.scores(dataset)],
      ['breakdown by category: head office, 12 months', BREAKDOWN, INPUTS.breakdown(dataset), NAIVE.breakdown(dataset)],
      ['ranking: 500 units, one month', RANKING, INPUTS.ranking(dataset), NAIVE.ranking(dataset)],
      ['scoreSeries: a region, monthly', SERIES, INPUTS.series(dataset), NAIVE.series(dataset)],
    ] as const) {
      for (let w = 0; w < 3; w++) await ask(query, input);
      const ours = await percentiles(QUERY_RUNS, () => ask(query, input));
      const baseline = await percentiles(NAIVE_RUNS, () => naiveClient.query(naive));
      const label = `${name} (${(loaded / 1e6).toLocaleString('en')}M responses)`;
      results.push({
        name: `${label} p50`,
        unit: 'ms',
        value: ours.p50,
        baseline: baseline.p50,
        ratio: baseline.p50 / ours.p50,
        target: '< 100 ms and ≥ 50× faster than one SQL query over raw answers',
        met: ours.p50 < 100 && baseline.p50 / ours.p50 >= 50,
      });
      results.push({
        name: `${label} p95`,
        unit: 'ms',
        value: ours.p95,
        baseline: baseline.p95,
        ratio: baseline.p95 / ours.p95,
        target: '(for information)',
        met: null,
      });
    }
    if (i !== 1) {
      const { modelId, unitId, from, to } = INPUTS.scores(dataset);
      const page = await dashboardTimes(server.port, cookie, { model: modelId, unit: unitId, from, to });
      const size = `${loaded.toLocaleString('en')} responses`;
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
    if (loaded === QUERY_RESPONSES) {
      // A new model version makes the server itself rebuild the rollups of all responses.
      const { draftRevision } = (
        await gql(server.port, `query { indicatorModel(id: "${dataset.modelId}") { draftRevision } }`, {}, cookie)
      ).data.indicatorModel;
      const definition = modelDefinition(dataset.questionnaireId, [4, 3, 2, 1]);
      await gql(
        server.port,
        `mutation($input: SaveIndicatorModelDraftInput!) { saveIndicatorModelDraft(input: $input) { __typename } }`,
        { input: { modelId: dataset.modelId, expectedRevision: draftRevision, definition } },
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
      started = performance.now();
      for (;;) {
        await new Promise((r) => setTimeout(r, 1000));
        const { rows } = await naiveClient.query(`select status from rollup_model where model_version_id = $1`, [
          published,
        ]);
        if (rows[0]?.status === 'READY') break;
      }
      const memory = (await peakMemory(server.child)) / 1024 / 1024;
      results.push({
        name: `server rebuilding its rollups after a model is published (${loaded.toLocaleString('en')} responses, ${((performance.now() - started) / 1000).toFixed(0)} s): peak memory`,
        unit: 'MB',
        value: memory,
        baseline: null,
        ratio: null,
        target: '< 512 MB',
        met: memory < 512,
      });
    }
    peaks.push(await peakMemory(server.child));
    await stop(server.child);
  }
  await naiveClient.end();

  const memory = Math.max(...peaks) / 1024 / 1024;
  results.push({
    name: 'peak server memory',
    unit: 'MB',
    value: memory,
    baseline: null,
    ratio: null,
    target: '< 512 MB',
    met: memory < 512,
  });
} catch (error) {
  // Printed before the cluster stops: its shutdown would otherwise end this process first, on a client's error.
  console.error('the benchmark failed:', error);
  process.exitCode = 1;
  throw error;
} finally {
  for (const child of children) child.kill('SIGTERM');
  await db.stop();
  rmSync(scratch, { recursive: true, force: true });
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
console.log(`\nBarometer benchmark — ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.table(
  results.map((r) => ({
    name: r.name,
    value: `${round(r.value)} ${r.unit}`,
    baseline: r.baseline === null ? '' : `${round(r.baseline)} ${r.unit}`,
    ratio: round(r.ratio) ?? '',
    target: r.target,
    met: r.met,
  })),
);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(
  join(root, '.bench/results.json'),
  JSON.stringify(
    {
      machine,
      date: new Date().toISOString(),
      results: results.map((r) => ({
        ...r,
        value: round(r.value),
        baseline: round(r.baseline),
        ratio: round(r.ratio),
      })),
    },
    null,
    2,
  ),
);
console.log('written .bench/results.json');
process.exit(0);
