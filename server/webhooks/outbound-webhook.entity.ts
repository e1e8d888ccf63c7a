import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { WebhookEvent } from './webhook-event.js';

/** An endpoint of another system that Barometer posts signed events to (docs/webhooks.md). */
@ObjectType({ description: 'An outbound webhook: a URL told about events of a unit subtree, signed with HMAC.' })
@Entity()
@Index({ properties: ['organization', 'disabledAt'] })
export class OutboundWebhook extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'disabledAt';

  @Field(() => ID, { description: 'Id of the webhook.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Name shown in lists (the receiving system).' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The https (or loopback http) URL events are posted to.' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => ID, { description: 'Events of this unit and its subtree are sent.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => [WebhookEvent], { description: 'The events posted.' })
  @Property({ type: 'json' })
  events: WebhookEvent[] = [];

  /** The signing secret, encrypted (it is needed to sign); shown once at creation. */
  @Property({ type: 'text' })
  secretCipher!: string;

  @Field(() => Date, { nullable: true, description: 'When it was switched off; null while it receives events.' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field({ description: 'When it was registered (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
