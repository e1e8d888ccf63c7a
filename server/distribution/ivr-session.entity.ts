import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/** A caller answering by keypad, one question at a time. */
@Entity()
export class IvrSession extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'answers' | 'position' | 'responseId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The distribution link or invitation token the call answers. */
  @Property({ type: 'text' })
  tokenCipher!: string;

  @Property({ type: 'json' })
  answers: Record<string, unknown> = {};

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'uuid', nullable: true })
  responseId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
