import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** Working days per priority for one step. */
@ObjectType({ description: 'Working days allowed for a step, per priority.' })
export class PriorityDays {
  @Field(() => Int, { description: 'LOW priority.' }) LOW!: number;
  @Field(() => Int, { description: 'NORMAL priority.' }) NORMAL!: number;
  @Field(() => Int, { description: 'HIGH priority.' }) HIGH!: number;
  @Field(() => Int, { description: 'URGENT priority (0: the same day).' }) URGENT!: number;
}

/** A node of the organisation's own category tree (service attitude, waiting time, 理赔时效…). */
@ObjectType({ description: 'A case category of the organisation, with its deadlines in working days.' })
@Entity()
@Unique({ properties: ['organization', 'code'] })
export class CaseCategory extends TenantEntity {
  [OptionalProps]?: 'parentId' | 'createdAt';

  @Field(() => ID, { description: 'Stable id of the category.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Short code, unique in the organisation (e.g. ATTITUDE, CLAIM_SPEED).' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Name shown to staff.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The parent category; null at the top of the tree.' })
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  @Field(() => PriorityDays, { description: 'Working days to acknowledge, per priority.' })
  @Property({ type: 'json' })
  acknowledgeDays!: PriorityDays;

  @Field(() => PriorityDays, { description: 'Working days to resolve, from receipt, per priority.' })
  @Property({ type: 'json' })
  resolveDays!: PriorityDays;

  @Field({ description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
