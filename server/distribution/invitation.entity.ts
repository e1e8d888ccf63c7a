import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { Channel } from '../responses/index.js';

export enum InvitationStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  OPENED = 'OPENED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  BOUNCED = 'BOUNCED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
  OPTED_OUT = 'OPTED_OUT',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands; every change is kept in its history.',
});

/** Statuses after which nothing more is sent. */
export const FINAL_STATUSES: readonly InvitationStatus[] = [
  InvitationStatus.COMPLETED,
  InvitationStatus.BOUNCED,
  InvitationStatus.FAILED,
  InvitationStatus.EXPIRED,
  InvitationStatus.OPTED_OUT,
];

/** A personal, one-time invitation to answer a distribution. */
@ObjectType({ description: 'A personal one-time invitation to answer a distribution.' })
@Entity()
@Index({ properties: ['organization', 'distributionId', 'createdAt'] })
@Index({ properties: ['dueAt'] })
export class Invitation extends TenantEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'status'
    | 'messagesSent'
    | 'dueMessage'
    | 'dueAt'
    | 'dispatchedMessage'
    | 'deliveredAt'
    | 'completedAt'
    | 'responseId'
    | 'serviceEventId'
    | 'deadlineAt'
    | 'statusAt'
    | 'situation';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  distributionId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  /** null once the contact was purged. */
  @Property({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  language!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Service situation of the invitee (from the event or the list); recorded on the response.',
  })
  @Property({ type: 'text', nullable: true })
  situation: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The sending system’s reference (claim, case, complaint number).',
  })
  @Property({ type: 'text', nullable: true })
  externalRef!: string | null;

  /** SHA-256 of the personal token (lookups). */
  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  /** The token itself, encrypted: every message and reminder carries the same one link. */
  @Property({ type: 'text' })
  tokenCipher!: string;

  @Field(() => InvitationStatus)
  @Enum({ items: () => InvitationStatus })
  status: InvitationStatus = InvitationStatus.QUEUED;

  @Field()
  @Property({ type: 'timestamptz' })
  statusAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Int, { description: 'Messages accepted by the provider: 1 for the invitation, one more per reminder.' })
  @Property({ type: 'integer' })
  messagesSent: number = 0;

  /** The message to send next (0: the invitation, k: reminder k), when one is due. */
  @Property({ type: 'integer', nullable: true })
  dueMessage: number | null = 0;

  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = new Date();

  /** The last message handed to the job queue. */
  @Property({ type: 'integer', nullable: true })
  dispatchedMessage: number | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'In anonymous distributions, the day only.' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  /** Kept for CONFIDENTIAL and IDENTIFIED distributions only; never for ANONYMOUS ones. */
  @Property({ type: 'uuid', nullable: true })
  responseId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  serviceEventId: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'For invitations triggered by a service event: the follow-up deadline.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
