/** The webhooks module's parts, for the composition root (server/app): its resolvers and entities. */
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { OutboundWebhookResolver } from './webhooks.resolver.js';

export const webhooksResolvers = [OutboundWebhookResolver] as const;
export const webhooksEntities = [OutboundWebhook, WebhookDelivery];
