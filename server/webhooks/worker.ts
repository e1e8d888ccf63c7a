import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../config.js';
import { subscribeDurable, type EventJob } from '../events/index.js';
import { ensureQueue, startJobQueue } from '../jobs/index.js';
import { GRACEFUL_STOP } from '../jobs/schedules.js';
import type { Logger } from '../logger.js';
import { attemptDelivery } from './delivery.js';
import { FANNED_OUT, fanOut, occurrencesOf } from './fanout.js';
import './events.js';

/** The durable queue of the domain events webhooks are told about (one job per event). */
export const WEBHOOK_FANOUT_QUEUE = 'webhooks-fanout';
/** One job per delivery (and per replay), retried with backoff. */
export const WEBHOOK_DELIVERY_QUEUE = 'webhooks-delivery';

/** How deliveries are retried: pg-boss doubles the delay each time (with jitter). */
export const webhookRetries = { retryLimit: 8, retryDelay: 30 };

/** Tunes the retries before the queues are created (tests wait seconds, not minutes). */
export function useWebhookRetries(policy: { retryLimit: number; retryDelay: number }): void {
  Object.assign(webhookRetries, policy);
}

/** Connects the module's backward edges (server/app/modules.ts): the events it posts, out of process. */
export function connectWebhooks(): void {
  for (const name of FANNED_OUT) subscribeDurable(name, WEBHOOK_FANOUT_QUEUE);
  subscribeDurable('webhookDeliveryQueued', WEBHOOK_DELIVERY_QUEUE);
}

/** Creates the module's queues (a job sent to a missing queue is dropped); the first creator's options stay. */
export async function createWebhookQueues(boss: PgBoss): Promise<void> {
  await ensureQueue(boss, WEBHOOK_FANOUT_QUEUE, {
    name: WEBHOOK_FANOUT_QUEUE,
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
  });
  await ensureQueue(boss, WEBHOOK_DELIVERY_QUEUE, {
    name: WEBHOOK_DELIVERY_QUEUE,
    ...webhookRetries,
    retryBackoff: true,
  });
}

export interface WebhooksWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** Fans events out to deliveries and posts them, in any number of server copies (pg-boss gives each job to one). */
export async function startWebhooksWorker(options: {
  config: Config;
  orm: MikroORM;
  log: Logger;
  boss?: PgBoss;
}): Promise<WebhooksWorker> {
  const { config, orm, log } = options;
  const boss = options.boss ?? (await startJobQueue(orm.config.get('clientUrl'), log, 'barometer-webhooks'));
  await createWebhookQueues(boss);
  await boss.work<EventJob>(WEBHOOK_FANOUT_QUEUE, { batchSize: 5, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await fanOut(orm, await occurrencesOf(orm, job.data));
  });
  await boss.work<EventJob<'webhookDeliveryQueued'>>(
    WEBHOOK_DELIVERY_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
    async ([job]) => {
      const last = job.retryCount >= job.retryLimit;
      const status = await attemptDelivery(orm, config, job.data.event, last);
      if (last && status !== 'DELIVERED')
        log.warn({ deliveryId: job.data.event.deliveryId }, 'webhook delivery failed');
    },
  );
  return {
    boss,
    async stop() {
      if (!options.boss) await boss.stop(GRACEFUL_STOP);
    },
  };
}
