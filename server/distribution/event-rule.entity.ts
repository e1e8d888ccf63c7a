import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** Which distribution an event type leads to, when, by which deadline, how often. */
@ObjectType({ description: 'What an event type triggers: which distribution, after what delay, by which deadline.' })
@Entity()
@Unique({ properties: ['organization', 'eventType'] })
export class EventRule extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'active' | 'serviceSituation';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  eventType!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  distributionId!: string;

  @Field(() => Float, { description: 'Hours after the event before the invitation goes out.' })
  @Property({ type: 'double' })
  delayHours!: number;

  @Field(() => Int, {
    description: 'Working days after the event day by which the invitation must be delivered (0: the same day).',
  })
  @Property({ type: 'integer' })
  deadlineWorkingDays!: number;

  @Field(() => Float, { description: 'Share of events invited, 0–1 (1: every event).' })
  @Property({ type: 'double' })
  samplingRate!: number;

  @Field(() => Int, { description: 'No invitation to the same contact within this many days (0: no limit).' })
  @Property({ type: 'integer' })
  fatigueDays!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Service situation of invitations this event type triggers (an event’s own serviceSituation comes first); ' +
      'null: the distribution’s.',
  })
  @Property({ type: 'text', nullable: true })
  serviceSituation: string | null = null;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
