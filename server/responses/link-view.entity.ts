import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/**
 * How often a link's survey was opened per day (the A-11 "surveys offered" of link channels).
 * Resumed surveys count again: each is an offer seen.
 */
@Entity()
export class LinkView extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  linkId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  views!: number;
}
