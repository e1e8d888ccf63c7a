/**
 * Fuzzing the public input paths with fast-check: random and hostile values (wrong types, NUL
 * characters, lone surrogates, formulas, huge and deeply nested values, odd dates) go to
 * submitResponse over GraphQL and HTTP, savePartialResponse, the IVR webhook and the signed
 * service-event webhook. Every request is answered below 500, a refused request writes nothing,
 * an accepted one writes at most its own row, and the rollups still move for another organisation.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signature } from '../../server/distribution/webhook.service.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, publicEndpoints, type SurveyTenant } from '../support/public-survey.js';

let app: TestApp;
let a: SurveyTenant;
let b: SurveyTenant;
let ivrToken: string;
let webhook: { url: string; secret: string };

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId duplicate } }`;
const PARTIAL = `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey responseId } }`;
const RUNS = 60;

beforeAll(async () => {
  app = await startTestApp({ ROLLUP_INTERVAL_MS: '0', WEBHOOK_TOLERANCE_SECONDS: '300' });
  a = await newSurveyTenant(app, 'Fuzzed');
  b = await newSurveyTenant(app, 'Bystander');
  ({ ivrToken, webhook } = await publicEndpoints(a));
});
afterAll(() => app?.close());

// ---- values ------------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.oneof(fc.constant('\u0000'), loneSurrogate, fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'é', '😀')),
    maxLength: 8,
  }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '=HYPERLINK("x")',
    "'; drop table response; --",
    'null',
    '1957-01-01T00:00:00Z',
    '-271821-04-20T00:00:00Z',
  ),
  fc.integer({ min: 190, max: 3000 }).map((n) => 'y'.repeat(n)),
);
const nested = fc.integer({ min: 20, max: 2000 }).map((depth) => {
  let value: unknown = 4;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
});
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({ toString: 1 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 3 }),
  ),
}));
const goodAnswers = fc.record(
  { speed: fc.integer({ min: 1, max: 5 }), courtesy: fc.integer({ min: 1, max: 5 }) },
  { requiredKeys: [] },
);
const answers = fc.oneof(
  goodAnswers,
  goodAnswers,
  hostileValue,
  nested,
  fc.record({ speed: hostileValue }),
  fc.record({ speed: nested }),
);
/** A field that is mostly well-formed, sometimes hostile, sometimes absent. */
const field = <T>(good: fc.Arbitrary<T>) => fc.option(fc.oneof(good, good, hostileValue), { nil: undefined });
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  hostileText,
);
/** A submission: one in three well-formed (so acceptance is exercised too), the rest fuzzed field by field. */
const submission = (token: string) =>
  fc.oneof(
    fc.record({
      token: fc.constant(token),
      answers: goodAnswers,
      clientRequestId: fc.uuid(),
      language: fc.constantFrom('uk', 'en'),
      startedAt: fc
        .date({ min: new Date(Date.now() - 86_400_000), max: new Date(), noInvalidDate: true })
        .map((d) => d.toISOString()),
    }),
    fuzzedSubmission(token),
    fuzzedSubmission(token),
  );
const fuzzedSubmission = (token: string) =>
  fc.record(
    {
      token: fc.oneof(fc.constant(token), fc.constant(token), hostileValue),
      answers,
      clientRequestId: fc.oneof(fc.uuid(), fc.uuid(), hostileValue),
      language: field(fc.constantFrom('uk', 'en', 'fr-BE')),
      respondentCategory: field(fc.constantFrom('insured', 'employer')),
      serviceSituation: field(fc.constantFrom('claim', 'hearing')),
      startedAt: field(date),
      resumeKey: fc.option(hostileValue, { nil: undefined }),
    },
    { requiredKeys: ['token', 'answers', 'clientRequestId'] },
  );

// ---- observation -------------------------------------------------------------------------

const TABLES = ['response', 'ivr_session', 'service_event', 'webhook_receipt', 'invitation'] as const;
type Counts = Record<(typeof TABLES)[number], number>;
async function counts(): Promise<Counts> {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute(`select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`);
  return row as Counts;
}
const delta = (before: Counts, after: Counts) =>
  Object.fromEntries(TABLES.map((t) => [t, after[t] - before[t]]).filter(([, d]) => d !== 0));

/** Sends one request and checks the promises: below 500, nothing written when refused, at most `allowed` when accepted. */
async function check(send: () => Promise<{ status: number; accepted: boolean }>, allowed: Partial<Counts>) {
  const before = await counts();
  const { status, accepted } = await send();
  expect(status).toBeLessThan(500);
  const changed = delta(before, await counts());
  if (!accepted) expect(changed).toEqual({});
  else
    for (const [table, d] of Object.entries(changed))
      expect(d, table).toBeLessThanOrEqual(allowed[table as keyof Counts] ?? 0);
  tally[accepted ? 'accepted' : 'refused']++;
}
/** Accepted and refused requests of the current property: each property must see both. */
const tally = { accepted: 0, refused: 0 };
beforeEach(() => Object.assign(tally, { accepted: 0, refused: 0 }));
afterEach((context) => {
  if (context.task.name.startsWith('after all')) return;
  expect(tally.accepted, 'accepted requests').toBeGreaterThan(0);
  expect(tally.refused, 'refused requests').toBeGreaterThan(0);
});

/** JSON that JSON.stringify refuses ({toString: 1} is fine; values nested 2,000 deep need care) is sent as text. */
const body = (value: unknown) => JSON.stringify(value);
const post = async (url: string, value: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof value === 'string' ? value : body(value),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the status check decides
  }
  return { status: response.status, json };
};
const graphql = async (query: string, input: unknown) => {
  const { status, json } = await post(`${app.url}/graphql`, { query, variables: { input } });
  return { status, accepted: status === 200 && !json?.errors?.length, json };
};

// ---- properties --------------------------------------------------------------------------

describe('fuzzing the public inputs', () => {
  it('submitResponse over GraphQL', async () => {
    await fc.assert(
      fc.asyncProperty(submission(a.token), (input) => check(() => graphql(SUBMIT, input), { response: 1 })),
      { numRuns: RUNS },
    );
  });

  it('POST /api/responses', async () => {
    const anyBody = fc.oneof(
      submission(a.token),
      submission(a.token),
      hostileValue,
      hostileText.map((t) => `{"token": ${t}`),
    );
    await fc.assert(
      fc.asyncProperty(anyBody, (input) =>
        check(
          async () => {
            const { status } = await post(`${app.url}/api/responses`, typeof input === 'string' ? input : body(input));
            return { status, accepted: status === 200 };
          },
          { response: 1 },
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it('savePartialResponse', async () => {
    const partial = fc.record(
      {
        token: fc.oneof(fc.constant(a.token), hostileValue),
        answers,
        resumeKey: fc.option(hostileValue, { nil: undefined }),
        language: field(fc.constant('uk')),
      },
      { requiredKeys: ['token', 'answers'] },
    );
    await fc.assert(
      fc.asyncProperty(partial, (input) => check(() => graphql(PARTIAL, input), { response: 1 })),
      { numRuns: RUNS },
    );
  });

  it('the IVR webhook: calls and key presses', async () => {
    const session = (await post(`${app.url}/api/ivr/calls`, { token: ivrToken })).json.sessionId as string;
    const start = fc.record(
      { token: fc.oneof(fc.constant(ivrToken), hostileValue), language: field(fc.constant('uk')) },
      { requiredKeys: [] },
    );
    // Path segments: the session, any id, any text (percent-encoded byte by byte), or raw broken escapes.
    const encoded = (text: string) =>
      [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
    const segment = fc.oneof(
      fc.constant(session),
      fc.uuid(),
      hostileText.map(encoded),
      fc.constantFrom('%zz', '%00', '%ed%a0%80', '..%2f..%2fhealthz'),
    );
    const press = fc.record({
      sessionId: segment,
      digits: fc.oneof(fc.constantFrom('1', '3', '5', '*', '#'), hostileValue),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          start.map((s) => ({ start: s })),
          press.map((p) => ({ press: p })),
        ),
        (step) =>
          check(
            async () => {
              const { status } =
                'start' in step
                  ? await post(`${app.url}/api/ivr/calls`, step.start)
                  : await post(`${app.url}/api/ivr/calls/${step.press.sessionId}`, { digits: step.press.digits });
              return { status, accepted: status === 200 };
            },
            { ivr_session: 1, response: 1 },
          ),
      ),
      { numRuns: RUNS },
    );
  });

  it('the signed service-event webhook', async () => {
    const event = fc.record(
      {
        externalId: fc.oneof(fc.uuid(), hostileValue),
        type: fc.oneof(fc.constantFrom('visit', 'claim_paid'), hostileValue),
        unitId: field(fc.constant(a.headOfficeId)),
        occurredAt: fc.oneof(fc.constant(new Date(Date.now() - 60_000).toISOString()), date, hostileValue),
        contact: field(fc.constant('x@example.org')),
        language: field(fc.constant('uk')),
        category: field(fc.constant('insured')),
      },
      { requiredKeys: [] },
    );
    const raw = fc.oneof(event.map(body), event.map(body), hostileValue.map(body), hostileText);
    await fc.assert(
      fc.asyncProperty(raw, (text) =>
        check(
          async () => {
            const timestamp = String(Math.floor(Date.now() / 1000));
            const { status } = await post(webhook.url, text, {
              'x-barometer-timestamp': timestamp,
              'x-barometer-signature': signature(webhook.secret, timestamp, text),
            });
            return { status, accepted: status === 200 };
          },
          { service_event: 1, webhook_receipt: 1, invitation: 1 },
        ),
      ),
      {
        numRuns: RUNS,
        // A fully valid event is rare among random ones: this one is always tried, so every run
        // sees both outcomes whatever the seed.
        examples: [
          [
            body({
              externalId: randomUUID(),
              type: 'visit',
              unitId: a.headOfficeId,
              occurredAt: new Date(Date.now() - 60_000).toISOString(),
            }),
          ],
        ],
      },
    );
  });

  it('after all that, the server answers and the rollups move for both organisations', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const { json } = await post(`${app.url}/api/responses`, {
      token: b.token,
      answers: { speed: 5, courtesy: 4 },
      clientRequestId: randomUUID(),
    });
    await app.app.rollups.runOnce();
    const sql = (text: string, params: unknown[]) => app.orm.em.fork().getConnection().execute(text, params);
    // Rolled up: no longer in results' outbox (the tail).
    expect(await sql(`select 1 from rollup_outbox where response_id = ?`, [json.responseId])).toEqual([]);
    const unrolled = await sql(`select count(*)::int n from rollup_outbox where organization_id = ?`, [a.orgId]);
    expect(unrolled[0].n).toBe(0);
  });
});
