import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { Questionnaire } from './questionnaire.entity.js';
import type { SurveyJson } from './survey-json.js';

/**
 * A published version: frozen forever. No service method updates these columns, except the
 * retirement mark, which is about use, not content.
 */
@ObjectType({ description: 'An immutable published version of a questionnaire. Every response points at one.' })
@Entity()
@Unique({ properties: ['questionnaire', 'number'] })
export class QuestionnaireVersion extends TenantEntity {
  [OptionalProps]?: 'publishedAt' | 'retiredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Questionnaire, { ref: true, deleteRule: 'cascade' })
  questionnaire!: Ref<Questionnaire>;

  @Field(() => Int, { description: '1, 2, 3… within the questionnaire, without gaps.' })
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json', columnType: 'json' })
  definition!: SurveyJson;

  @Field({ description: 'SHA-256 of the canonical JSON (RFC 8785) of the definition.' })
  @Property({ type: 'text' })
  contentHash!: string;

  @Field()
  @Property({ type: 'text' })
  changelog!: string;

  @Property({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  publishedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Retired versions stay readable but are no longer offered to respondents.' })
  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;

  @Field(() => [String], { description: 'Languages the version is written in (SurveyJS locales).' })
  @Property({ type: 'json' })
  languages!: string[];

  @Field(() => [String], { description: 'Elements that questionnaires derived from this version must keep unchanged.' })
  @Property({ type: 'json' })
  mandatoryElements!: string[];

  /** The parent version (or template release) this version was based on, for lineage. */
  @Property({ type: 'uuid', nullable: true })
  baseId!: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  questionCount!: number;
}
