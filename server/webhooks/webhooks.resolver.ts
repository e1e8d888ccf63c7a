import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import {
  createOutboundWebhook,
  listOutboundWebhooks,
  replayWebhookDelivery,
  updateOutboundWebhook,
  webhookDeliveries,
} from './webhooks.service.js';
import {
  CreateOutboundWebhookInput,
  CreateOutboundWebhookPayload,
  UpdateOutboundWebhookInput,
} from './webhooks.types.js';

@Resolver(() => OutboundWebhook)
export class OutboundWebhookResolver {
  @Mutation(() => CreateOutboundWebhookPayload, {
    description: 'Registers an outbound webhook; the signing secret is shown once, in the answer.',
  })
  @Allow(Permission.API_KEY_MANAGE)
  createOutboundWebhook(
    @Arg('input', { description: 'Name, URL, unit and events.' }) input: CreateOutboundWebhookInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateOutboundWebhookPayload> {
    return createOutboundWebhook(ctx, input);
  }

  @Mutation(() => OutboundWebhook, { description: 'Renames, re-points, re-subscribes or switches off a webhook.' })
  @Allow(Permission.API_KEY_MANAGE)
  updateOutboundWebhook(
    @Arg('input', { description: 'The webhook and what changes.' }) input: UpdateOutboundWebhookInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OutboundWebhook> {
    return updateOutboundWebhook(ctx, input);
  }

  @Query(() => [OutboundWebhook], {
    description: 'Outbound webhooks of the units the caller administers (bounded: 200).',
  })
  @Allow(Permission.API_KEY_MANAGE)
  outboundWebhooks(@Ctx() ctx: RequestContext): Promise<OutboundWebhook[]> {
    return listOutboundWebhooks(ctx);
  }

  @Query(() => [WebhookDelivery], {
    description: "A webhook's delivery log, newest first, with every attempt. Bounded: `first`, at most 200.",
  })
  @Allow(Permission.API_KEY_MANAGE)
  webhookDeliveries(
    @Arg('webhookId', () => ID, { description: 'The webhook.' }) webhookId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (at most 200).' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDelivery[]> {
    return webhookDeliveries(ctx, webhookId, first);
  }

  @Mutation(() => WebhookDelivery, { description: 'Posts a logged delivery again (same id and body, newly signed).' })
  @Allow(Permission.API_KEY_MANAGE)
  replayWebhookDelivery(
    @Arg('deliveryId', () => ID, { description: 'The delivery.' }) deliveryId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDelivery> {
    return replayWebhookDelivery(ctx, deliveryId);
  }
}
