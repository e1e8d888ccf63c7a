import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/**
 * A message to send about a case (the client's acknowledgement or rejection; staff notices of
 * assignment, transfer and escalation), written in the transaction of the change that causes it
 * and sent by the cases worker (any server copy claims it with SKIP LOCKED). Its id is the
 * idempotency key (Message-ID) on every try.
 */
@Entity()
@Index({ properties: ['sentAt', 'nextAttemptAt'] })
export class CaseMessage extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'attempts' | 'nextAttemptAt' | 'userId' | 'sentAt' | 'lastError' | 'failedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  /** CLIENT_ACKNOWLEDGED, CLIENT_REJECTED, ASSIGNED, TRANSFERRED, ESCALATED. */
  @Property({ type: 'text' })
  kind!: string;

  /** Staff messages: the user written to; client messages: null (the case's contact). */
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  /** Extra text (the rejection reason, the escalation level…). */
  @Property({ type: 'json', nullable: true })
  vars: Record<string, string> | null = null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  failedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
