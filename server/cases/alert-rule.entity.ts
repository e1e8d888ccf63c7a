import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { CasePriority } from './case.enums.js';

export enum AlertCondition {
  SCORE_BELOW = 'SCORE_BELOW',
  BAND_IS = 'BAND_IS',
  ANSWER_BELOW = 'ANSWER_BELOW',
  ANSWER_IS = 'ANSWER_IS',
  KEYWORD = 'KEYWORD',
  CONTACT_ME = 'CONTACT_ME',
  INDICATOR_BELOW = 'INDICATOR_BELOW',
  INDICATOR_BAND_IS = 'INDICATOR_BAND_IS',
}

/** The period over which an indicator rule reads a unit's score: one case per unit and period at most. */
export enum AlertPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(AlertPeriod, {
  name: 'AlertPeriod',
  description: 'The period (organisation time zone) over which an indicator rule reads a unit’s score.',
  valuesConfig: {
    MONTH: { description: 'The calendar month of the response.' },
    QUARTER: { description: 'The calendar quarter of the response.' },
  },
});
registerEnumType(AlertCondition, {
  name: 'AlertCondition',
  description: 'What in a response fires an alert rule.',
  valuesConfig: {
    SCORE_BELOW: { description: 'The response’s own index score (0–100, its indicator model) is below `threshold`.' },
    BAND_IS: { description: 'The response’s own band is one of `values` (band keys, e.g. unqualified).' },
    ANSWER_BELOW: { description: 'The numeric answer to `question` (a rating item) is below `threshold`.' },
    ANSWER_IS: { description: 'The answer to `question` is (or, for several choices, contains) one of `values`.' },
    KEYWORD: {
      description:
        'The text answer to `question` (or any text answer when not set) contains one of `values`; ' +
        'matched as a substring, case- and width-insensitive, so it works for Chinese without spaces.',
    },
    CONTACT_ME: {
      description: 'The "please contact me" `question` is answered yes (true, "yes", or one of `values`).',
    },
    INDICATOR_BELOW: {
      description:
        'The unit’s score on one node (`indicatorKey`) of `modelId`, over the response’s `period`, is below ' +
        '`threshold`; read as the results show it (the model’s minimum responses, small groups withheld). ' +
        'Opens at most one case per unit and period.',
    },
    INDICATOR_BAND_IS: {
      description:
        'The unit’s band on `indicatorKey` of `modelId` over the response’s `period` is one of `values`. ' +
        'At most one case per unit and period.',
    },
  },
});

/** A rule on a questionnaire's responses that opens an ALERT case. */
@ObjectType({ description: 'A rule on a questionnaire’s responses that opens an ALERT case for the response’s unit.' })
@Entity()
@Index({ properties: ['organization', 'questionnaireId'] })
export class AlertRule extends TenantEntity {
  [OptionalProps]?:
    | 'active'
    | 'createdAt'
    | 'question'
    | 'threshold'
    | 'ownerId'
    | 'categoryId'
    | 'values'
    | 'priority'
    | 'modelId'
    | 'indicatorKey'
    | 'period';

  @Field(() => ID, { description: 'Stable id of the rule.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Name shown on the cases it opens.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ID, { description: 'The questionnaire whose responses it watches (every version).' })
  @Property({ type: 'uuid' })
  questionnaireId!: string;

  @Field(() => AlertCondition, { description: 'What fires it.' })
  @Enum({ items: () => AlertCondition })
  condition!: AlertCondition;

  @Field(() => String, {
    nullable: true,
    description: 'The question (SurveyJS name) it reads, when the condition needs one.',
  })
  @Property({ type: 'text', nullable: true })
  question: string | null = null;

  @Field(() => Float, {
    nullable: true,
    description: 'SCORE_BELOW, ANSWER_BELOW and INDICATOR_BELOW: the bound (strictly below fires).',
  })
  @Property({ type: 'double', nullable: true })
  threshold: number | null = null;

  @Field(() => [String], {
    description: 'BAND_IS, INDICATOR_BAND_IS, ANSWER_IS, KEYWORD, CONTACT_ME: the values that fire it.',
  })
  @Property({ type: 'json' })
  values: string[] = [];

  @Field(() => ID, {
    nullable: true,
    description: 'INDICATOR_BELOW, INDICATOR_BAND_IS: the indicator model (its latest published version) it reads.',
  })
  @Property({ type: 'uuid', nullable: true })
  modelId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'INDICATOR_BELOW, INDICATOR_BAND_IS: the key of the model node (an indicator, or the index) it reads.',
  })
  @Property({ type: 'text', nullable: true })
  indicatorKey: string | null = null;

  @Field(() => AlertPeriod, { description: 'INDICATOR_BELOW, INDICATOR_BAND_IS: the period of the unit’s score.' })
  @Enum({ items: () => AlertPeriod, default: AlertPeriod.MONTH })
  period: AlertPeriod = AlertPeriod.MONTH;

  @Field(() => CasePriority, { description: 'Priority of the cases it opens.' })
  @Enum({ items: () => CasePriority })
  priority: CasePriority = CasePriority.NORMAL;

  @Field(() => ID, { nullable: true, description: 'Owner of the cases it opens (assigned at once), if any.' })
  @Property({ type: 'uuid', nullable: true })
  ownerId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Category of the cases it opens.' })
  @Property({ type: 'uuid', nullable: true })
  categoryId: string | null = null;

  @Field({ description: 'Whether it fires.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field({ description: 'When it was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
