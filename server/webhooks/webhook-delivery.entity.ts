import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { DeliveryStatus, WebhookEvent } from './webhook-event.js';

@ObjectType({ description: 'One try to post a delivery.' })
export class DeliveryAttempt {
  @Field({ description: 'When it was tried (UTC, ISO 8601).' }) at!: string;
  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came.' })
  statusCode!: number | null;
  @Field(() => String, { nullable: true, description: 'What went wrong, when it failed.' }) error!: string | null;
  @Field(() => Int, { description: 'How long it took, in milliseconds.' }) durationMs!: number;
}

/** One event for one webhook: its body (fixed at creation) and every attempt to post it. */
@ObjectType({ description: 'An event posted (or to be posted) to an outbound webhook, with its attempts.' })
@Entity()
@Unique({ properties: ['organization', 'webhookId', 'eventKey'] })
@Index({ properties: ['organization', 'webhookId', 'createdAt'] })
export class WebhookDelivery extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'status' | 'attempts' | 'deliveredAt';

  @Field(() => ID, { description: 'Id of the delivery; sent as X-Barometer-Delivery so a receiver drops repeats.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The webhook.' })
  @Property({ type: 'uuid' })
  webhookId!: string;

  @Field(() => WebhookEvent, { description: 'The event.' })
  @Enum({ items: () => WebhookEvent })
  event!: WebhookEvent;

  /** What happened, once per webhook (e.g. "CASE_OPENED:<case id>"): a retried fan-out makes no second delivery. */
  @Property({ type: 'text' })
  eventKey!: string;

  /** The JSON body posted. */
  @Property({ type: 'text' })
  body!: string;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  @Enum({ items: () => DeliveryStatus })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Field(() => [DeliveryAttempt], { description: 'Every attempt, oldest first.' })
  @Property({ type: 'json' })
  attempts: DeliveryAttempt[] = [];

  @Field(() => Date, { nullable: true, description: 'When a 2xx came back.' })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field({ description: 'When the event was queued (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
