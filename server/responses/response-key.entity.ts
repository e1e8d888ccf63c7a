import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/** Idempotency keys: small and unpartitioned, so their unique index needs no partition key. */
@Entity()
@Unique({ properties: ['organization', 'clientRequestId'] })
export class ResponseKey extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  clientRequestId!: string;

  @Property({ type: 'uuid' })
  responseId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
