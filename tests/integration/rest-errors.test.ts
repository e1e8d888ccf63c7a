/**
 * REST errors (server/http/error-handler.ts): every route answers failures as JSON in the shape
 * of the API's errors, with no stack trace, file path or SQL, whoever the caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let t: SurveyTenant;

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  t = await newSurveyTenant(app, 'Errors');
});
afterAll(() => app?.close());

/** What a body must never show: stack frames, file paths, SQL. */
const INTERNALS = /\bat .*\(|\/work\/|node_modules|\.ts:\d+|\bselect\b|\binsert into\b|\bwhere\b|<html|<pre/i;

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(INTERNALS);
  return JSON.parse(text).errors[0] as { message: string; extensions: Record<string, unknown> };
}

describe('errors of the REST endpoints', () => {
  const post = (path: string, body: string, type = 'application/json') =>
    fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

  it('a malformed JSON body is a 400 with a sentence, on every JSON route', async () => {
    for (const path of ['/api/responses', '/api/ivr/calls', '/api/ivr/calls/00000000-0000-0000-0000-000000000000']) {
      const response = await post(path, '{"token": ');
      expect(response.status, path).toBe(400);
      expect(await errorOf(response), path).toEqual({
        message: 'The request body is not valid JSON.',
        extensions: { code: 'BAD_REQUEST' },
      });
    }
  });

  it('an unknown /api path is a JSON 404', async () => {
    const response = await post('/api/nothing-here', '{}');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      message: 'There is no POST /api/nothing-here endpoint.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('a body over the limit is a 413 naming the limit', async () => {
    const response = await post(
      '/api/responses',
      JSON.stringify({ token: t.token, answers: { speed: 'x'.repeat(3_000_000) } }),
    );
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toEqual({
      message: 'The request body is larger than 2 MB, the most this endpoint accepts.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('an unexpected failure (the database refuses the query) is a 500 with a generic sentence and the request id, never the SQL', async () => {
    const sql = (text: string) => app.orm.em.fork().getConnection().execute(text);
    await sql(`alter table response_link rename to response_link_away`);
    try {
      const response = await fetch(`${app.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'probe-7' },
        body: JSON.stringify({ token: t.token, answers: { speed: 4 }, clientRequestId: 'probe-request-7' }),
      });
      expect(response.status).toBe(500);
      expect(await errorOf(response)).toEqual({
        message:
          'Something went wrong on the server. It has been logged; please try again, and report request id probe-7 if it persists.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'probe-7' },
      });
    } finally {
      await sql(`alter table response_link_away rename to response_link`);
    }
  });

  it('a query-string date that is not a date is a 400 naming the parameter, not a broken download', async () => {
    const cookie = `barometer_session=${t.admin.cookie('barometer_session')}`;
    const response = await fetch(
      `${app.url}/api/exports/responses?questionnaireId=${t.questionnaireId}&from=not-a-date`,
      { headers: { cookie } },
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      message: 'from must be a date (ISO 8601, e.g. 2026-03-14), it is "not-a-date".',
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
  });
});
