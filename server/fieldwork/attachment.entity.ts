import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/**
 * Evidence (photo, audio, document) uploaded by an inspector before the visit is submitted, its
 * type checked by content; the bytes live under DATA_DIR/evidence. Once a visit names it,
 * `visitRootId` ties it to that visit, and only those who may see the visit may read it.
 */
@Entity()
export class Attachment extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'visitRootId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  inspectorId!: string;

  @Property({ type: 'uuid', nullable: true })
  visitRootId: string | null = null;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  mimeType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
