import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** The public complaint form of a unit: a link token, like a survey link's. */
@ObjectType({ description: 'The public complaint form link of a unit.' })
@Entity()
@Unique({ properties: ['token'] })
export class CaseIntakeLink extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'active';

  @Field(() => ID, { description: 'Id of the link.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The unit complaints sent through it are about.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'The token in the form’s address (/complain/<token>).' })
  @Property({ type: 'text' })
  token!: string;

  @Field({ description: 'Whether it takes complaints.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When it was made.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
