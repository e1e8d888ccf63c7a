import { Entity, ManyToOne, OptionalProps, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ValidationPath } from './survey-plan-coverage.js';
import { PublishedVersionEntity } from '../db/versioned-entity.js';
import { Questionnaire } from './questionnaire.entity.js';
import type { SurveyJson } from './survey-json.js';

registerEnumType(ValidationPath, {
  name: 'ValidationPath',
  description: 'What judges the responses to a questionnaire version.',
  valuesConfig: {
    PLAN: {
      description:
        'The compiled validation plan: the definition uses only features it judges exactly as SurveyJS (microseconds).',
    },
    SURVEY_CORE: {
      description: "survey-core itself, in a worker pool: the definition uses a feature outside the plan's proven set.",
    },
  },
});

/**
 * A published version: frozen forever. No service method updates these columns, except the
 * retirement mark, which is about use, not content.
 */
@ObjectType({ description: 'An immutable published version of a questionnaire. Every response points at one.' })
@Entity()
@Unique({ properties: ['organization', 'questionnaire', 'number'] })
export class QuestionnaireVersion extends PublishedVersionEntity {
  [OptionalProps]?: 'publishedAt' | 'retiredAt' | 'validationPath';

  @ManyToOne(() => Questionnaire, { ref: true, deleteRule: 'cascade' })
  questionnaire!: Ref<Questionnaire>;

  @Property({ type: 'json', columnType: 'json' })
  definition!: SurveyJson;

  @Field(() => Date, {
    nullable: true,
    description: 'Retired versions stay readable but are no longer offered to respondents.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;

  @Field(() => [String], { description: 'Languages the version is written in (SurveyJS locales).' })
  @Property({ type: 'json' })
  languages!: string[];

  @Field(() => [String], { description: 'Elements that questionnaires derived from this version must keep unchanged.' })
  @Property({ type: 'json' })
  mandatoryElements!: string[];

  /** The parent version (or template release) this version was based on, for lineage. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'base_id' })
  baseVersionId!: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  questionCount!: number;

  @Field(() => ValidationPath, {
    description:
      'What judges responses to this version, chosen at publish: the fast compiled plan when every feature the definition ' +
      'uses is one the plan judges exactly as SurveyJS, otherwise survey-core itself (slower, in a worker pool). ' +
      'Versions published before this was recorded are judged by survey-core.',
  })
  @Property({ type: 'string', length: 16, default: ValidationPath.SURVEY_CORE })
  validationPath: ValidationPath = ValidationPath.SURVEY_CORE;
}
