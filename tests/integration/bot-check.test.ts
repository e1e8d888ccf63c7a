/**
 * The bot check of open links (server/http/abuse-guard.ts): a honeypot field, and a signed form
 * ticket from opening the survey that must be BOT_MIN_FILL_SECONDS old before a submission is
 * accepted. Refusals are BOT_SUSPECTED with the reason and store nothing; signed-in callers skip it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const OPEN = `query($token: String!) { surveyByToken(token: $token) { formTicket minFillSeconds } }`;

let app: TestApp;
let t: SurveyTenant;
let other: SurveyTenant;
const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const stored = async () => Number((await sql(`select count(*) n from response`))[0].n);
const submission = (extra: Record<string, unknown> = {}) => ({
  token: t.token,
  answers: { speed: 3, courtesy: 4 },
  clientRequestId: randomUUID(),
  ...extra,
});
const open = async (token = t.token) => (await app.client().ok(OPEN, { token })).surveyByToken;
const rest = async (body: unknown) => {
  const response = await fetch(`${app.url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, error: ((await response.json()) as any).errors?.[0] };
};

beforeAll(async () => {
  app = await startTestApp({ BOT_MIN_FILL_SECONDS: '1' });
  t = await newSurveyTenant(app, 'Labour Inspectorate');
  other = await newSurveyTenant(app, 'Customs');
});
afterAll(() => app?.close());

describe('bot check on open links', () => {
  it('the survey comes with a form ticket and the time to wait', async () => {
    const survey = await open();
    expect(survey.minFillSeconds).toBe(1);
    expect(survey.formTicket).toMatch(/^\d+\.[\w-]{27}$/);
  });

  it('a submission without a ticket, with a forged one or one for another link is refused, storing nothing', async () => {
    const before = await stored();
    const { formTicket } = await open(other.token);
    const [issued] = formTicket.split('.');
    for (const ticket of [undefined, 'nonsense', `${Number(issued) - 3600}.${formTicket.split('.')[1]}`, formTicket]) {
      const error = await app.client().fails(SUBMIT, { input: submission({ formTicket: ticket }) });
      expect(error.extensions).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'NO_TICKET' });
      expect(error.message).toBe(
        'This submission looks automated: it carries no valid form ticket from opening the survey. Reload the survey and submit again.',
      );
    }
    const answer = await rest(submission());
    expect(answer.status).toBe(400);
    expect(answer.error.extensions).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'NO_TICKET' });
    expect(await stored()).toBe(before);
  });

  it('a filled-in honeypot is refused, over GraphQL and HTTP', async () => {
    const { formTicket } = await open();
    const before = await stored();
    const error = await app
      .client()
      .fails(SUBMIT, { input: submission({ formTicket, website: 'http://spam.example' }) });
    expect(error.extensions).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'HONEYPOT' });
    expect((await rest(submission({ formTicket, website: 'x' }))).error.extensions.reason).toBe('HONEYPOT');
    expect(await stored()).toBe(before);
  });

  it('a submission sooner than a second after opening is refused as too fast; after that it is stored', async () => {
    const { formTicket } = await open();
    const opened = Date.now();
    const before = await stored();
    const error = await app.client().fails(SUBMIT, { input: submission({ formTicket }) });
    expect(error.extensions).toMatchObject({ code: 'BOT_SUSPECTED', reason: 'TOO_FAST', retryAfterSeconds: 1 });
    expect(error.message).toMatch(/^This submission looks automated: it came 0 seconds after the survey was opened\./);
    expect(await stored()).toBe(before);
    // What the runner does: submit again once the wait is over.
    let accepted = false;
    while (!accepted) {
      const result = await app.client().request(SUBMIT, { input: submission({ formTicket }) });
      accepted = Boolean(result.data?.submitResponse);
      if (!accepted) expect(result.errors?.[0].extensions?.reason).toBe('TOO_FAST');
    }
    expect(Date.now() - opened).toBeGreaterThanOrEqual(900);
    expect(await stored()).toBe(before + 1);
  });

  it('a signed-in caller (an interviewer, an API key) needs no ticket', async () => {
    await t.admin.ok(SUBMIT, { input: submission() });
  });
});
