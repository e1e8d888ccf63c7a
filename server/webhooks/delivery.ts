import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { contactKeys, webhookSignature } from '../distribution/index.js';
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookDelivery, type DeliveryAttempt } from './webhook-delivery.entity.js';
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

/** One POST, its answer as an attempt (never throws). */
async function post(url: string, headers: Record<string, string>, body: string): Promise<DeliveryAttempt> {
  const started = Date.now();
  const at = new Date(started).toISOString();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    const ok = res.status >= 200 && res.status < 300;
    const error = ok ? null : `The receiver answered HTTP ${res.status}.`;
    return { at, statusCode: res.status, error, durationMs: Date.now() - started };
  } catch (e) {
    const error = `No answer: ${(e as Error).message}`.slice(0, 300);
    return { at, statusCode: null, error, durationMs: Date.now() - started };
  }
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
