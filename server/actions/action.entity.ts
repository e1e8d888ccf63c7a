import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { ActionSourceKind, ActionStatus, TargetKind } from './action-status.js';

/**
 * A rectification action (整改): a problem found in a unit, with the numbers at the time frozen,
 * the measures required, who answers for it, by when, and the target its re-check judges.
 */
@ObjectType({
  description: 'A rectification action: a problem found, the measures, who answers for it, by when, and its re-check.',
})
@Entity({ tableName: 'rectification_action' })
@Index({ properties: ['organization', 'unitPath'] })
@Index({ properties: ['dueAt'] })
export class RectificationAction extends TenantEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'status'
    | 'recheckQueuedAt'
    | 'accountability'
    | 'cancelReason'
    | 'closedAt'
    | 'submittedAt'
    | 'followUpOfId'
    | 'sourceLabel';

  @Field(() => ID, { description: 'Id of the action.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: 'The unit that must rectify.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The unit's path when opened, so a subtree's list is one prefix scan; refreshed when read. */
  @Property({ type: 'text' })
  unitPath!: string;

  @Field({ description: 'Short title shown in lists.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The problem found, in words.' })
  @Property({ type: 'text' })
  problem!: string;

  @Field({ description: 'The measures required (整改要求).' })
  @Property({ type: 'text' })
  measures!: string;

  @Field(() => ActionSourceKind, { description: 'Where the action was opened from.' })
  @Enum({ items: () => ActionSourceKind })
  sourceKind!: ActionSourceKind;

  /** What it was opened from (a case, an inspection finding…), by id: linked without importing its module. */
  @Field(() => String, {
    nullable: true,
    description: 'Id of the case, inspection finding or row it was opened from, when any.',
  })
  @Property({ type: 'text', nullable: true })
  sourceId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'How the source was shown where the action was opened (a case reference, a finding title).',
  })
  @Property({ type: 'text', nullable: true })
  sourceLabel: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The earlier action this one follows up (a chain of re-checks).' })
  @Property({ type: 'uuid', nullable: true })
  followUpOfId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: 'The indicator model version fixed at opening: every re-check scores with it.',
  })
  @Property({ type: 'uuid', nullable: true })
  modelVersionId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Key of the indicator (model node) the action is about.' })
  @Property({ type: 'text', nullable: true })
  indicatorKey: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The question (SurveyJS name) the problem was seen on, when opened from unit × question.',
  })
  @Property({ type: 'text', nullable: true })
  question: string | null = null;

  /** The period the problem was found in (local dates, half-open): the "before" of the re-check. */
  @Field(() => String, { nullable: true, description: 'First local day of the period the problem was found in.' })
  @Property({ type: 'date', nullable: true })
  baselineFrom: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day after the last of that period.' })
  @Property({ type: 'date', nullable: true })
  baselineTo: string | null = null;

  /** Frozen at opening: the numbers as they were, never recomputed. */
  @Field(() => Float, { nullable: true, description: 'Score (0–100) at opening, frozen.' })
  @Property({ type: 'double', nullable: true })
  baselineScore: number | null = null;

  @Field(() => Float, { nullable: true, description: 'For a METRIC indicator: its value at opening, frozen.' })
  @Property({ type: 'double', nullable: true })
  baselineValue: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Responses behind the frozen score.' })
  @Property({ type: 'integer', nullable: true })
  baselineN: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Standard error of the frozen score.' })
  @Property({ type: 'double', nullable: true })
  baselineSe: number | null = null;

  @Field(() => Float, { nullable: true, description: '95% half-width of the frozen score.' })
  @Property({ type: 'double', nullable: true })
  baselineCi95: number | null = null;

  @Field(() => ID, { description: 'The responsible person (整改责任人), a user.' })
  @Property({ type: 'uuid' })
  responsibleUserId!: string;

  @Field(() => [String], { description: 'Others working on it (names or user ids), optional.' })
  @Property({ type: 'json' })
  team: string[] = [];

  /** Last local day to complete the measures. */
  @Field({ description: 'Last local day (YYYY-MM-DD) to complete the measures.' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field({ description: 'When the action becomes overdue: the start of the day after its deadline.' })
  @Property({ type: 'timestamptz' })
  overdueAt!: Date;

  /** When the scheduled re-check is due: after the deadline and after the re-check period ends. */
  @Field({ description: 'When the scheduled re-check runs: after the deadline and the re-check period.' })
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => TargetKind, { description: 'What the re-check judges against.' })
  @Enum({ items: () => TargetKind })
  targetKind!: TargetKind;

  @Field(() => Float, { description: 'The score to reach, the points to rise by, or the METRIC value to reach.' })
  @Property({ type: 'double' })
  targetValue!: number;

  /** A rise counts only when significant (design.md §4 comparisons). */
  @Field({ description: 'Whether a rise must also be significant (design.md §4) to count as met.' })
  @Property({ type: 'boolean' })
  requireSignificant: boolean = false;

  @Field({ description: 'First local day of the re-check period.' })
  @Property({ type: 'date' })
  recheckFrom!: string;

  @Field({ description: 'Day after the last of the re-check period.' })
  @Property({ type: 'date' })
  recheckTo!: string;

  @Field(() => ActionStatus, { description: 'Where the action stands.' })
  @Enum({ items: () => ActionStatus })
  status: ActionStatus = ActionStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  /** Set once, when the scheduled re-check was queued: what keeps it once per action across server copies. */
  @Property({ type: 'timestamptz', nullable: true })
  recheckQueuedAt: Date | null = null;

  /** Two NOT_MET re-checks in a chain: someone must answer for it. */
  @Field({ description: 'True when two re-checks in a chain were NOT_MET: a consequence must be recorded.' })
  @Property({ type: 'boolean' })
  accountability: boolean = false;

  @Field(() => ID, { nullable: true, description: 'Who opened it.' })
  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Field({ description: 'When it was opened (UTC).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed (UTC).' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was submitted for re-check.' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was closed or cancelled.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
