import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { ResponseChangeKind } from './response.entity.js';

/** Curation history: who changed what about a response, and why. */
@ObjectType({ description: 'A curation of a response: excluded, included again, or corrected.' })
@Entity()
export class ResponseChange extends TenantEntity {
  [OptionalProps]?: 'changedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', index: true })
  responseId!: string;

  @Field(() => ResponseChangeKind)
  @Enum({ items: () => ResponseChangeKind })
  kind!: ResponseChangeKind;

  @Field()
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Property({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Property({ type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();
}
