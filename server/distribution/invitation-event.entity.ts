import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { InvitationStatus } from './invitation.entity.js';

/** One step in an invitation's history. */
@ObjectType({ description: 'A status change of an invitation.' })
@Entity()
@Index({ properties: ['invitationId', 'at'] })
export class InvitationEvent extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  invitationId!: string;

  @Field(() => InvitationStatus)
  @Enum({ items: () => InvitationStatus })
  status!: InvitationStatus;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Provider answer, error, or which message.' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The idempotency key handed to the provider (SMTP Message-ID, gateway reference).',
  })
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;
}
