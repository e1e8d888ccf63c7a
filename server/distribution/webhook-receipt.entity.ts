import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/** Signatures already seen, so a replayed request is refused. */
@Entity()
@Unique({ properties: ['organization', 'endpointId', 'signature'] })
export class WebhookReceipt extends TenantEntity {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  endpointId!: string;

  @Property({ type: 'text' })
  signature!: string;

  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}
