import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { startWebhooksWorker, useWebhookRetries, type WebhooksWorker } from '../../server/webhooks/index.js';
import { isPrivateAddress } from '../../server/webhooks/ssrf.js';
import { CREATE_CASE } from '../support/cases.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/*
 * The SSRF guard of outbound webhooks (docs/webhooks.md): with WEBHOOK_ALLOW_PRIVATE_NETWORKS off
 * (the default; the test harness turns it on because its receivers listen on 127.0.0.1), an endpoint
 * on a private, loopback or link-local address is refused when registered, and a delivery to a name
 * that resolves inside the network by the time it is posted is refused and logged, never sent.
 */

let app: TestApp;
let t: Tenant;
let receiver: Server;
let port: number;
let hits = 0;
let worker: WebhooksWorker;

const CREATE = `mutation($input: CreateOutboundWebhookInput!) { createOutboundWebhook(input: $input) { webhook { id } } }`;
const UPDATE = `mutation($input: UpdateOutboundWebhookInput!) { updateOutboundWebhook(input: $input) { id } }`;
const LOG = `query($id: ID!) { webhookDeliveries(webhookId: $id) { status attempts { statusCode error } } }`;

beforeAll(async () => {
  receiver = createServer((_req, res) => {
    hits++;
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
  useWebhookRetries({ retryLimit: 1, retryDelay: 1 });
  app = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' });
  t = await newTenant(app, 'Guarded');
  worker = await startWebhooksWorker({ config: app.config, orm: app.orm, log: createLogger('silent') });
});
afterAll(async () => {
  await worker?.stop();
  await app?.close();
  receiver?.close();
});

describe('the webhook SSRF guard', () => {
  it('knows the private, loopback and link-local ranges, IPv4-mapped IPv6 included', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254'])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '[::1]'])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('refuses to register an endpoint inside the network, with a sentence naming the address', async () => {
    const urls = [
      `http://127.0.0.1:${port}/hook`,
      `http://localhost:${port}/hook`,
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.8/hook',
      'https://[::1]/hook',
    ];
    for (const url of urls) {
      const error = await t.admin.fails(CREATE, {
        input: { name: 'Inside', url, unitId: t.headOfficeId, events: ['CASE_OPENED'] },
      });
      expect(error.extensions?.code, url).toBe('BAD_USER_INPUT');
      expect(error.extensions?.reason, url).toBe('PRIVATE_ADDRESS');
      expect(error.message, url).toMatch(/resolves to .*private, loopback or link-local/);
      expect(error.message).toContain('WEBHOOK_ALLOW_PRIVATE_NETWORKS');
    }
  });

  it('refuses to post when the name resolves inside the network at delivery time, and logs why', async () => {
    // A name that does not resolve now is accepted (docs/webhooks.md); it is checked again when posted.
    const { createOutboundWebhook } = await t.admin.ok(CREATE, {
      input: { name: 'CRM', url: 'https://crm.example.org/hook', unitId: t.headOfficeId, events: ['CASE_OPENED'] },
    });
    const id = createOutboundWebhook.webhook.id;
    // The operator's DNS now answers with a loopback address (as a rebinding name would): pointed at
    // "localhost", which resolves to 127.0.0.1 where the receiver listens, by a direct write.
    await app.orm.em
      .fork()
      .execute(`update outbound_webhook set url = ? where id = ?`, [`http://localhost:${port}/hook`, id]);
    await t.admin.ok(CREATE_CASE, {
      input: { unitId: t.headOfficeId, description: 'The claim took weeks.', channel: 'PHONE_HOTLINE' },
    });
    const end = Date.now() + 20_000;
    let log: { status: string; attempts: { statusCode: number | null; error: string }[] }[] = [];
    while ((!log.length || log[0].status === 'PENDING') && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 200));
      log = (await t.admin.ok(LOG, { id })).webhookDeliveries;
    }
    expect(log[0]?.status).toBe('FAILED');
    expect(log[0].attempts.length).toBeGreaterThanOrEqual(1);
    for (const attempt of log[0].attempts) {
      expect(attempt.statusCode).toBeNull();
      expect(attempt.error).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a private, loopback or link-local/);
    }
    expect(hits, 'nothing reached the receiver').toBe(0);
    // Re-pointing it through the API is refused the same way.
    const error = await t.admin.fails(UPDATE, { input: { id, url: `http://127.0.0.1:${port}/hook` } });
    expect(error.extensions?.reason).toBe('PRIVATE_ADDRESS');
  });
});
