import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';

export enum MetricKind {
  FLOW = 'FLOW',
  STOCK = 'STOCK',
}
registerEnumType(MetricKind, {
  name: 'MetricKind',
  description: 'FLOW (applications received, complaints) sums over periods; STOCK (offices, staff) takes the latest period.',
});

/** An administrative statistic the agency already records (管理及统计信息 / адміністративна статистика). */
@ObjectType({ description: 'An administrative statistic, scored from worst to target (either direction).' })
@Entity()
@Unique({ properties: ['organization', 'key'] })
export class Metric extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'denominatorLabel' | 'measurementUnit';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Stable key that METRIC indicators name.' })
  @Property({ type: 'text' })
  key!: string;

  @Field()
  @Property({ type: 'text' })
  label!: string;

  @Field({ description: 'What the value counts, e.g. "complaints" or "days".' })
  @Property({ type: 'text' })
  measurementUnit: string = '';

  @Field(() => MetricKind)
  @Enum({ items: () => MetricKind })
  kind!: MetricKind;

  @Field(() => Float, { description: 'Value (or rate) scoring 0.' })
  @Property({ type: 'double' })
  worst!: number;

  @Field(() => Float, { description: 'Value (or rate) scoring 100; below worst means lower is better.' })
  @Property({ type: 'double' })
  target!: number;

  @Field(() => String, { nullable: true, description: 'What the value is divided by (e.g. "applications"); null when the metric is not a rate.' })
  @Property({ type: 'text', nullable: true })
  denominatorLabel: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One value of a metric for one unit and one half-open period [periodStart, periodEnd). */
@ObjectType({ description: 'A recorded value of an administrative statistic for a unit and period.' })
@Entity()
@Unique({ properties: ['metric', 'unit', 'periodStart', 'periodEnd'] })
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
