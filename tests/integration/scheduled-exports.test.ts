import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/app/orm-config.js';
import { scheduledJobs } from '../../server/app/workers.js';
import { createLogger } from '../../server/logger.js';
import { runScheduledExports } from '../../server/reports/index.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { reportFixture, type ReportFixture } from '../support/reports.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

/*
 * Scheduled exports (docs/exports.md): when a period closes, the results and responses of a
 * subtree are exported through the results and responses modules' own export code, e-mailed and
 * written to a folder under the data folder, once per schedule and period whatever the number of
 * server copies running the job.
 */

let app: TestApp;
let second: MikroORM;
let smtp: SmtpListener;
let t: Tenant;
let f: ReportFixture;
const dataDir = mkdtempSync(join(tmpdir(), 'barometer-exports-'));
const log = createLogger('silent');

const CREATE = `mutation($input: CreateScheduledExportInput!) { createScheduledExport(input: $input) {
  id name unitId contents format periodKind modelId questionnaireId emails folder } }`;

const PAUSE = `mutation($id: ID!, $paused: Boolean!) { pauseScheduledExport(id: $id, paused: $paused) {
  paused lastRun { periodStart } } }`;
const UPDATE = `mutation($id: ID!, $input: CreateScheduledExportInput!) { updateScheduledExport(id: $id, input: $input) {
  emails folder } }`;
const LIST = `{ scheduledExports { id paused lastRun { periodStart ranAt files } } }`;

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    DELIVERY_WORKER: 'false',
    DATA_DIR: dataDir,
  });
  // A second server copy: its own ORM and pool on the same database.
  second = await MikroORM.init({ ...ormConfig(app.databaseUrl, { poolMax: 3 }), logger: () => {} });
  t = await newTenant(app, 'Exporter');
  f = await reportFixture(app, t);
  // November 2026 (UTC organisation): NORTH speed 4, 5 → 75, 100: index (75 + 100) / 2 = 87.5, n = 2.
  await f.respond('NORTH', '2026-11-05T10:00:00Z', { speed: 4, role: 'party' });
  await f.respond('NORTH', '2026-11-20T10:00:00Z', { speed: 5, role: 'lawyer', remarks: 'Quick' });
  // October: outside the period exported.
  await f.respond('NORTH', '2026-10-05T10:00:00Z', { speed: 1, role: 'party' });
});
afterAll(async () => {
  await second?.close();
  await app?.close();
  await smtp?.close();
});

const define = (extra: Record<string, unknown> = {}) => ({
  name: 'Warehouse monthly',
  unitId: t.headOfficeId,
  contents: ['RESULTS', 'RESPONSES'],
  format: 'CSV',
  periodKind: 'MONTH',
  modelId: f.modelId,
  questionnaireId: f.questionnaireId,
  emails: ['Warehouse@Example.test'],
  folder: 'warehouse',
  ...extra,
});

describe('scheduled exports', () => {
  it('run on the pg-boss schedule of every server copy', () => {
    expect(scheduledJobs(app.config, app.orm, log).map((j) => j.name)).toContain('scheduled-exports');
  });

  it('e-mail the results and responses of a closed month once, with two copies at the same tick', async () => {
    const { createScheduledExport: made } = await t.admin.ok(CREATE, { input: define() });
    expect(made).toMatchObject({ emails: ['warehouse@example.test'], folder: 'warehouse', format: 'CSV' });
    // 1 December 2026: November closed. Two copies run the same tick, then a later tick runs again.
    const now = new Date('2026-12-01T01:40:00Z');
    const ran = await Promise.all([
      runScheduledExports(app.orm, app.config, log, now),
      runScheduledExports(second, app.config, log, now),
    ]);
    expect(await runScheduledExports(second, app.config, log, new Date('2026-12-02T01:40:00Z'))).toBe(0);
    expect(ran[0] + ran[1]).toBe(1);
    const mails = smtp.received.filter((m) => m.subject === 'Warehouse monthly: 2026-11');
    expect(mails).toHaveLength(1);
    expect((mails[0].to as { text: string }).text).toBe('warehouse@example.test');
    const names = mails[0].attachments.map((a) => a.filename);
    expect(names).toEqual(['warehouse-monthly-2026-11-results.csv', 'warehouse-monthly-2026-11-responses.csv']);
    const [results, responses] = mails[0].attachments.map((a) => a.content.toString('utf8').replace(/^\uFEFF/, ''));
    const rows = results.trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^unit_code,unit_name,node_key,/);
    // The head office pools its subtree (NORTH's two November responses): 87.5 over n = 2.
    const index = rows.map((r) => r.split(',')).filter((c) => c[2] === 'index');
    const hq = index.find((c) => c[0] !== 'NORTH' && c[0] !== 'SOUTH')!;
    expect(Number(hq[7])).toBe(87.5);
    expect(Number(hq[10])).toBe(2);
    expect(Number(index.find((c) => c[0] === 'NORTH')![7])).toBe(87.5);
    // Responses: the header and November's two, not October's.
    const lines = responses.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(responses).toContain('Quick');
    // The same files in the folder under the data folder.
    const folder = join(dataDir, 'exports', t.orgId, 'warehouse');
    expect(readdirSync(folder).sort()).toEqual(names.slice().sort());
    expect(readFileSync(join(folder, names[0]!)).equals(mails[0].attachments[0].content)).toBe(true);
  });

  it('writes XLSX when asked, for the next period that closes', async () => {
    await t.admin.ok(CREATE, {
      input: define({ name: 'Quarterly book', contents: ['RESULTS'], format: 'XLSX', periodKind: 'QUARTER' }),
    });
    // 1 January 2027: Q4 2026 closed (November's responses are in it).
    await runScheduledExports(app.orm, app.config, log, new Date('2027-01-01T02:00:00Z'));
    const [mail] = smtp.received.filter((m) => m.subject === 'Quarterly book: 2026-Q4');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['quarterly-book-2026-Q4-results.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(mail.attachments[0].content as unknown as ArrayBuffer);
    expect(book.worksheets[0].getRow(1).getCell(1).value).toBe('unit_code');
  });

  it('skips a paused schedule, exports once resumed, and lists its last run; an edit changes the recipients', async () => {
    const { createScheduledExport: made } = await t.admin.ok(CREATE, {
      input: define({ name: 'Yearly pause', contents: ['RESULTS'], periodKind: 'YEAR', folder: null }),
    });
    const paused = await t.admin.ok(PAUSE, { id: made.id, paused: true });
    expect(paused.pauseScheduledExport).toMatchObject({ paused: true, lastRun: null });
    // 2 January 2027: the year 2026 closed, but the schedule is paused.
    const jan2 = new Date('2027-01-02T01:40:00Z');
    await runScheduledExports(app.orm, app.config, log, jan2);
    expect(smtp.received.filter((m) => m.subject === 'Yearly pause: 2026')).toHaveLength(0);
    const edited = await t.admin.ok(UPDATE, {
      id: made.id,
      input: define({
        name: 'Yearly pause',
        contents: ['RESULTS'],
        periodKind: 'YEAR',
        emails: ['Board@Example.test'],
      }),
    });
    expect(edited.updateScheduledExport).toMatchObject({ emails: ['board@example.test'], folder: 'warehouse' });
    await t.admin.ok(PAUSE, { id: made.id, paused: false });
    await runScheduledExports(app.orm, app.config, log, jan2);
    const mails = smtp.received.filter((m) => m.subject === 'Yearly pause: 2026');
    expect(mails.map((m) => (m.to as { text: string }).text)).toEqual(['board@example.test']);
    const listed = (await t.admin.ok(LIST)).scheduledExports.find((s: { id: string }) => s.id === made.id);
    expect(listed).toMatchObject({
      paused: false,
      lastRun: { periodStart: '2026-01-01', files: ['yearly-pause-2026-results.csv'] },
    });
  });

  it('refuses a schedule with nowhere to go or a folder that is not one plain name', async () => {
    const nowhere = await t.admin.fails(CREATE, { input: define({ emails: [], folder: null }) });
    expect(nowhere.extensions?.code).toBe('BAD_USER_INPUT');
    expect(nowhere.message).toBe('Give at least one e-mail address or a folder to write the files to.');
    const escape = await t.admin.fails(CREATE, { input: define({ folder: '../../etc' }) });
    expect(escape.extensions?.code).toBe('BAD_USER_INPUT');
    const noModel = await t.admin.fails(CREATE, { input: define({ modelId: null }) });
    expect(noModel.message).toBe('A results export needs the indicator model.');
  });

  it('records a refused send as a failed run with the reason, then the retry succeeds once', async () => {
    const FAILED = `{ scheduledExports { id lastRun { periodStart status attempt error errorCode files } } }`;
    const last = async (id: string) =>
      (await t.admin.ok(FAILED)).scheduledExports.find((s: { id: string }) => s.id === id).lastRun;
    smtp.refuse.add('refused@example.test');
    const { createScheduledExport: made } = await t.admin.ok(CREATE, {
      input: define({ name: 'Refused monthly', contents: ['RESULTS'], emails: ['refused@example.test'], folder: null }),
    });
    const subject = (m: { subject?: string }) => m.subject === 'Refused monthly: 2026-11';
    // 1 and 2 December 2026: November closed; the mail server answers 451 both times.
    await runScheduledExports(app.orm, app.config, log, new Date('2026-12-01T01:40:00Z'));
    const first = await last(made.id);
    expect(first).toMatchObject({ periodStart: '2026-11-01', status: 'FAILED', attempt: 1, errorCode: 'MAIL_REFUSED' });
    expect(first.files).toEqual([]);
    expect(first.error).toMatch(
      /^The mail server did not accept the e-mail \(.*451.*\); the next run sends it again\.$/,
    );
    await runScheduledExports(second, app.config, log, new Date('2026-12-02T01:40:00Z'));
    expect(await last(made.id)).toMatchObject({ status: 'FAILED', attempt: 2 });
    expect(smtp.received.filter(subject)).toHaveLength(0);
    // The server accepts again: the third try sends, and later ticks (two copies) find the success.
    smtp.refuse.delete('refused@example.test');
    await runScheduledExports(app.orm, app.config, log, new Date('2026-12-03T01:40:00Z'));
    await Promise.all([
      runScheduledExports(app.orm, app.config, log, new Date('2026-12-04T01:40:00Z')),
      runScheduledExports(second, app.config, log, new Date('2026-12-04T01:40:00Z')),
    ]);
    expect(smtp.received.filter(subject)).toHaveLength(1);
    expect(await last(made.id)).toMatchObject({
      status: 'SUCCEEDED',
      attempt: 3,
      error: null,
      errorCode: null,
      files: ['refused-monthly-2026-11-results.csv'],
    });
  });

  it('records a folder it cannot write as a failed run naming the folder', async () => {
    // A file where the folder should be: the server cannot create the folder.
    mkdirSync(join(dataDir, 'exports', t.orgId), { recursive: true });
    writeFileSync(join(dataDir, 'exports', t.orgId, 'blocked'), 'not a folder');
    const { createScheduledExport: made } = await t.admin.ok(CREATE, {
      input: define({ name: 'Blocked', contents: ['RESULTS'], emails: [], folder: 'blocked' }),
    });
    await runScheduledExports(app.orm, app.config, log, new Date('2026-12-05T01:40:00Z'));
    const listed = (
      await t.admin.ok(`{ scheduledExports { id lastRun { status attempt error errorCode } } }`)
    ).scheduledExports.find((s: { id: string }) => s.id === made.id);
    expect(listed.lastRun).toMatchObject({ status: 'FAILED', attempt: 1, errorCode: 'FOLDER_UNWRITABLE' });
    expect(listed.lastRun.error).toMatch(/^The folder "blocked" could not be written \(.+\); check that the server/);
  });
});
