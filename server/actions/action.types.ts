import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { RectificationAction } from './action.entity.js';

export const RectificationActionConnection = Connection(RectificationAction);

export enum TrendPhase {
  BEFORE = 'BEFORE',
  DURING = 'DURING',
  AFTER = 'AFTER',
}
registerEnumType(TrendPhase, {
  name: 'TrendPhase',
  description: 'Where a bucket of an action’s trend lies.',
  valuesConfig: {
    BEFORE: { description: 'Ends by the end of the period the problem was found in.' },
    DURING: { description: 'Between that period and the re-check period: the work.' },
    AFTER: { description: 'Starts in the re-check period or later.' },
  },
});

@ObjectType({ description: 'The action’s indicator over one bucket (month) around the action.' })
export class ActionTrendPoint {
  @Field({ description: 'Bucket label, e.g. 2026-03.' }) label!: string;
  @Field({ description: 'First local day of the bucket.' }) start!: string;
  @Field({ description: 'Day after its last.' }) end!: string;
  @Field(() => TrendPhase, { description: 'Before, during or after the action.' }) phase!: TrendPhase;
  @Field(() => Float, { nullable: true, description: 'Score (0–100), with the model version fixed at opening.' })
  score!: number | null;
  @Field(() => Float, { nullable: true, description: 'METRIC value, for a METRIC indicator.' })
  value!: number | null;
  @Field(() => Int, { description: 'Responses behind the score.' }) n!: number;
  @Field(() => Float, { nullable: true, description: '95% half-width.' }) ci95!: number | null;
}

@ObjectType({ description: 'Actions of one unit’s subtree whose deadline falls in a period.' })
export class ActionUnitSummary {
  @Field(() => ID, { description: 'The unit (its whole subtree is counted).' }) unitId!: string;
  @Field({ description: 'Its code.' }) unitCode!: string;
  @Field({ description: 'Its name.' }) unitName!: string;
  @Field(() => Int, { description: 'Actions opened in the period.' }) opened!: number;
  @Field(() => Int, { description: 'Actions due in the period (deadline inside it), not cancelled.' }) due!: number;
  @Field(() => Int, { description: 'Due ones submitted by their deadline and re-checked MET.' }) metOnTime!: number;
  @Field(() => Int, { description: 'Due ones whose latest re-check was NOT_MET.' }) notMet!: number;
  @Field(() => Int, { description: 'Due ones not submitted by their deadline.' }) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'metOnTime ÷ due; null when nothing was due.' })
  onTimeRate!: number | null;
}
