import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { fixture, newQuestionnaire, publish } from '../support/questionnaires.js';

let app: TestApp;
let t: Tenant;
let versionId: string;

const court = fixture('court-users');
const HEADER =
  'role,purpose,quality.signage,quality.clean,quality.polite,quality.timely,quality.forms,overall,why_low,completed_at,respondent_category';
const row = (overall: number | string, role = 'lawyer', completed = '2026-03-14T10:30:00Z') =>
  `${role},hearing;documents,4,5,3,2,4,${overall},,${completed},${role}`;
const IMPORT = `mutation($input: ImportResponsesInput!) { importResponses(input: $input) { id status rowsRead rowsStored rowsInvalid message problems { row question message } } }`;
const stored = async () =>
  Number(
    (
      await app.orm.em
        .fork()
        .getConnection()
        .execute(`select count(*) n from response where questionnaire_version_id = ?`, [versionId])
    )[0].n,
  );

async function importInline(data: string, mode = 'ALL_OR_NOTHING', format = 'CSV') {
  return (await t.admin.ok(IMPORT, { input: { versionId, unitId: t.headOfficeId, format, mode, data } }))
    .importResponses;
}

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Court Service');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, court);
  versionId = (await publish(t.admin, q.id)).id;
});
afterAll(() => app?.close());

describe('importing responses', () => {
  it('imports a CSV with one column per question, matrix rows as name.row, lists as a;b', async () => {
    const result = await importInline(
      [
        HEADER,
        row(4),
        row(5, 'party', '2025-11-02T08:00:00Z'),
        'witness,,5,5,5,5,5,1,"Too slow, ""really""",,witness',
      ].join('\n'),
    );
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 3,
      rowsStored: 3,
      rowsInvalid: 0,
      problems: [],
      message: null,
    });
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `select answers, completed_at, category, channel from response where questionnaire_version_id = ? order by completed_at`,
        [versionId],
      );
    expect(rows[0]!).toMatchObject({
      category: 'party',
      channel: 'PAPER',
      answers: {
        role: 'party',
        purpose: ['hearing', 'documents'],
        quality: { signage: 4, clean: 5, polite: 3, timely: 2, forms: 4 },
        overall: 5,
      },
    });
    expect(new Date(rows[0]!.completed_at).toISOString()).toBe('2025-11-02T08:00:00.000Z');
    expect(rows.find((r: any) => r.category === 'witness')!.answers.why_low).toBe('Too slow, "really"');
  });

  it('all or nothing: one invalid row stores nothing, and every problem is reported by line', async () => {
    const before = await stored();
    const result = await importInline(
      [HEADER, row(4), row(9), row(4, 'judge'), row(3, 'lawyer', '2999-01-01T00:00:00Z')].join('\n'),
    );
    expect(result.status).toBe('FAILED');
    expect(result.rowsStored).toBe(0);
    expect(result.problems).toEqual([
      { row: 3, question: 'overall', message: '"overall" 9 is not on its rating scale (1, 2, 3, 4, 5).' },
      { row: 4, question: 'role', message: '"role" "judge" is not one of its choices.' },
      { row: 5, question: null, message: 'completed_at 2999-01-01T00:00:00Z is in the future.' },
    ]);
    expect(result.message).toMatch(/3 of 4 rows are invalid, so nothing was stored/);
    expect(await stored()).toBe(before);
  });

  it('refuses unknown columns and a file that is not UTF-8, storing nothing', async () => {
    const before = await stored();
    const unknown = await importInline(`${HEADER},salary\n${row(4)},1000`);
    expect(unknown).toMatchObject({ status: 'FAILED', rowsStored: 0 });
    expect(unknown.message).toMatch(/^Unknown columns: salary\./);
    const start = await t.admin.ok(
      `mutation { startResponseImport(input: { versionId: "${versionId}", unitId: "${t.headOfficeId}", format: CSV, mode: SKIP_INVALID }) { id uploadUrl } }`,
    );
    const latin1 = Buffer.from(`${HEADER}\n${row(4, 'party')}\n`.replace('party', 'partie à'), 'latin1');
    const response = await fetch(`${app.url}${start.startResponseImport.uploadUrl}`, {
      method: 'PUT',
      body: latin1,
      headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}` },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).message).toMatch(/not UTF-8 text/);
    expect(await stored()).toBe(before);
  });

  it('imports JSON lines', async () => {
    const lines = [
      JSON.stringify({
        answers: { role: 'visitor', quality: { signage: 3, clean: 3, polite: 3, timely: 3, forms: 3 }, overall: 3 },
        completedAt: '2026-01-05T09:00:00Z',
        respondentCategory: 'visitor',
      }),
      JSON.stringify({ role: 'lawyer', quality: { signage: 4, clean: 4, polite: 4, timely: 4, forms: 4 }, overall: 4 }),
      '{ not json',
    ].join('\n');
    const result = await importInline(lines, 'SKIP_INVALID', 'JSONL');
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 3,
      rowsStored: 2,
      rowsInvalid: 1,
      problems: [{ row: 3, question: null, message: 'Row 3 is not valid JSON.' }],
    });
  });

  it('streams 100,000 rows with a few invalid ones, reporting progress while it runs', async () => {
    const before = await stored();
    const invalidLines = new Set([50, 20_000, 77_777, 99_999]);
    const lines = [HEADER];
    for (let i = 2; i <= 100_001; i++) lines.push(invalidLines.has(i) ? row(7) : row((i % 5) + 1));
    const body = Buffer.from(lines.join('\n'));
    const start = (
      await t.admin.ok(
        `mutation { startResponseImport(input: { versionId: "${versionId}", unitId: "${t.headOfficeId}", format: CSV, mode: SKIP_INVALID }) { id uploadUrl status } }`,
      )
    ).startResponseImport;
    expect(start.status).toBe('WAITING_FOR_DATA');
    const upload = fetch(`${app.url}${start.uploadUrl}`, {
      method: 'PUT',
      body,
      headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}`, 'content-type': 'text/csv' },
    });
    let seenRunning: { status: string; rowsRead: number } | null = null;
    for (let i = 0; i < 400 && !seenRunning; i++) {
      const { responseImport } = await t.admin.ok(`{ responseImport(id: "${start.id}") { status rowsRead } }`);
      if (responseImport.status === 'RUNNING' && responseImport.rowsRead > 0) seenRunning = responseImport;
      else if (responseImport.status !== 'WAITING_FOR_DATA' && responseImport.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const report = await (await upload).json();
    expect(report).toMatchObject({ status: 'SUCCEEDED', rowsRead: 100_000, rowsStored: 99_996, rowsInvalid: 4 });
    expect(report.problems.map((p: any) => p.row)).toEqual([50, 20_000, 77_777, 99_999]);
    expect(seenRunning?.rowsRead).toBeLessThan(100_000);
    expect(await stored()).toBe(before + 99_996);
    const again = await fetch(`${app.url}${start.uploadUrl}`, {
      method: 'PUT',
      body: 'x',
      headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}` },
    });
    expect(again.status).toBe(409);
  }, 120_000);
});
