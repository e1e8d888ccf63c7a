/**
 * The public face of the webhooks module (outbound webhooks, docs/webhooks.md): what the
 * composition root may use. Anything not exported here is internal to the module.
 */
export * from './webhooks.module.js';
export {
  connectWebhooks,
  createWebhookQueues,
  startWebhooksWorker,
  useWebhookRetries,
  WEBHOOK_DELIVERY_QUEUE,
  WEBHOOK_FANOUT_QUEUE,
} from './worker.js';
export type { WebhooksWorker } from './worker.js';
export { WebhookEvent } from './webhook-event.js';
