import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { Metric } from './metric.entity.js';

/** One value of a metric for one unit and one half-open period [periodStart, periodEnd). */
@ObjectType({ description: 'A recorded value of an administrative statistic for a unit and period.' })
@Entity()
@Unique({ properties: ['organization', 'metric', 'unit', 'periodStart', 'periodEnd'] })
@Index({ properties: ['organization', 'metric', 'periodStart'] })
export class MetricObservation extends TenantEntity {
  [OptionalProps]?: 'updatedAt' | 'denominator';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Metric, { ref: true, deleteRule: 'cascade' })
  metric!: Ref<Metric>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field({ description: 'First day of the period (inclusive).' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field({ description: 'Day after the period (exclusive).' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  denominator: number | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
