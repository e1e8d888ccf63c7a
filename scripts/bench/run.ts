/**
 * npm run bench — measures, in one run on this machine, each figure beside its baseline:
 * - the dashboard's results queries (scores of head office over 12 months, ranking of 500 units
 *   for a month, a region's monthly series) through GraphQL at 50k, 1M and 5M responses
 *   (BENCH_QUERY_SIZES), p50 and p95 of 20 runs, against one SQL query computing the same numbers
 *   from the raw answers, and whether each p50 stays flat while the baseline grows (queries.ts);
 * - validated submissions per second through submitResponse at 32 concurrent clients, against
 *   a bare node:http endpoint doing one INSERT per request with the same pool size, for a survey
 *   judged by the compiled plan and for the same survey judged by survey-core in the worker pool;
 * - rows per second of a streamed CSV import, against a raw COPY of the same rows;
 * - the server's peak memory;
 * - a soak (BENCH_SOAK_SECONDS, default 600; 0 skips it): mixed load with the server's memory sampled each second.
 * Prints a table, with the elapsed time of each step, and writes .bench/results.json. Not part of CI.
 */
import 'reflect-metadata';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { gql, lap, type Result, root, startServer } from './harness.js';
import { resultsQueries } from './queries.js';
import { report } from './report.js';
import { RANKING, SCORES, SERIES } from './results-data.js';
import { IMPORT_TARGET, importMet, INGEST_TARGET, ingestMet } from './verdict.js';
import { soak, soakRows } from './soak.js';

const CLIENTS = 32;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 6000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);

const results: Result[] = [];

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

const benchStarted = performance.now();
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
  lap('build, database, servers, survey and model');
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
    target: INGEST_TARGET,
    met: ingestMet(viaRest / ceiling),
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

  lap('ingest: submissions');

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
    target: IMPORT_TARGET,
    met: importMet(imported / copied),
  });

  lap('ingest: import');

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
    results.push(...soakRows(run, SOAK_SECONDS, viaRest / 2));
  }

  lap('soak');

  const peaks = await resultsQueries({
    url,
    cookie,
    orgId: tenant.organization.id,
    headOfficeId: tenant.headOffice.id,
    app,
    children,
    results,
  });
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

report(results, (performance.now() - benchStarted) / 60_000, SOAK_SECONDS);
process.exit(0);
