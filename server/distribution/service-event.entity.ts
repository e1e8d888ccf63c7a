import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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
@ObjectType({ description: 'A service event (complaint closed, claim paid, loss survey done…) reported by another system.' })
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

  @Field(() => Date, { nullable: true, description: 'The invitation must be delivered by then to count as followed up.' })
  @Property({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}

/** Which distribution an event type leads to, when, by which deadline, how often. */
@ObjectType({ description: 'What an event type triggers: which distribution, after what delay, by which deadline.' })
@Entity()
@Unique({ properties: ['organization', 'eventType'] })
export class EventRule extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'active';

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

  @Field(() => Int, { description: 'Working days after the event day by which the invitation must be delivered (0: the same day).' })
  @Property({ type: 'integer' })
  deadlineWorkingDays!: number;

  @Field(() => Float, { description: 'Share of events invited, 0–1 (1: every event).' })
  @Property({ type: 'double' })
  samplingRate!: number;

  @Field(() => Int, { description: 'No invitation to the same contact within this many days (0: no limit).' })
  @Property({ type: 'integer' })
  fatigueDays!: number;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** The organisation's working week and holidays, in its time zone. */
@ObjectType({ description: 'Working days and holidays of the organisation, for follow-up deadlines.' })
@Entity()
@Unique({ properties: ['organization'] })
export class OrgCalendar extends TenantEntity {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => [Int], { description: 'ISO weekdays that are working days (1 Monday … 7 Sunday).' })
  @Property({ type: 'json' })
  workingDays!: number[];

  @Field(() => [String], { description: 'Holidays as YYYY-MM-DD, sorted.' })
  @Property({ type: 'json' })
  holidays!: string[];

  @Field()
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** A signed-webhook sender: its secret (encrypted) and the unit its events may concern. */
@ObjectType({ description: 'An endpoint other systems post signed service events to.' })
@Entity()
export class WebhookEndpoint extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'revokedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  secretCipher!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** Signatures already seen, so a replayed request is refused. */
@Entity()
@Unique({ properties: ['endpointId', 'signature'] })
export class WebhookReceipt extends TenantEntity {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  endpointId!: string;

  @Property({ type: 'text' })
  signature!: string;

  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();
}

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
