import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum ServiceEventOutcome {
  INVITED = 'INVITED',
  SAMPLED_OUT = 'SAMPLED_OUT',
  FATIGUE = 'FATIGUE',
  OPTED_OUT = 'OPTED_OUT',
  NO_RULE = 'NO_RULE',
  NOT_REACHABLE = 'NOT_REACHABLE',
}
registerEnumType(ServiceEventOutcome, {
  name: 'ServiceEventOutcome',
  description: 'What a service event led to. Only INVITED events are eligible for the follow-up rate.',
});

/** Something that happened to a client (complaint closed, claim paid…), reported by another system. */
@ObjectType({
  description: 'A service event (complaint closed, claim paid, loss survey done…) reported by another system.',
})
@Entity()
@Unique({ properties: ['organization', 'externalId'] })
@Index({ properties: ['organization', 'occurredAt'] })
export class ServiceEvent extends TenantEntity {
  [OptionalProps]?: 'receivedAt' | 'invitationId' | 'deadlineAt' | 'ruleId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The sending system’s id; the same id twice is one event.' })
  @Property({ type: 'text' })
  externalId!: string;

  @Field()
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => ServiceEventOutcome)
  @Enum({ items: () => ServiceEventOutcome })
  outcome!: ServiceEventOutcome;

  @Property({ type: 'uuid', nullable: true })
  ruleId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  invitationId: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'The invitation must be delivered by then to count as followed up.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}
