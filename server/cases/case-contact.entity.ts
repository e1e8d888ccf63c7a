import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/**
 * The client's contact, apart from the case's facts: encrypted with distribution's contact keys
 * (AES-256-GCM), purged after the retention period or on request without touching the case.
 */
@Entity()
export class CaseContact extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'name';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** EMAIL or PHONE (distribution's ContactKind). */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  valueCipher!: string;

  @Property({ type: 'text', nullable: true })
  nameCipher: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
