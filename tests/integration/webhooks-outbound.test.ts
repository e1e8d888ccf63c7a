import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { startWebhooksWorker, useWebhookRetries, type WebhooksWorker } from '../../server/webhooks/index.js';
import { CREATE_CASE, move, newPerson } from '../support/cases.js';
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { createDistribution, SUBMIT } from '../support/distribution.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

/*
 * Outbound webhooks (docs/webhooks.md): an event becomes one delivery per subscribed webhook,
 * posted by pg-boss with retries and backoff, signed like the inbound webhooks
 * (X-Barometer-Timestamp, X-Barometer-Signature: sha256=HMAC("<timestamp>.<body>")), logged
 * attempt by attempt, posted once even with two workers, and replayable from the log.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let app: TestApp;
let t: SurveyTenant;
let receiver: Server;
let base: string;
const received: Received[] = [];
/** How many requests the receiver fails (HTTP 500) before it answers 204. */
let failFirst = 2;
const workers: WebhooksWorker[] = [];

const CREATE = `mutation($input: CreateOutboundWebhookInput!) {
  createOutboundWebhook(input: $input) { secret webhook { id name url unitId events disabledAt } } }`;
const LOG = `query($id: ID!) { webhookDeliveries(webhookId: $id) {
  id event status deliveredAt attempts { at statusCode error durationMs } } }`;
const REPLAY = `mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id status } }`;

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const verify = (secret: string, r: Received) =>
  r.headers['x-barometer-signature'] ===
  `sha256=${createHmac('sha256', secret).update(`${r.headers['x-barometer-timestamp']}.${r.body}`).digest('hex')}`;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const fail = received.filter((r) => r.path === req.url).length <= failFirst;
      res.writeHead(fail ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  // Seconds, not minutes, between retries: pg-boss waits retryDelay × 2^n (with jitter).
  useWebhookRetries({ retryLimit: 4, retryDelay: 1 });
  app = await startTestApp();
  t = await newSurveyTenant(app, 'Hooks');
  const log = createLogger('silent');
  // Two job workers, as two server copies would run.
  for (let i = 0; i < 2; i++) workers.push(await startWebhooksWorker({ config: app.config, orm: app.orm, log }));
});
afterAll(async () => {
  for (const w of workers) await w.stop();
  await app?.close();
  receiver?.close();
});

describe('outbound webhooks', () => {
  it('post a case opened: fails twice, then succeeds; signed, logged with three attempts, posted once by two workers', async () => {
    const { createOutboundWebhook: made } = await t.admin.ok(CREATE, {
      input: { name: 'CRM', url: `${base}/crm`, unitId: t.headOfficeId, events: ['CASE_OPENED', 'CASE_CLOSED'] },
    });
    expect(made.secret).toMatch(/^whsec_/);
    const { createCase } = await t.admin.ok(CREATE_CASE, {
      input: {
        unitId: t.headOfficeId,
        description: 'The claim took weeks.',
        channel: 'PHONE_HOTLINE',
        contact: 'client@example.org',
        contactName: 'Olena Client',
      },
    });
    const [delivery] = await until('the delivery to be DELIVERED', async () => {
      const log = (await t.admin.ok(LOG, { id: made.webhook.id })).webhookDeliveries;
      return log.length && log[0].status === 'DELIVERED' && log;
    });
    expect(delivery.event).toBe('CASE_OPENED');
    expect(delivery.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    expect(delivery.attempts[0].error).toBe('The receiver answered HTTP 500.');
    expect(delivery.attempts[2].error).toBeNull();
    const posts = received.filter((r) => r.path === '/crm');
    expect(posts).toHaveLength(3);
    for (const post of posts) {
      expect(verify(made.secret, post), 'HMAC-SHA256 over "<timestamp>.<body>"').toBe(true);
      expect(verify('whsec_wrong', post)).toBe(false);
      expect(post.headers['x-barometer-delivery']).toBe(delivery.id);
      expect(post.headers['x-barometer-event']).toBe('CASE_OPENED');
      expect(Math.abs(Number(post.headers['x-barometer-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    }
    const body = JSON.parse(posts[2].body);
    expect(body).toMatchObject({ event: 'CASE_OPENED', organizationId: t.orgId });
    expect(body.data).toMatchObject({ caseId: createCase.id, unitId: t.headOfficeId, reference: createCase.reference });
    expect(posts[2].body).not.toContain('client@example.org');
    expect(posts[2].body).not.toContain('Olena');
    // Once across the two workers: one pg-boss job, completed after two retries.
    const jobs = await app.orm.em
      .fork()
      .execute(
        `select state, retry_count from pgboss.job where name = 'webhooks-delivery' and data->'event'->>'deliveryId' = ?`,
        [delivery.id],
      );
    expect(jobs).toEqual([{ state: 'completed', retry_count: 2 }]);
  });

  it('replays a delivery from the log: same id and body, newly signed, a fourth attempt', async () => {
    const { outboundWebhooks } = await t.admin.ok(`{ outboundWebhooks { id name } }`);
    const hook = outboundWebhooks.find((w: { name: string }) => w.name === 'CRM');
    const [delivery] = (await t.admin.ok(LOG, { id: hook.id })).webhookDeliveries;
    const before = received.filter((r) => r.path === '/crm').length;
    const { replayWebhookDelivery } = await t.admin.ok(REPLAY, { id: delivery.id });
    expect(replayWebhookDelivery.status).toBe('PENDING');
    const [again] = await until('the replay to be logged', async () => {
      const log = (await t.admin.ok(LOG, { id: hook.id })).webhookDeliveries;
      return log[0].attempts.length === 4 && log[0].status === 'DELIVERED' && log;
    });
    expect(again.attempts[3].statusCode).toBe(204);
    const posts = received.filter((r) => r.path === '/crm');
    expect(posts).toHaveLength(before + 1);
    expect(posts.at(-1)!.headers['x-barometer-delivery']).toBe(delivery.id);
    expect(posts.at(-1)!.body).toBe(posts[0].body);
  });

  it('tell a completed response without contact or invitation, and only to webhooks over its unit', async () => {
    failFirst = 0;
    const branch = await newUnit(t.admin, t.headOfficeId, 'BR-A');
    const everywhere = await t.admin.ok(CREATE, {
      input: { name: 'BI', url: `${base}/bi`, unitId: t.headOfficeId, events: ['RESPONSE_COMPLETED'] },
    });
    await t.admin.ok(CREATE, {
      input: { name: 'Branch', url: `${base}/branch`, unitId: branch.id, events: ['RESPONSE_COMPLETED'] },
    });
    const { submitResponse } = await app.client().ok(SUBMIT, {
      input: { token: t.token, clientRequestId: randomUUID(), answers: { speed: 5, courtesy: 4 } },
    });
    const post = await until('the BI post', async () => received.find((r) => r.path === '/bi'));
    expect(verify(everywhere.createOutboundWebhook.secret, post)).toBe(true);
    const body = JSON.parse(post.body);
    expect(body.event).toBe('RESPONSE_COMPLETED');
    expect(Object.keys(body.data).sort()).toEqual([
      'band',
      'completedAt',
      'confidential',
      'questionnaireId',
      'responseId',
      'score',
      'unitId',
    ]);
    expect(body.data.responseId).toBe(submitResponse.responseId);
    // The response is the head office's: the branch's webhook is not told (its job has run: the BI one has).
    await until('the fan-out job to finish', async () => {
      const rows = await app.orm.em
        .fork()
        .execute(`select count(*)::int n from pgboss.job where name = 'webhooks-fanout' and state <> 'completed'`);
      return rows[0].n === 0;
    });
    expect(received.filter((r) => r.path === '/branch')).toHaveLength(0);
  });

  it('tell a response of a confidential survey without its score, band or time of day', async () => {
    const { links } = await createDistribution(t.admin, {
      name: 'Counter kiosk',
      questionnaireId: t.questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      anonymity: 'CONFIDENTIAL',
    });
    const { submitResponse } = await app.client().ok(SUBMIT, {
      input: { token: links[0].token, clientRequestId: randomUUID(), answers: { speed: 5, courtesy: 4 } },
    });
    const post = await until('the confidential post', async () =>
      received.find((r) => r.path === '/bi' && JSON.parse(r.body).data.responseId === submitResponse.responseId),
    );
    const { data } = JSON.parse(post.body);
    expect(data).toMatchObject({ confidential: true, score: null, band: null });
    expect(data.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('tell a case closed, and refuse bad URLs with a sentence', async () => {
    const { createCase } = await t.admin.ok(CREATE_CASE, {
      input: { unitId: t.headOfficeId, description: 'Rude at the counter.', channel: 'COUNTER' },
    });
    const owner = await newPerson(app, t, 'UNIT_MANAGER', t.headOfficeId, 'Owner');
    for (const to of ['ACKNOWLEDGED', 'ACCEPTED']) await move(t.admin, createCase.id, to);
    await move(t.admin, createCase.id, 'ASSIGNED', { ownerId: owner.id });
    await move(t.admin, createCase.id, 'INVESTIGATING');
    await move(t.admin, createCase.id, 'RESOLVED', { resolution: 'Apologised.', responsibility: 'STAFF' });
    await move(t.admin, createCase.id, 'CLOSED');
    const closed = await until('the CASE_CLOSED post', async () =>
      received.find((r) => r.path === '/crm' && r.headers['x-barometer-event'] === 'CASE_CLOSED'),
    );
    expect(JSON.parse(closed.body).data.caseId).toBe(createCase.id);
    const bad = await t.admin.fails(CREATE, {
      input: { name: 'FTP', url: 'ftp://files.example.org/in', unitId: t.headOfficeId, events: ['CASE_OPENED'] },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.message).toContain('https');
  });
});
