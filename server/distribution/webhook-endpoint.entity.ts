import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

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
