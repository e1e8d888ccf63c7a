import { ArrayMaxSize, ArrayNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OutboundWebhook } from './outbound-webhook.entity.js';
import { WebhookEvent } from './webhook-event.js';

@InputType({ description: 'An endpoint to register: where events of a unit subtree are posted.' })
export class CreateOutboundWebhookInput {
  @Field({ description: 'Name of the receiving system, shown in lists.' })
  @MaxLength(200)
  name!: string;

  @Field({ description: 'The https URL to post to (plain http only to 127.0.0.1/localhost outside production).' })
  @MaxLength(2000)
  url!: string;

  @Field(() => ID, { description: 'Events of this unit and its subtree are posted.' })
  unitId!: string;

  @Field(() => [WebhookEvent], { description: 'The events to post (at least one).' })
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  events!: WebhookEvent[];
}

@InputType({ description: 'Changes to an outbound webhook; omitted fields stay as they are.' })
export class UpdateOutboundWebhookInput {
  @Field(() => ID, { description: 'The webhook.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [WebhookEvent], { nullable: true, description: 'The events to post from now on.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(20)
  events?: WebhookEvent[] | null;

  @Field(() => Boolean, { nullable: true, description: 'False switches it off (nothing is posted); true back on.' })
  @IsOptional()
  enabled?: boolean | null;
}

@ObjectType({ description: 'A registered webhook and its signing secret, which is shown only here.' })
export class CreateOutboundWebhookPayload {
  @Field(() => OutboundWebhook, { description: 'The webhook.' })
  webhook!: OutboundWebhook;

  @Field({
    description:
      'Shown once: check "<X-Barometer-Timestamp>.<raw body>" with HMAC-SHA256 and this secret against X-Barometer-Signature (sha256=<hex>).',
  })
  secret!: string;
}
