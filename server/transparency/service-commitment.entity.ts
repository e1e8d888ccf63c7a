import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum CommitmentSource {
  METRIC = 'METRIC',
  INDICATOR = 'INDICATOR',
}
registerEnumType(CommitmentSource, {
  name: 'CommitmentSource',
  description: 'What measures a service commitment.',
  valuesConfig: {
    METRIC: { description: 'An administrative statistic (its rate, e.g. share of claims paid within 5 days).' },
    INDICATOR: { description: 'A node of an indicator model (its 0–100 score).' },
  },
});

@ObjectType({ description: 'The commitment in another language.' })
export class CommitmentText {
  @Field({ description: 'en, zh-CN or uk.' }) locale!: string;
  @Field({ description: 'The commitment as the public reads it.' }) text!: string;
}

/** A service commitment (服务承诺 / зобов’язання щодо обслуговування): a promise bound to a measure and a target. */
@ObjectType({
  description: 'A service commitment of a unit (a charter line), bound to a metric or indicator and a target.',
})
@Entity()
@Index({ properties: ['organization', 'unitId'] })
export class ServiceCommitment extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'translations' | 'published' | 'metricKey' | 'modelId' | 'indicatorKey';

  @Field(() => ID, { description: 'Id of the commitment.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The unit that commits (its subtree is measured).' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'The promise, e.g. "A claim is paid within 5 working days."' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => [CommitmentText], { description: 'The promise in the other interface languages.' })
  @Property({ type: 'json' })
  translations: CommitmentText[] = [];

  @Field(() => CommitmentSource, { description: 'What measures it.' })
  @Enum({ items: () => CommitmentSource })
  source!: CommitmentSource;

  @Field(() => String, { nullable: true, description: 'METRIC: the metric key.' })
  @Property({ type: 'text', nullable: true })
  metricKey: string | null = null;

  @Field(() => ID, { nullable: true, description: 'INDICATOR: the indicator model.' })
  @Property({ type: 'uuid', nullable: true })
  modelId: string | null = null;

  @Field(() => String, { nullable: true, description: 'INDICATOR: the node key (the index itself when null).' })
  @Property({ type: 'text', nullable: true })
  indicatorKey: string | null = null;

  @Field(() => Float, {
    description: 'The target: a METRIC rate (0.95 = 95 %) or an INDICATOR score; met at or beyond it.',
  })
  @Property({ type: 'double' })
  target!: number;

  @Field({ description: 'True when lower values are better (a METRIC whose target is below its worst value).' })
  @Property({ type: 'boolean' })
  lowerIsBetter: boolean = false;

  @Field({ description: 'Shown on the public transparency page.' })
  @Property({ type: 'boolean' })
  published: boolean = false;

  @Field({ description: 'When it was registered (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'A commitment measured over one period.' })
export class CommitmentPeriod {
  @Field({ description: 'The period, e.g. 2026-Q3.' }) label!: string;
  @Field({ description: 'First local day.' }) from!: string;
  @Field({ description: 'Day after the last.' }) to!: string;
  @Field(() => Float, { nullable: true, description: 'The measured value (rate or score); null without data.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'METRIC: Σ numerator; INDICATOR: responses.' })
  count!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the target was met; null without data.' })
  met!: boolean | null;
}

@ObjectType({ description: 'A commitment against its measured achievement, period by period.' })
export class CommitmentAchievement {
  @Field(() => ServiceCommitment, { description: 'The commitment.' }) commitment!: ServiceCommitment;
  @Field(() => [CommitmentPeriod], { description: 'Each period of the range, oldest first.' })
  periods!: CommitmentPeriod[];
  @Field(() => Float, {
    nullable: true,
    description: 'Periods met ÷ periods with data (the achievement rate); null when no period has data.',
  })
  achievementRate!: number | null;
}
