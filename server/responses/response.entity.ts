import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit, type Organization } from '../org/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import { Questionnaire } from '../questionnaires/index.js';

export enum Channel {
  WEB_LINK = 'WEB_LINK',
  KIOSK = 'KIOSK',
  EMBED = 'EMBED',
  API = 'API',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  IVR = 'IVR',
  PHONE = 'PHONE',
  PAPER = 'PAPER',
}
registerEnumType(Channel, {
  name: 'Channel',
  description: 'Where the response was collected. PHONE and PAPER are entered by an interviewer.',
});

export enum ResponseStatus {
  COMPLETE = 'COMPLETE',
  PARTIAL = 'PARTIAL',
}
registerEnumType(ResponseStatus, {
  name: 'ResponseStatus',
  description: 'PARTIAL responses are saved to resume later and never count.',
});

/** Channels whose responses an interviewer keys in on the respondent's behalf. */
export const INTERVIEWER_CHANNELS: readonly Channel[] = [Channel.PHONE, Channel.PAPER];

/** The month a response is filed under (its partition): the first day of its UTC month, as `YYYY-MM-01`. */
export const monthOf = (at: Date): string => `${at.toISOString().slice(0, 7)}-01`;

/**
 * One response to one exact questionnaire version. Contact data never lives here: a response
 * holds answers and the facts results are broken down by.
 *
 * The table is range-partitioned by `partition_month` (docs/scale-out.md#responses-partitioned-by-month),
 * so its primary key is (organization_id, id, partition_month): PostgreSQL wants the partition key in
 * every unique key, Citus the organisation. `id` alone stays unique in practice (a random uuid).
 */
@ObjectType({ description: 'A response to an exact questionnaire version.' })
@Entity()
@Index({ properties: ['organization', 'questionnaire', 'completedAt'] })
@Index({ properties: ['organization', 'unit', 'completedAt'] })
export class Response extends TenantEntity {
  [OptionalProps]?:
    | 'submittedAt'
    | 'isTest'
    | 'excludedAt'
    | 'excludedReason'
    | 'excludedBy'
    | 'enteredBy'
    | 'score'
    | 'band'
    | 'modelVersionId'
    | 'resumeKeyHash'
    | 'confidential'
    | 'staffId'
    | 'partitionMonth';
  [PrimaryKeyProp]?: ['organization', 'id', 'partitionMonth'];

  @ManyToOne({ entity: 'Organization', ref: true, deleteRule: 'cascade', index: false, primary: true })
  override organization!: Ref<Organization>;

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /**
   * The partition key: the month of `completedAt` (UTC), or for a partial of when it was first
   * saved. Set by every writer; a writer that leaves it out files the row under the current month.
   */
  @PrimaryKey({ type: 'date', defaultRaw: `(date_trunc('month'::text, (now() AT TIME ZONE 'UTC'::text)))::date` })
  partitionMonth: string = monthOf(new Date());

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @ManyToOne(() => Questionnaire, { ref: true, deleteRule: 'restrict', index: false })
  questionnaire!: Ref<Questionnaire>;

  @ManyToOne(() => QuestionnaireVersion, { ref: true, deleteRule: 'restrict' })
  questionnaireVersion!: Ref<QuestionnaireVersion>;

  /** The link it came through (a distribution, once those exist). */
  @Property({ type: 'uuid', nullable: true })
  linkId!: string | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => String, {
    nullable: true,
    description: 'Respondent category, e.g. insured, beneficiary, employer, lawyer.',
  })
  @Property({ type: 'text', nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Service situation, e.g. registration, claim paid, hearing.' })
  @Property({ type: 'text', nullable: true })
  situation!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  language!: string | null;

  @Field(() => ResponseStatus)
  @Enum({ items: () => ResponseStatus })
  status!: ResponseStatus;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed; null for partial responses.' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Field()
  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();

  @Field(() => Int, { nullable: true, description: 'Seconds from start to completion, when the start is known.' })
  @Property({ type: 'integer', nullable: true })
  durationSeconds!: number | null;

  @Field({
    description:
      'Collected by an anonymous or confidential distribution: results over fewer responses than the organisation’s minimum group size are withheld.',
  })
  @Property({ type: 'boolean', default: false })
  confidential?: boolean;

  @Field({ description: 'Preview and test-mode responses never count.' })
  @Property({ type: 'boolean' })
  isTest: boolean = false;

  @Property({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  excludedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  excludedReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  excludedBy: string | null = null;

  /** The interviewer who keyed it in (phone, paper). */
  @Property({ type: 'uuid', nullable: true })
  enteredBy: string | null = null;

  @Field(() => Float, { nullable: true, description: 'The response scored on its own by the indicator model, 0–100.' })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Property({ type: 'text', nullable: true })
  band: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  modelVersionId: string | null = null;

  /**
   * The staff member of the unit who served the respondent (fieldwork's staff register); null: not
   * recorded. Not a GraphQL field: who served is read only through breakdowns behind
   * STAFF_BREAKDOWN_READ, which apply the small-group rule.
   */
  @Property({ type: 'uuid', nullable: true })
  staffId: string | null = null;

  /**
   * For partial responses: hash of the key the respondent resumes with (a random secret, so unique
   * without a key: a unique key would have to carry the partition month, and a partial's month is
   * not known to the respondent who resumes).
   */
  @Property({ type: 'text', nullable: true, index: true })
  resumeKeyHash: string | null = null;
}

export enum ResponseChangeKind {
  EXCLUDED = 'EXCLUDED',
  INCLUDED = 'INCLUDED',
  CORRECTED = 'CORRECTED',
}
registerEnumType(ResponseChangeKind, { name: 'ResponseChangeKind' });
