/**
 * The guard of the public input paths (server/http/public-input.ts): hostile values are refused
 * with BAD_USER_INPUT naming the field, nothing is stored, and one organisation's bad data never
 * stops another organisation's rollups.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactKeys } from '../../server/distribution/contact-crypto.js';
import { signature } from '../../server/distribution/webhook.service.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, publicEndpoints, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let a: SurveyTenant;
let b: SurveyTenant;
let ivrToken: string;
let webhook: { url: string; secret: string };

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const PARTIAL = `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }`;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const count = async () => Number((await sql(`select count(*) n from response`))[0].n);
const post = (path: string, body: unknown) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const answers = { speed: 4, courtesy: 5 };

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0' });
  a = await newSurveyTenant(app, 'Poisoned');
  b = await newSurveyTenant(app, 'Healthy');
  ({ ivrToken, webhook } = await publicEndpoints(a));
  await app.app.rollups.runOnce();
});
afterAll(() => app?.close());

describe('free-form fields of a submission', () => {
  const long = 'x'.repeat(1_000_000);
  for (const [field, limit] of [
    ['respondentCategory', 200],
    ['serviceSituation', 200],
    ['language', 35],
  ] as const) {
    it(`a ${field} of a million characters is refused, naming the field, over GraphQL and HTTP`, async () => {
      const before = await count();
      const input = { token: a.token, answers, clientRequestId: randomUUID(), [field]: long };
      const error = await app.client().fails(SUBMIT, { input });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(`${field} must be at most ${limit} characters.`);
      const rest = await post('/api/responses', { ...input, clientRequestId: randomUUID() });
      expect(rest.status).toBe(400);
      expect((await rest.json()).errors[0]).toMatchObject({
        message: `${field} must be at most ${limit} characters.`,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
      expect(await count()).toBe(before);
    });
  }

  it('a partial save with a language of a million characters is refused', async () => {
    const error = await app.client().fails(PARTIAL, { input: { token: a.token, answers, language: long } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
  });

  it('values at the limit are stored as given', async () => {
    const category = 'c'.repeat(200);
    const { submitResponse } = await app.client().ok(SUBMIT, {
      input: {
        token: a.token,
        answers,
        clientRequestId: randomUUID(),
        respondentCategory: category,
        language: 'l'.repeat(35),
      },
    });
    const [row] = await sql(`select category, language from response where id = ?`, [submitResponse.responseId]);
    expect(row).toEqual({ category, language: 'l'.repeat(35) });
  });
});

describe('rollup upkeep', () => {
  it('one organisation whose response cannot be rolled up (an over-long category) does not stop another organisation’s rollups', async () => {
    await app.app.rollups.runOnce();
    // A row written before the limit existed: random text, so its index entry stays above 8 kB even compressed.
    const poison = randomBytes(20_000).toString('hex');
    const poisoned = randomUUID();
    await sql(
      `insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, category, status, completed_at, submitted_at, is_test, answers)
       values (?, ?, ?, ?, ?, 'WEB_LINK', ?, 'COMPLETE', now(), now(), false, ?)`,
      [poisoned, a.orgId, a.headOfficeId, a.questionnaireId, a.versionId, poison, JSON.stringify(answers)],
    );
    await sql(`insert into rollup_outbox (response_id, organization_id) values (?, ?)`, [poisoned, a.orgId]);
    const { submitResponse } = await app
      .client()
      .ok(SUBMIT, { input: { token: b.token, answers, clientRequestId: randomUUID() } });
    await app.app.rollups.runOnce();
    // Rolled up: no longer in results' outbox (the tail).
    const rolled = async (id: string) =>
      (await sql(`select 1 from rollup_outbox where response_id = ?`, [id])).length === 0;
    expect(await rolled(submitResponse.responseId)).toBe(true);
    expect(await rolled(poisoned)).toBe(false);
    const cells = await sql(
      `select sum(responses)::int n from result_cell where organization_id = ? and kind = 'OWN'`,
      [b.orgId],
    );
    expect(cells[0].n).toBe(1);
  });
});

/** JSON nested `depth` levels deep, as text (JSON.stringify itself overflows on it). */
const nested = (depth: number) => ({ json: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` });
/** A JSON body with `answers` spliced in as text when it is nested(). */
const body = (fields: Record<string, unknown>, hostile: unknown) => {
  const answers = (hostile as { speed?: { json?: string } }).speed?.json;
  return answers
    ? `${JSON.stringify(fields).slice(0, -1)}, "answers": {"speed": ${answers}}}`
    : JSON.stringify({ ...fields, answers: hostile });
};
const signed = (body: string, timestamp = String(Math.floor(Date.now() / 1000))) =>
  fetch(webhook.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-barometer-timestamp': timestamp,
      'x-barometer-signature': signature(webhook.secret, timestamp, body),
    },
    body,
  });

describe('hostile values on the public paths get a client error, never a 500', () => {
  const hostileAnswers: [string, unknown, RegExp][] = [
    ['nested 5,000 deep', { speed: nested(5000) }, /nest more than 32 levels deep/],
    ['holding a NUL character', { speed: 4, 'speed-Comment': 'a\u0000b' }, /NUL character/],
    ['holding a lone surrogate', { speed: 4, 'speed-Comment': 'a\ud800b' }, /lone UTF-16 surrogate/],
    ['with a NUL in a question name', { 'sp\u0000eed': 4 }, /question name contains a NUL/],
  ];
  for (const [what, hostile, message] of hostileAnswers) {
    it(`answers ${what}: 400 over GraphQL, HTTP and partial saves, nothing stored`, async () => {
      const before = await count();
      const graphql = await post(
        '/graphql',
        `{"query": ${JSON.stringify(SUBMIT)}, "variables": {"input": ${body({ token: a.token, clientRequestId: randomUUID() }, hostile)}}}`,
      );
      const error = (await graphql.json()).errors[0];
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers' });
      expect(error.message).toMatch(message);
      const rest = await post('/api/responses', body({ token: a.token, clientRequestId: randomUUID() }, hostile));
      expect(rest.status).toBe(400);
      expect((await rest.json()).errors[0].message).toMatch(message);
      const partial = await post(
        '/graphql',
        `{"query": ${JSON.stringify(PARTIAL)}, "variables": {"input": ${body({ token: a.token }, hostile)}}}`,
      );
      expect((await partial.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(before);
    });
  }

  it('a NUL or lone surrogate in a free-form field is refused, naming the field', async () => {
    for (const value of ['in\u0000sured', 'in\udc00sured']) {
      const error = await app.client().fails(SUBMIT, {
        input: { token: a.token, answers, clientRequestId: randomUUID(), respondentCategory: value },
      });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'respondentCategory' });
    }
  });

  it('a startedAt before 1958 (a clock reset) is kept as an unknown start: stored, no duration', async () => {
    const { submitResponse } = await app.client().ok(SUBMIT, {
      input: { token: a.token, answers, clientRequestId: randomUUID(), startedAt: '1957-01-01T00:00:00Z' },
    });
    expect(
      (await sql(`select started_at, duration_seconds from response where id = ?`, [submitResponse.responseId]))[0],
    ).toEqual({ started_at: null, duration_seconds: null });
    const rest = await post('/api/responses', {
      token: a.token,
      answers,
      clientRequestId: randomUUID(),
      startedAt: '1900-01-01T00:00:00Z',
    });
    expect(rest.status).toBe(200);
    const bad = await post('/api/responses', {
      token: a.token,
      answers,
      clientRequestId: randomUUID(),
      startedAt: 'yesterday',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({
      message: 'startedAt must be a date and time (ISO 8601, e.g. 2026-03-14T10:30:00Z).',
      extensions: { field: 'startedAt' },
    });
  });

  it('objects where text is expected ({"toString":1}) are refused on HTTP submissions, IVR and webhooks', async () => {
    const before = await count();
    const trap = { toString: 1 };
    const rest = await post('/api/responses', { token: a.token, answers, clientRequestId: trap });
    expect(rest.status).toBe(400);
    expect((await rest.json()).errors[0]).toMatchObject({
      message: 'clientRequestId must be text.',
      extensions: { code: 'BAD_USER_INPUT', field: 'clientRequestId' },
    });
    expect((await post('/api/responses', { token: trap, answers, clientRequestId: randomUUID() })).status).toBe(400);
    expect((await post('/api/responses', '[1, 2]')).status).toBe(400);

    const call = await post('/api/ivr/calls', { token: trap });
    expect(call.status).toBe(400);
    expect((await call.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await post('/api/ivr/calls', { token: ivrToken, language: trap })).status).toBe(400);
    const started = await post('/api/ivr/calls', { token: ivrToken });
    expect(started.status).toBe(200);
    const press = await post(`/api/ivr/calls/${(await started.json()).sessionId}`, { digits: trap });
    expect(press.status).toBe(400);
    expect((await press.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'digits' });

    for (const field of ['externalId', 'type', 'unitId', 'occurredAt', 'contact', 'language', 'category']) {
      const hook = await signed(
        JSON.stringify({
          externalId: `E-${field}`,
          type: 'visit',
          occurredAt: new Date().toISOString(),
          [field]: trap,
        }),
      );
      expect(hook.status, field).toBe(400);
      expect((await hook.json()).errors[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const ancient = await signed(
      JSON.stringify({ externalId: 'E-ancient', type: 'visit', occurredAt: '-212625-12-11T10:20:50.025Z' }),
    );
    expect(ancient.status).toBe(400);
    expect((await ancient.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
    const nul = await signed(
      JSON.stringify({ externalId: 'E-\u0000', type: 'visit', occurredAt: new Date().toISOString() }),
    );
    expect(nul.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('the SMS gateway’s status callback refuses objects where text is expected', async () => {
    const key = '00000000-0000-0000-0000-000000000000.1';
    const url = `/api/delivery/sms-status/${key}?sig=${contactKeys(app.config).sign(key)}`;
    const trap = await post(url, { status: { toString: 1 } });
    expect(trap.status).toBe(400);
    expect((await trap.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect((await post(url, { status: 'delivered', error: 'a\u0000b' })).status).toBe(400);
    expect((await post(url, { status: 'delivered' })).status).toBe(404);
  });

  it('a chain of 10,000 fragments (or of 500) is refused as a client error', async () => {
    const chain = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `fragment F${i} on Query { ${i < n - 1 ? `...F${i + 1}` : '__typename'} }`,
      ).join(' ');
    expect((await app.client().ok(`query { ...F0 } ${chain(3)}`)).__typename).toBe('Query');
    const shorter = await app.client().request(`query { ...F0 } ${chain(500)}`);
    expect(shorter.status).toBe(400);
    expect(shorter.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const result = await app.client().request(`query { ...F0 } ${chain(10_000)}`);
    expect(result.status).toBe(400);
    expect(result.errors![0]).toMatchObject({
      message: expect.stringMatching(/contains more th.. 10000 tokens/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });
});
