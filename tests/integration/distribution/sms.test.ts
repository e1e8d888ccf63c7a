import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryWorker } from '../../../server/distribution/delivery/worker.js';
import { smsLength } from '../../../server/distribution/delivery/gsm.js';
import { newTenant, type Tenant } from '../../support/factories.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../../support/questionnaires.js';
import {
  createDistribution,
  eventually,
  FAST_DELIVERY,
  INVITE,
  invitationsOf,
  requestId,
  startWorker,
  STATS,
  SUBMIT,
} from '../../support/distribution.js';

interface GatewayRequest {
  auth: string | undefined;
  idempotencyKey: string | undefined;
  body: Record<string, any>;
}

let app: TestApp;
let gateway: Server;
let worker: DeliveryWorker;
let t: Tenant;
let questionnaireId: string;
const requests: GatewayRequest[] = [];
const failing = new Map<string, 'error' | 'garbage'>();

const to = (number: string) => requests.filter((r) => r.body.to === number);

beforeAll(async () => {
  // A loopback SMS gateway: JSON in, JSON out; chosen numbers get a 500 or an HTML page.
  gateway = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data);
      requests.push({
        auth: req.headers.authorization,
        idempotencyKey: req.headers['idempotency-key'] as string,
        body,
      });
      const mode = failing.get(body.to);
      if (mode === 'error') return res.writeHead(500).end('{"error":"internal"}');
      if (mode === 'garbage')
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Service Unavailable</html>');
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `gw-${requests.length}`, status: 'accepted' }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', () => r()));
  const port = (gateway.address() as { port: number }).port;
  app = await startTestApp({
    ...FAST_DELIVERY,
    SMS_GATEWAY_URL: `http://127.0.0.1:${port}/send`,
    SMS_GATEWAY_AUTH: 'Bearer gateway-secret',
    SMS_SENDER: 'Agency',
  });
  worker = await startWorker(app);
  t = await newTenant(app, 'Pension fund');
  const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Pension survey');
  questionnaireId = q.id;
  await publish(t.admin, q.id, 'v1');
});
afterAll(async () => {
  await worker?.stop();
  await app?.close();
  await new Promise((r) => gateway?.close(r));
});

describe('SMS invitations', () => {
  it('counts GSM-7 and UCS-2 parts', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('Дякуємо')).toEqual({ encoding: 'UCS-2', units: 7, segments: 1 });
    expect(smsLength('я'.repeat(71))).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it('invite → gateway → status callback → respond → counted', async () => {
    const d = await createDistribution(t.admin, {
      name: 'SMS after visit',
      questionnaireId,
      channel: 'SMS',
      unitIds: [t.headOfficeId],
    });
    const bad = await t.admin.fails(INVITE, {
      input: { distributionId: d.id, csv: 'phone,language\n+380 67 123 4567,uk\n12345,en\n+1 202 555 01,en\n' },
    });
    expect((bad.extensions?.problems as any[]).map((p) => [p.row, p.field])).toEqual([
      [3, 'contact'],
      [4, 'contact'],
    ]);
    expect(bad.extensions?.problems).toContainEqual({
      row: 3,
      field: 'contact',
      message: '"12345" is not a phone number in international format (start with + and the country code).',
    });

    await t.admin.ok(INVITE, {
      input: {
        distributionId: d.id,
        respondents: [{ contact: '+380 67 123 4567', language: 'uk' }, { contact: '+44 7911 123456' }],
      },
    });
    const ua = await eventually(async () => to('+380671234567')[0], 20_000, 'the SMS');
    expect(ua.auth).toBe('Bearer gateway-secret');
    expect(ua.body).toMatchObject({ from: 'Agency', encoding: 'UCS-2' });
    expect(ua.body.text).toContain('оцініть');
    const [inv] = (await invitationsOf(t.admin, d.id)).filter((i) => i.contact.startsWith('+380'));
    expect(ua.body.reference).toBe(`${inv.id}.0`);
    expect(ua.idempotencyKey).toBe(`${inv.id}.0`);
    const en = await eventually(async () => to('+447911123456')[0], 20_000, 'the English SMS');
    expect(en.body.encoding).toBe('GSM-7');

    // The gateway reports delivery on the per-message callback, which is signed.
    expect(
      (
        await fetch(ua.body.callbackUrl.replace(/sig=[^&]+/, 'sig=forged'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"status":"delivered"}',
        })
      ).status,
    ).toBe(403);
    const cb = await fetch(ua.body.callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"delivered"}',
    });
    expect(cb.status).toBe(200);
    await eventually(
      async () => (await invitationsOf(t.admin, d.id)).find((i) => i.id === inv.id)?.status === 'DELIVERED',
      10_000,
      'delivered',
    );

    const token = decodeURIComponent(/\/r\/(\S+)/.exec(ua.body.text)![1]);
    const submitted = await app
      .client()
      .request(SUBMIT, { input: { token, answers: { speed: 2 }, clientRequestId: requestId() } });
    expect(submitted.errors).toBeUndefined();
    const stats = (await t.admin.ok(STATS, { id: d.id })).distribution.stats;
    expect(stats).toMatchObject({ invited: 2, sent: 2, delivered: 1, completed: 1, responses: 1 });
    expect((await t.admin.ok(`{ responses(filter: { channel: SMS }) { totalCount } }`)).responses.totalCount).toBe(1);
  });

  it('a gateway answering 500 or garbage is retried with the same reference, then failed, never lost; a message too long fails at once', async () => {
    failing.set('+380501112233', 'error');
    failing.set('+380502223344', 'garbage');
    const d = await createDistribution(t.admin, {
      name: 'Broken gateway',
      questionnaireId,
      channel: 'SMS',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(INVITE, {
      input: { distributionId: d.id, respondents: [{ contact: '+380501112233' }, { contact: '+380502223344' }] },
    });
    const long = await createDistribution(t.admin, {
      name: 'Too long',
      questionnaireId,
      channel: 'SMS',
      unitIds: [t.headOfficeId],
      messageTemplates: [{ language: 'en', body: `${'Шановний клієнте! '.repeat(30)} {{link}}` }],
    });
    await t.admin.ok(INVITE, { input: { distributionId: long.id, respondents: [{ contact: '+380503334455' }] } });

    const settled = await eventually(
      async () => {
        const list = await invitationsOf(t.admin, d.id);
        return list.every((i) => i.status === 'FAILED') ? list : null;
      },
      30_000,
      'failed after retries',
    );
    for (const inv of settled) {
      const sent = requests.filter((r) => r.body.reference === `${inv.id}.0`);
      expect(sent).toHaveLength(3);
      expect(inv.history.filter((h: any) => h.idempotencyKey === `${inv.id}.0`)).toHaveLength(3);
    }
    expect(settled.flatMap((i) => i.history.map((h: any) => h.detail)).join(' ')).toMatch(/not JSON/);
    const [tooLong] = await eventually(
      async () => {
        const list = await invitationsOf(t.admin, long.id);
        return list[0]?.status === 'FAILED' ? list : null;
      },
      20_000,
      'too long',
    );
    expect(tooLong.history.at(-1).detail).toMatch(/needs \d+ SMS parts \(UCS-2/);
    expect(to('+380503334455')).toHaveLength(0);
  });
});
