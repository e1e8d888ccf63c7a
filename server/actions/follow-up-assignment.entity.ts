import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../db/tenant-entity.js';

/** A missed follow-up (a service event) put on an interviewer's call list; one interviewer per event. */
@Entity()
@Unique({ properties: ['organization', 'serviceEventId'] })
@Index({ properties: ['organization', 'interviewerId'] })
export class FollowUpAssignment extends TenantEntity {
  [OptionalProps]?: 'assignedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  serviceEventId!: string;

  @Property({ type: 'uuid' })
  interviewerId!: string;

  @Property({ type: 'uuid', nullable: true })
  assignedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  assignedAt: Date = new Date();
}
