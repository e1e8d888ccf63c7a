import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum MetricKind {
  FLOW = 'FLOW',
  STOCK = 'STOCK',
}
registerEnumType(MetricKind, {
  name: 'MetricKind',
  description:
    'FLOW (applications received, complaints) sums over periods; STOCK (offices, staff) takes the latest period.',
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

  @Field(() => String, {
    nullable: true,
    description: 'What the value is divided by (e.g. "applications"); null when the metric is not a rate.',
  })
  @Property({ type: 'text', nullable: true })
  denominatorLabel: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
