import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { ActionStatus, TargetKind } from './action-status.js';
import { RecheckReason } from './recheck-verdict.js';

export enum RecheckTrigger {
  SCHEDULED = 'SCHEDULED',
  ON_DEMAND = 'ON_DEMAND',
}
registerEnumType(RecheckTrigger, {
  name: 'RecheckTrigger',
  description: 'What started a re-check.',
  valuesConfig: {
    SCHEDULED: { description: 'The schedule, after the deadline and the re-check period.' },
    ON_DEMAND: { description: 'A person asked for it.' },
  },
});

registerEnumType(RecheckReason, {
  name: 'RecheckReason',
  description: 'Why a re-check came out as it did; pages and e-mails write the sentence in the reader’s language.',
  valuesConfig: {
    NO_INDICATOR: { description: 'NO_DATA: the action names no indicator.' },
    FEW_BEFORE: { description: 'NO_DATA: fewer responses before the action than the model’s minimum.' },
    FEW_AFTER: { description: 'NO_DATA: fewer responses over the re-check period than the model’s minimum.' },
    NO_VALUE_BEFORE: { description: 'NO_DATA: the METRIC has no value before the action.' },
    NO_VALUE_AFTER: { description: 'NO_DATA: the METRIC has no value over the re-check period.' },
    METRIC_REACHED: { description: 'MET: the METRIC value reaches the target in its direction.' },
    METRIC_SHORT: { description: 'NOT_MET: the METRIC value falls short of the target.' },
    TARGET_REACHED: { description: 'MET: the score target is reached (and the rise significant where asked).' },
    SHORT_OF_TARGET: { description: 'NOT_MET: the score target is not reached.' },
    NOT_SIGNIFICANT: { description: 'NOT_MET: the target is reached but the rise is not significant, as asked.' },
  },
});

/** One re-check (复查验收) of an action: both sides' numbers and the verdict, stored as computed. */
@ObjectType({ description: 'A re-check: the score before the action and over the re-check period, and the verdict.' })
@Entity()
@Index({ properties: ['actionId', 'checkedAt'] })
export class ActionRecheck extends TenantEntity {
  [OptionalProps]?: 'checkedAt' | 'reasonCode' | 'targetKind' | 'targetValue';

  @Field(() => ID, { description: 'Id of the re-check.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  actionId!: string;

  @Field(() => RecheckTrigger, { description: 'What started it.' })
  @Enum({ items: () => RecheckTrigger })
  trigger!: RecheckTrigger;

  @Field(() => ActionStatus, { description: 'MET, NOT_MET or NO_DATA.' })
  @Enum({ items: () => ActionStatus })
  verdict!: ActionStatus;

  @Field({ description: 'Why, in English words (as written in the history); pages use reasonCode and the numbers.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => RecheckReason, {
    nullable: true,
    description: 'Why, as a code, to be written with the numbers in the reader’s language; null on older re-checks.',
  })
  @Enum({ items: () => RecheckReason, nullable: true })
  reasonCode: RecheckReason | null = null;

  @Field(() => TargetKind, { nullable: true, description: 'The action’s target kind when it was re-checked.' })
  @Enum({ items: () => TargetKind, nullable: true })
  targetKind: TargetKind | null = null;

  @Field(() => Float, { nullable: true, description: 'The action’s target value when it was re-checked.' })
  @Property({ type: 'double', nullable: true })
  targetValue: number | null = null;

  @Field({ description: 'First local day of the "before" period (the period the problem was found in).' })
  @Property({ type: 'date' })
  beforeFrom!: string;

  @Field({ description: 'Day after the last of the "before" period.' })
  @Property({ type: 'date' })
  beforeTo!: string;

  @Field(() => Float, { nullable: true, description: 'Score before (0–100).' })
  @Property({ type: 'double', nullable: true })
  beforeScore: number | null = null;

  @Field(() => Float, { nullable: true, description: 'METRIC value before.' })
  @Property({ type: 'double', nullable: true })
  beforeValue: number | null = null;

  @Field(() => Int, { description: 'Responses before.' })
  @Property({ type: 'integer' })
  beforeN!: number;

  @Field(() => Float, { nullable: true, description: '95% half-width before.' })
  @Property({ type: 'double', nullable: true })
  beforeCi95: number | null = null;

  @Property({ type: 'double', nullable: true })
  beforeSe: number | null = null;

  @Field({ description: 'First local day of the re-check period.' })
  @Property({ type: 'date' })
  afterFrom!: string;

  @Field({ description: 'Day after the last of the re-check period.' })
  @Property({ type: 'date' })
  afterTo!: string;

  @Field(() => Float, { nullable: true, description: 'Score over the re-check period (0–100).' })
  @Property({ type: 'double', nullable: true })
  afterScore: number | null = null;

  @Field(() => Float, { nullable: true, description: 'METRIC value over the re-check period.' })
  @Property({ type: 'double', nullable: true })
  afterValue: number | null = null;

  @Field(() => Int, { description: 'Responses over the re-check period.' })
  @Property({ type: 'integer' })
  afterN!: number;

  @Field(() => Float, { nullable: true, description: '95% half-width over the re-check period.' })
  @Property({ type: 'double', nullable: true })
  afterCi95: number | null = null;

  @Property({ type: 'double', nullable: true })
  afterSe: number | null = null;

  @Field(() => Float, { nullable: true, description: 'After − before, in points (or in the metric’s unit).' })
  @Property({ type: 'double', nullable: true })
  delta: number | null = null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether |Δ| > 1.96·√(SE₁² + SE₂²) (design.md §4); null when either side has no standard error.',
  })
  @Property({ type: 'boolean', nullable: true })
  significant: boolean | null = null;

  @Field(() => Int, { description: "The model's minimum responses each side needed." })
  @Property({ type: 'integer' })
  minResponses!: number;

  @Field({ description: 'When it ran (UTC).' })
  @Property({ type: 'timestamptz' })
  checkedAt: Date = new Date();
}
