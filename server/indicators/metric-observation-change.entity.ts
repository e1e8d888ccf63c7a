import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

/** Every change to an observation: who, when, before and after. */
@ObjectType({ description: 'A change to a recorded statistic.' })
@Entity()
export class MetricObservationChange extends TenantEntity {
  [OptionalProps]?: 'changedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', index: true })
  observationId!: string;

  @Field(() => Float, { nullable: true, description: 'Null when the observation was first recorded.' })
  @Property({ type: 'double', nullable: true })
  valueBefore!: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  denominatorBefore!: number | null;

  @Field(() => Float)
  @Property({ type: 'double' })
  valueAfter!: number;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  denominatorAfter!: number | null;

  @Property({ type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();
}
