import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/** An opt-out, honoured forever: only the keyed hash is kept, so it survives purging the contact. */
@Entity()
@Unique({ properties: ['organization', 'valueHash'] })
export class OptOut extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  valueHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
