/**
 * Responses partitioned by month (issue 21, docs/scale-out.md#responses-partitioned-by-month): the
 * migration moves existing rows into their months, every writer files a response under its
 * completion month, the default partition takes a month with no partition until the hourly job
 * gives it one, that job creates the months ahead (once, across two worker processes), and
 * `npm run partitions:detach -- YEAR` takes a year out of every query for archiving.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/app/orm-config.js';
import { startWorkers, type Workers } from '../../server/app/workers.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { detachResponseYear, maintainResponsePartitions, responsePartitions } from '../../server/responses/index.js';
import { eventually } from '../support/distribution.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

const MIGRATION = 'Migration20261202013705';
let app: TestApp;
let t: SurveyTenant;

const sql = async (text: string, params: unknown[] = []): Promise<any[]> =>
  app.orm.em.fork().getConnection().execute(text, params);
/** The partition each response's row lives in. */
const homes = async (ids: string[]) =>
  Object.fromEntries(
    (
      await sql(
        `select id, tableoid::regclass::text as home from response where id in (${ids.map(() => '?').join(', ')})`,
        ids,
      )
    ).map((r) => [r.id, r.home]),
  );
const monthName = (d: Date, ahead = 0) => {
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + ahead, 1));
  return `response_${m.getUTCFullYear()}_${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
};
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const LIST = `query($filter: ResponseFilterInput) { responses(filter: $filter) { totalCount } }`;
const completedIn = async (from: string, to: string) =>
  (await t.admin.ok(LIST, { filter: { completedFrom: from, completedTo: to } })).responses.totalCount;
const submit = async () =>
  (
    await app
      .client()
      .ok(SUBMIT, { input: { token: t.token, answers: { speed: 4, courtesy: 5 }, clientRequestId: randomUUID() } })
  ).submitResponse.responseId as string;

beforeAll(async () => {
  app = await startTestApp();
  t = await newSurveyTenant(app, 'Partitions');
}, 120_000);
afterAll(() => app?.close());

describe('responses partitioned by month', () => {
  const old = { feb1: randomUUID(), feb2: randomUUID(), jul: randomUUID(), partial: randomUUID() };
  let submitted: string;

  it('the migration moves the existing responses into the partitions of their months', async () => {
    submitted = await submit();
    const orm = await MikroORM.init({ ...ormConfig(app.databaseUrl, { poolMax: 1 }), logger: () => {} });
    try {
      await orm.migrator.down(MIGRATION);
      const plain = orm.em.fork().getConnection();
      expect((await plain.execute(`select relkind from pg_class where relname = 'response'`))[0].relkind).toBe('r');
      const row = `(?, ?, ?, ?, ?, 'WEB_LINK', ?, ?, now(), false, '{"speed": 3}')`;
      await plain.execute(
        `insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel,
           status, completed_at, submitted_at, is_test, answers) values ${[row, row, row, row].join(', ')}`,
        [
          [old.feb1, 'COMPLETE', '2024-02-10T09:00:00Z'],
          // 23:30 in Kyiv on the 29th is still February in UTC: months are UTC months.
          [old.feb2, 'COMPLETE', '2024-02-29T21:30:00Z'],
          [old.jul, 'COMPLETE', '2025-07-01T00:00:00Z'],
          [old.partial, 'PARTIAL', null],
        ].flatMap(([id, status, completed]) => [
          id,
          t.orgId,
          t.headOfficeId,
          t.questionnaireId,
          t.versionId,
          status,
          completed,
        ]),
      );
      await orm.migrator.up();
    } finally {
      await orm.close();
    }
    const [{ kind }] = await sql(`select relkind as kind from pg_class where relname = 'response'`);
    expect(kind).toBe('p');
    const now = new Date();
    // A partial has no completion: it is filed under when it was saved, like the submission just made.
    expect(await homes([...Object.values(old), submitted])).toEqual({
      [old.feb1]: 'response_2024_02',
      [old.feb2]: 'response_2024_02',
      [old.jul]: 'response_2025_07',
      [old.partial]: monthName(now),
      [submitted]: monthName(now),
    });
    const partitions = await responsePartitions(app.orm.em.fork());
    for (const ahead of [0, 1, 2, 3]) expect(partitions).toContain(monthName(now, ahead));
    // Queries read through the partitions as before: two completed in 2024, one in 2025.
    expect(await completedIn('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toBe(2);
    expect(await completedIn('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toBe(1);
  });

  it('files a submission and an import under their completion month; a month with no partition waits in the default one until the job files it', async () => {
    const fresh = await submit();
    const IMPORT = `mutation($input: ImportResponsesInput!) { importResponses(input: $input) { status rowsStored } }`;
    const data = 'speed,courtesy,completed_at\n4,5,2023-05-14T10:00:00Z\n2,3,2025-07-20T10:00:00Z';
    const imported = await t.admin.ok(IMPORT, {
      input: { versionId: t.versionId, unitId: t.headOfficeId, format: 'CSV', mode: 'ALL_OR_NOTHING', data },
    });
    expect(imported.importResponses).toEqual({ status: 'SUCCEEDED', rowsStored: 2 });
    const ids = async (from: string, to: string) =>
      (await sql(`select id from response where completed_at >= ? and completed_at < ?`, [from, to])).map((r) => r.id);
    const [may] = await ids('2023-05-01', '2023-06-01');
    const july = await ids('2025-07-02', '2025-08-01');
    expect(await homes([fresh, may, ...july])).toEqual({
      [fresh]: monthName(new Date()),
      [may]: 'response_default',
      [july[0]]: 'response_2025_07',
    });
    expect(await maintainResponsePartitions(app.orm.em.fork())).toEqual(['response_2023_05']);
    expect(await homes([may])).toEqual({ [may]: 'response_2023_05' });
    expect((await sql(`select count(*)::int n from response_default`))[0].n).toBe(0);
    expect(await completedIn('2023-05-01T00:00:00Z', '2023-06-01T00:00:00Z')).toBe(1);
    expect(await maintainResponsePartitions(app.orm.em.fork())).toEqual([]);
  });

  it(
    'the hourly schedule creates the months ahead, once across two worker processes',
    { timeout: 150_000 },
    async () => {
      const last = monthName(new Date(), 3);
      await sql(`drop table ${last}`);
      // Two runs at once (two copies' jobs, were they ever to overlap) create it once, without an error.
      const runs = await Promise.all([1, 2].map(() => maintainResponsePartitions(app.orm.em.fork())));
      expect(runs.flat()).toEqual([last]);
      await sql(`drop table ${last}`);
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: app.databaseUrl,
        SCHEDULE_CRON: '* * * * *',
        DELIVERY_WORKER: 'false',
      });
      const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
      const workers: Workers[] = [];
      try {
        for (const _ of [1, 2]) workers.push(await startWorkers(config, app.orm, log));
        await eventually(
          async () =>
            (await sql(`select 1 from pgboss.job where name = 'response-partitions' and state = 'completed'`)).length,
          120_000,
          'a scheduled response-partitions job to complete',
        );
      } finally {
        for (const w of workers) await w.stop();
      }
      expect(await responsePartitions(app.orm.em.fork())).toContain(last);
      const perMinute = await sql(
        `select date_trunc('minute', created_on) as minute, count(*)::int as runs from pgboss.job
        where name = 'response-partitions' group by 1`,
      );
      expect(perMinute.every((m) => m.runs === 1)).toBe(true);
    },
  );

  it('npm run partitions:detach -- 2024 takes that year out of every query, leaving its tables to archive', async () => {
    // A 2024 response whose month has no partition (in the default one): the command files it first.
    const november = randomUUID();
    await sql(
      `insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, status,
         completed_at, submitted_at, is_test, answers, partition_month)
       values (?, ?, ?, ?, ?, 'PAPER', 'COMPLETE', '2024-11-05T12:00:00Z', now(), false, '{"speed": 1}', '2024-11-01')`,
      [november, t.orgId, t.headOfficeId, t.questionnaireId, t.versionId],
    );
    expect(await homes([november])).toEqual({ [november]: 'response_default' });
    expect(await completedIn('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toBe(3);
    const run = (...args: string[]) =>
      // What `npm run partitions:detach -- YEAR` runs.
      promisify(execFile)(
        process.execPath,
        ['--import', '@swc-node/register/esm-register', 'scripts/partitions-detach.ts', ...args],
        {
          env: { ...process.env, DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent' },
        },
      );
    const { stdout } = await run('2024');
    expect(stdout).toContain('detached 2 partitions of 2024: response_2024_02, response_2024_11');
    expect(await completedIn('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toBe(0);
    expect(await completedIn('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toBe(2);
    // The tables stay, standalone, with their rows: 2 in February, 1 in November.
    const [{ feb, nov }] = await sql(
      `select (select count(*)::int from response_2024_02) feb, (select count(*)::int from response_2024_11) nov`,
    );
    expect({ feb, nov }).toEqual({ feb: 2, nov: 1 });
    expect(await responsePartitions(app.orm.em.fork())).not.toContain('response_2024_02');
    expect(await detachResponseYear(app.orm.em.fork(), 2024)).toEqual([]);
    const thisYear = String(new Date().getUTCFullYear());
    await expect(run(thisYear)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is not over yet') });
    // Writing goes on as before.
    const after = await submit();
    expect(await homes([after])).toEqual({ [after]: monthName(new Date()) });
  }, 300_000);
});
