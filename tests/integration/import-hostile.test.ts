/**
 * Hostile imports: every bad row gets a problem naming its line, a file that cannot be read
 * fails with a reason, and no import is left RUNNING or answered 500. One very long JSON-lines
 * line is refused quickly without stalling the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let t: SurveyTenant;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const stored = async () =>
  Number((await sql(`select count(*) n from response where organization_id = ?`, [t.orgId]))[0].n);

/** Starts an import and PUTs the file to its upload URL, as the web app does. */
async function upload(body: string | Blob, format: 'CSV' | 'JSONL', mode = 'SKIP_INVALID') {
  const start = await t.admin.ok(
    `mutation { startResponseImport(input: { versionId: "${t.versionId}", unitId: "${t.headOfficeId}", format: ${format}, mode: ${mode} }) { id uploadUrl } }`,
  );
  const response = await fetch(`${app.url}${start.startResponseImport.uploadUrl}`, {
    method: 'PUT',
    body,
    headers: { cookie: `barometer_session=${t.admin.cookie('barometer_session')}` },
  });
  const [job] = await sql(`select status, message from response_import where id = ?`, [start.startResponseImport.id]);
  return { status: response.status, body: await response.json(), job };
}

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newSurveyTenant(app, 'Imports');
});
afterAll(() => app?.close());

describe('hostile imports', () => {
  it('CSV: a NUL character, a started_at before 1958 and an over-long category are problems of their rows; the good row is stored', async () => {
    const before = await stored();
    const csv = [
      'speed,courtesy,respondent_category,started_at,completed_at',
      '4,5,insured,2026-01-01T10:00:00Z,2026-01-01T10:05:00Z',
      '4,5,ins\u0000ured,,2026-01-01T10:05:00Z',
      '4,5,insured,1957-06-01T00:00:00Z,2026-01-01T10:05:00Z',
      `4,5,${'c'.repeat(201)},,2026-01-01T10:05:00Z`,
      '4,5,insured,2026-01-02T10:00:00Z,2026-01-01T10:05:00Z',
      '4,5,insured,,0001-01-01T00:00:00Z',
    ].join('\n');
    const result = await upload(csv, 'CSV');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 6, rowsStored: 1, rowsInvalid: 5 });
    expect(result.body.problems).toEqual([
      {
        row: 3,
        question: null,
        message: 'Row 3 has a respondent_category that contains a NUL character (\\u0000), which text cannot hold.',
      },
      { row: 4, question: null, message: 'started_at 1957-06-01T00:00:00Z is more than 366 days before completed_at.' },
      { row: 5, question: null, message: 'Row 5 has a respondent_category longer than 200 characters.' },
      { row: 6, question: null, message: 'started_at 2026-01-02T10:00:00Z is after completed_at.' },
      { row: 7, question: null, message: 'completed_at 0001-01-01T00:00:00Z is before 1900.' },
    ]);
    expect(await stored()).toBe(before + 1);
    const [row] = await sql(
      `select duration_seconds from response where organization_id = ? order by submitted_at desc limit 1`,
      [t.orgId],
    );
    expect(row.duration_seconds).toBe(300); // 10:00 → 10:05
  });

  it('JSON lines: answers null, lone surrogates, objects for text, 5,000-deep nesting are problems of their rows', async () => {
    const before = await stored();
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const lines = [
      '{"answers":null}',
      '{"answers":{"speed":4},"respondentCategory":"\\ud800"}',
      '{"answers":{"speed":"\\u0000"}}',
      '{"answers":{"speed":4},"respondentCategory":{"toString":1}}',
      `{"answers":{"speed":${deep}}}`,
      '{"answers":{"speed":4,"courtesy":5},"startedAt":"1957-01-01T00:00:00Z","completedAt":"2026-01-01T00:00:00Z"}',
      '{"answers":{"speed":3,"courtesy":2},"respondentCategory":"employer"}',
    ];
    const result = await upload(lines.join('\n'), 'JSONL');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 7, rowsStored: 1, rowsInvalid: 6 });
    expect(result.body.problems.map((p: { message: string }) => p.message)).toEqual([
      'Row 1 has answers that are not an object of question name → value.',
      'Row 2 has a respondentCategory that contains a lone UTF-16 surrogate, which is not valid Unicode.',
      'Row 3 has answers that cannot be stored: a value contains a NUL character (\\u0000), which text cannot hold.',
      'Row 4 has a respondentCategory that is not text.',
      'Row 5 has answers that cannot be stored: they nest more than 32 levels deep.',
      // JSON lines: the fields named as the file spells them.
      'startedAt 1957-01-01T00:00:00Z is more than 366 days before completedAt.',
    ]);
    expect(await stored()).toBe(before + 1);
  });

  it('a header with a NUL character fails the import with a reason, not RUNNING', async () => {
    const result = await upload('speed,cour\u0000tesy\n4,5\n', 'CSV');
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ status: 'FAILED', rowsStored: 0 });
    expect(result.body.message).toMatch(/^Unknown columns: cour.tesy\./);
    expect(result.job.status).toBe('FAILED');
  });

  it('an import the database refuses midway ends FAILED with a reason (never RUNNING, never a 500)', async () => {
    await sql(`alter table response rename to response_away`);
    try {
      const result = await upload('speed,courtesy\n4,5\n', 'CSV');
      expect(result.status).toBe(422);
      expect(result.body).toMatchObject({ status: 'FAILED', rowsStored: 0 });
      expect(result.body.message).toMatch(/^The import stopped on an unexpected server error; nothing was stored\./);
      expect(result.body.message).not.toMatch(/response_away|relation/);
      expect(result.job.status).toBe('FAILED');
    } finally {
      await sql(`alter table response_away rename to response`);
    }
  });
});

describe('a very long JSON-lines line', () => {
  it('a 20 MB line is a problem of its line, found in well under 2 s, while /healthz keeps answering', async () => {
    const before = await stored();
    const file = new Blob([
      `{"answers":{"speed":4,"courtesy":"${'x'.repeat(20_000_000)}"}}\n{"answers":{"speed":5,"courtesy":4}}\n`,
    ]);
    let done = false;
    const latencies: number[] = [];
    const probing = (async () => {
      while (!done) {
        const started = performance.now();
        expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
        latencies.push(performance.now() - started);
      }
    })();
    const started = performance.now();
    const result = await upload(file, 'JSONL').finally(() => (done = true));
    const took = performance.now() - started;
    await probing;
    expect(result.body).toMatchObject({ status: 'SUCCEEDED', rowsRead: 2, rowsStored: 1, rowsInvalid: 1 });
    expect(result.body.problems).toEqual([
      {
        row: 1,
        question: null,
        message: 'Row 1 is longer than 2 MB, the most a line may hold; nothing of it was read.',
      },
    ]);
    expect(await stored()).toBe(before + 1);
    expect(took).toBeLessThan(2000);
    expect(Math.max(...latencies)).toBeLessThan(500);
  });

  it('a CSV record over the limit fails the import with a reason naming its line', async () => {
    const result = await upload(`speed,courtesy\n4,5\n4,"${'x'.repeat(3_000_000)}"\n`, 'CSV');
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ status: 'FAILED', rowsStored: 0 });
    expect(result.body.message).toMatch(/^The CSV cannot be read: .*maximum .* at line 3/);
  });
});
