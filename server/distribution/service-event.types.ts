import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

@ObjectType({ description: 'Eligible events followed up by their deadline.' })
export class FollowUpRate {
  @Field(() => Int, { description: 'Invited events (not sampled out, not stopped by the fatigue rule or an opt-out).' })
  eligible!: number;
  @Field(() => Int, {
    description: 'Of which the invitation was delivered (PHONE: the call completed) before the deadline.',
  })
  followedUp!: number;
  @Field(() => Float, { nullable: true, description: 'followedUp ÷ eligible; null without eligible events.' }) rate!:
    number | null;
}

@ObjectType()
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field({
    description:
      'Shown once: sign "<timestamp>.<body>" with HMAC-SHA256 and send X-Barometer-Timestamp and X-Barometer-Signature: sha256=<hex>.',
  })
  secret!: string;
  @Field() url!: string;
}
