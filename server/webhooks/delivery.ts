import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { contactKeys, webhookSignature } from '../distribution/index.js';
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookDelivery, type DeliveryAttempt } from './webhook-delivery.entity.js';
import { guardedLookup, isPrivateAddress, privateRefusal } from './ssrf.js';
import { DeliveryStatus } from './webhook-event.js';

/** How long a receiver has to answer one attempt. */
const TIMEOUT_MS = 10_000;

/** The headers of a posted delivery: the inbound webhooks' format (docs/distribution.md), plus the event and id. */
export function signedHeaders(secret: string, deliveryId: string, event: string, body: string, now = new Date()) {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    'content-type': 'application/json',
    'user-agent': 'Barometer-Webhooks/1',
    'x-barometer-timestamp': timestamp,
    'x-barometer-signature': webhookSignature(secret, timestamp, body),
    'x-barometer-event': event,
    'x-barometer-delivery': deliveryId,
  };
}

/** One POST through the SSRF guard (ssrf.ts), never following a redirect; its answer as an attempt (never throws). */
async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
): Promise<DeliveryAttempt> {
  const started = Date.now();
  const at = new Date(started).toISOString();
  const failed = (message: string): DeliveryAttempt => ({
    at,
    statusCode: null,
    error: `No answer: ${message}`.slice(0, 300),
    durationMs: Date.now() - started,
  });
  const target = new URL(url);
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  // An IP literal is connected to without a lookup: check it here.
  if (!allowPrivate && isIP(literal) && isPrivateAddress(literal))
    return failed(privateRefusal(target.hostname, literal));
  return new Promise((resolve) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allowPrivate),
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        const error = ok ? null : `The receiver answered HTTP ${status}.`;
        resolve({ at, statusCode: status, error, durationMs: Date.now() - started });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (e) => resolve(failed(e.message)));
    req.end(body);
  });
}

/**
 * Posts a delivery once and logs the attempt. Throws when it failed so that pg-boss retries it
 * with backoff; `last` (the job's final try) marks it FAILED instead of PENDING.
 */
export async function attemptDelivery(
  orm: MikroORM,
  config: Config,
  job: { orgId: string; deliveryId: string },
  last: boolean,
): Promise<DeliveryStatus> {
  const em = orm.em.fork();
  em.setFilterParams('tenant', { orgId: job.orgId });
  const delivery = await em.findOne(WebhookDelivery, { id: job.deliveryId });
  if (!delivery || delivery.status === DeliveryStatus.DELIVERED) return DeliveryStatus.DELIVERED;
  const hook = await em.findOne(OutboundWebhook, { id: delivery.webhookId });
  if (!hook || hook.disabledAt) {
    await record(
      orm,
      job,
      { at: new Date().toISOString(), statusCode: null, error: 'The webhook is off.', durationMs: 0 },
      DeliveryStatus.FAILED,
    );
    return DeliveryStatus.FAILED;
  }
  const secret = contactKeys(config).decrypt(hook.secretCipher);
  const attempt = await post(
    hook.url,
    signedHeaders(secret, delivery.id, delivery.event, delivery.body),
    delivery.body,
    config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
  );
  const status = !attempt.error ? DeliveryStatus.DELIVERED : last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
  await record(orm, job, attempt, status);
  if (status !== DeliveryStatus.DELIVERED && !last) throw new Error(attempt.error ?? 'Delivery failed.');
  return status;
}

/** Appends an attempt and sets the status in one statement (two workers never lose each other's lines). */
async function record(
  orm: MikroORM,
  job: { orgId: string; deliveryId: string },
  attempt: DeliveryAttempt,
  status: DeliveryStatus,
): Promise<void> {
  await orm.em.fork().execute(
    `update webhook_delivery set attempts = attempts || ?::jsonb, status = ?,
            delivered_at = case when ? = 'DELIVERED' then now() else delivered_at end
      where id = ? and organization_id = ?`,
    [JSON.stringify([attempt]), status, status, job.deliveryId, job.orgId],
  );
}
