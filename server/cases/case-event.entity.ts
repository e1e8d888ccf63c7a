import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { CaseState } from './case.enums.js';

/** One line of a case's timeline: who did what, when. Never changed once written. */
@ObjectType({ description: 'An entry of a case’s timeline.' })
@Entity()
@Index({ properties: ['caseId', 'at'] })
export class CaseEvent extends TenantEntity {
  @Field(() => ID, { description: 'Id of the entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => ID, { nullable: true, description: 'The user who did it; null for the system (rules, schedule).' })
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field({
    description:
      'What happened: RECEIVED, a state change, NOTE, ESCALATED, NOTIFIED, FOLLOW_UP_SCHEDULED, ATTACHMENT, CONTACT_PURGED.',
  })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => CaseState, { nullable: true, description: 'The state after it, for state changes.' })
  @Enum({ items: () => CaseState, nullable: true })
  state: CaseState | null = null;

  @Field(() => String, { nullable: true, description: 'The note, reason or detail.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The unit concerned (transfer: the new unit).' })
  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;
}
