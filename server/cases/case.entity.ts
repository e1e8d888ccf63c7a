import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { CaseChannel, CaseOrigin, CasePriority, CaseState, Responsibility } from './case.enums.js';

/** A complaint or an alert, taken to a resolution. The client's contact lives apart (CaseContact). */
@ObjectType({ description: 'A complaint or an alert case, with its workflow state, deadlines and outcome.' })
@Entity({ tableName: 'complaint_case' })
@Unique({ properties: ['organization', 'reference'] })
@Unique({ properties: ['organization', 'externalRef'] })
@Index({ properties: ['organization', 'state'] })
@Index({ properties: ['organization', 'receivedAt'] })
export class Case extends TenantEntity {
  [OptionalProps]?:
    | 'receivedAt'
    | 'state'
    | 'reopenCount'
    | 'categoryId'
    | 'ownerId'
    | 'responseId'
    | 'alertRuleId'
    | 'externalRef'
    | 'createdBy'
    | 'language'
    | 'contactId';

  @Field(() => ID, { description: 'Stable id of the case.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'The reference people quote (e.g. C-2026-7KQ4M), told to the client.' })
  @Property({ type: 'text' })
  reference!: string;

  @Field(() => CaseOrigin, { description: 'Complaint or alert.' })
  @Enum({ items: () => CaseOrigin })
  origin!: CaseOrigin;

  @Field(() => CaseState, { description: 'Where the case is in its handling.' })
  @Enum({ items: () => CaseState })
  state: CaseState = CaseState.RECEIVED;

  @Field(() => ID, { description: 'The unit handling the case (it changes on transfer).' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The category in the organisation’s tree.' })
  @Property({ type: 'uuid', nullable: true })
  categoryId: string | null = null;

  @Field(() => CasePriority, { description: 'How urgent it is.' })
  @Enum({ items: () => CasePriority })
  priority!: CasePriority;

  @Field(() => CaseChannel, { description: 'How it came in.' })
  @Enum({ items: () => CaseChannel })
  channel!: CaseChannel;

  @Field({ description: 'What the client (or the alert) says happened.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The client’s language for messages (en, zh-CN, uk).' })
  @Property({ type: 'text', nullable: true })
  language: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The user handling it.' })
  @Property({ type: 'uuid', nullable: true })
  ownerId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: 'ALERT: the response that fired the rule (null for anonymous surveys: they open no case).',
  })
  @Property({ type: 'uuid', nullable: true })
  responseId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'ALERT: the rule that opened it.' })
  @Property({ type: 'uuid', nullable: true })
  alertRuleId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The sending system’s reference; one case per reference.' })
  @Property({ type: 'text', nullable: true })
  externalRef: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /** The staff member the complaint names (fieldwork's register, through responses' StaffRegister port); shown as `staff`. */
  @Property({ type: 'uuid', nullable: true })
  staffId: string | null = null;

  /** The encrypted, purgeable contact (case_contact); null when none was given or it was purged. */
  @Property({ type: 'uuid', nullable: true })
  contactId: string | null = null;

  @Field({ description: 'When it was received.' })
  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'The client must be told by then (working days).' })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgeDueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'It must be resolved by then (working days from receipt).' })
  @Property({ type: 'timestamptz', nullable: true })
  resolveDueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the client was told.' })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was found valid.' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last resolved.' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was found invalid (told to the client).' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'The resolution.' })
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @Field(() => Responsibility, { nullable: true, description: 'Who was found responsible.' })
  @Enum({ items: () => Responsibility, nullable: true })
  responsibility: Responsibility | null = null;

  @Field(() => String, { nullable: true, description: 'The root cause, a short label for analysis.' })
  @Property({ type: 'text', nullable: true })
  cause: string | null = null;

  @Field(() => String, { nullable: true, description: 'Compensation granted, if any.' })
  @Property({ type: 'text', nullable: true })
  compensation: string | null = null;

  @Field(() => String, { nullable: true, description: 'What was agreed with the client.' })
  @Property({ type: 'text', nullable: true })
  agreement: string | null = null;

  @Field(() => Int, { description: 'How often the client disputed the outcome.' })
  @Property({ type: 'integer' })
  reopenCount: number = 0;

  /** The complaint_closed service event of the last closing and its follow-up invitation. */
  @Property({ type: 'uuid', nullable: true })
  serviceEventId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  followUpInvitationId: string | null = null;
}
