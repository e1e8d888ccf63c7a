/**
 * Throttling of the public input paths (issue 15, finding 10; server/http/abuse-guard.ts): limits
 * per client address and per link token counted in PostgreSQL, so they hold across two server
 * copies; 429 with Retry-After and RATE_LIMITED; the same for IVR and signed webhooks. And the
 * purge of abandoned partial responses and IVR sessions on the pg-boss schedule.
 */
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/app/orm-config.js';
import { createApp, type App } from '../../server/app/app.js';
import { createLogger } from '../../server/logger.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, publicEndpoints, type SurveyTenant } from '../support/public-survey.js';

// 4 requests per address and 6 per link token in a minute; machine callers (webhooks) 3 per endpoint.
const LIMITS = {
  RATE_LIMIT_PER_ADDRESS: '4',
  RATE_LIMIT_PER_TOKEN: '6',
  RATE_LIMIT_MACHINE: '3',
  MAINTENANCE_JOBS: 'true',
  ROLLUP_INTERVAL_MS: '0',
};
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const PARTIAL = `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }`;

let app: TestApp;
let copy: { app: App; orm: MikroORM; url: string };
let t: SurveyTenant;
let ivrToken: string;
let address = 0;

const sql = (text: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute(text, params);
const stored = async () => Number((await sql(`select count(*) n from response where status = 'COMPLETE'`))[0].n);
/** A fresh client address (through the loopback proxy the server trusts). */
const newAddress = () => `198.51.100.${++address}`;

async function post(base: string, path: string, body: unknown, from: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as any;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json, error: json.errors?.[0] };
}
const submission = (token = t.token) => ({ token, answers: { speed: 4, courtesy: 5 }, clientRequestId: randomUUID() });
const graphql = (base: string, query: string, input: unknown, from: string) =>
  post(base, '/graphql', { query, variables: { input } }, from);

beforeAll(async () => {
  app = await startTestApp(LIMITS);
  t = await newSurveyTenant(app, 'Pension Fund');
  ({ ivrToken } = await publicEndpoints(t));
  // A second server copy on the same database: the counters must hold across copies.
  const orm = await MikroORM.init({ ...ormConfig(app.databaseUrl, { poolMax: 2 }), logger: () => {} });
  const second = await createApp({ config: app.config, orm, log: createLogger('silent') });
  copy = { app: second, orm, url: `http://127.0.0.1:${await second.listen(0, '127.0.0.1')}` };
});
afterAll(async () => {
  await copy?.app.close();
  await copy?.orm.close();
  await app?.close();
});

describe('rate limits per client address and per link token', () => {
  it('one address gets 4 submissions a minute across both server copies, then 429 with Retry-After', async () => {
    const from = newAddress();
    const before = await stored();
    // Alternating copies, GraphQL and HTTP: 4 accepted in all.
    const bases = [app.url, copy.url, app.url, copy.url];
    for (const [i, base] of bases.entries()) {
      const answer =
        i % 2
          ? await post(base, '/api/responses', submission(), from)
          : await graphql(base, SUBMIT, submission(), from);
      expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    }
    for (const answer of [
      await graphql(copy.url, SUBMIT, submission(), from),
      await post(app.url, '/api/responses', submission(), from),
      await graphql(app.url, PARTIAL, { token: t.token, answers: { speed: 1 } }, from),
    ]) {
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
      expect(answer.error.extensions).toMatchObject({ code: 'RATE_LIMITED', limited: 'ADDRESS' });
      expect(answer.error.message).toMatch(
        /^Too many requests from your network address: wait \d+ seconds and try again\.$/,
      );
    }
    expect(await stored()).toBe(before + 4);
    // Another address is not held back by this one.
    expect((await graphql(app.url, SUBMIT, submission(), newAddress())).status).toBe(200);
  });

  it('one link gets 6 submissions a minute from any number of addresses', async () => {
    const other = await newSurveyTenant(app, 'Tax Office');
    for (let i = 0; i < 6; i++) {
      const base = i % 2 ? copy.url : app.url;
      expect((await graphql(base, SUBMIT, submission(other.token), newAddress())).status).toBe(200);
    }
    const refused = await post(copy.url, '/api/responses', submission(other.token), newAddress());
    expect(refused.status).toBe(429);
    expect(refused.error.extensions).toMatchObject({ code: 'RATE_LIMITED', limited: 'LINK' });
    expect(refused.error.message).toMatch(/^Too many requests for this link: wait \d+ seconds/);
    // Once the window is over (as time would make it), the link takes responses again.
    await sql(`update public_rate set window_started_at = now() - interval '61 seconds'`);
    expect((await graphql(app.url, SUBMIT, submission(other.token), newAddress())).status).toBe(200);
  });

  it('a signed-in interviewer is accountable and not counted as a respondent', async () => {
    await sql(`update public_rate set window_started_at = now() - interval '61 seconds'`);
    for (let i = 0; i < 6; i++) await t.admin.ok(SUBMIT, { input: submission() });
  });

  it('IVR calls count per address', async () => {
    const from = newAddress();
    for (let i = 0; i < 4; i++)
      expect((await post(app.url, '/api/ivr/calls', { token: ivrToken }, from)).status).toBe(200);
    const refused = await post(copy.url, '/api/ivr/calls', { token: ivrToken }, from);
    expect(refused.status).toBe(429);
    expect(refused.error.extensions.code).toBe('RATE_LIMITED');
  });

  it('a webhook endpoint takes 3 calls a minute here, signed or not, then 429', async () => {
    const { createWebhookEndpoint: hook } = await t.admin.ok(
      `mutation { createWebhookEndpoint(input: { name: "Flood", unitId: "${t.headOfficeId}" }) { url } }`,
    );
    const path = new URL(hook.url).pathname;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(i % 2 ? copy.url : app.url, path, '{}', newAddress()));
    // Unsigned calls are refused as such (never 429) until the endpoint's limit is reached.
    for (const answer of answers.slice(0, 3)) expect(answer.status).not.toBe(429);
    expect(answers[3].status).toBe(429);
    expect(answers[3].error.extensions.code).toBe('RATE_LIMITED');
  });
});

describe('purging abandoned partial responses and IVR sessions', () => {
  it('registers one schedule for both server copies', async () => {
    const rows = await sql(`select name, cron from pgboss.schedule where name = 'maintenance'`);
    expect(rows).toEqual([{ name: 'maintenance', cron: '17 * * * *' }]);
  });

  it('a maintenance job removes partials idle for 30 days and IVR sessions older than a day, nothing else', async () => {
    await sql(`update public_rate set window_started_at = now() - interval '61 seconds'`);
    const save = async () =>
      (await graphql(app.url, PARTIAL, { token: t.token, answers: { speed: 2 } }, newAddress())).json.data
        .savePartialResponse.resumeKey as string;
    await save();
    await save();
    const call = async () => (await post(app.url, '/api/ivr/calls', { token: ivrToken }, newAddress())).json.sessionId;
    const [oldCall, newCall] = [await call(), await call()];
    // One of each is old: the partial last saved 31 days ago, the call started 25 hours ago.
    const [oldPartial] = await sql(
      `update response set submitted_at = now() - interval '31 days'
        where id = (select id from response where status = 'PARTIAL' order by submitted_at limit 1) returning id`,
    );
    await sql(`update ivr_session set created_at = now() - interval '25 hours' where id = ?`, [oldCall]);
    const complete = await stored();
    const partials = Number((await sql(`select count(*) n from response where status = 'PARTIAL'`))[0].n);

    const boss = new PgBoss({
      connectionString: app.databaseUrl,
      schema: 'pgboss',
      max: 1,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    await boss.send('maintenance', {});
    await expect
      .poll(async () => (await sql(`select id from response where id = ?`, [oldPartial.id])).length, {
        timeout: 20_000,
      })
      .toBe(0);
    await expect
      .poll(async () => (await sql(`select id from ivr_session where id = ?`, [oldCall])).length, { timeout: 5_000 })
      .toBe(0);
    await boss.stop({ graceful: false, wait: true });
    expect(await sql(`select id from ivr_session where id = ?`, [newCall])).toHaveLength(1);
    expect(Number((await sql(`select count(*) n from response where status = 'PARTIAL'`))[0].n)).toBe(partials - 1);
    expect(await stored()).toBe(complete);
  });
});
