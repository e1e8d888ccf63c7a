import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SurveyJson } from './survey-json.js';
import { Template, TemplateModelSnapshot } from './template.entity.js';

/** One offered version of a template, copied at the moment it was offered. */
@ObjectType({ description: 'One version of a template as offered.' })
@Entity()
@Index({ properties: ['template', 'versionNumber'] })
export class TemplateRelease {
  [OptionalProps]?: 'releasedAt' | 'indicatorModel';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Template, { ref: true, deleteRule: 'cascade' })
  template!: Ref<Template>;

  /** The offering questionnaire version (in the offering organisation). */
  @Field(() => ID)
  @Property({ type: 'uuid', unique: true })
  versionId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  versionNumber!: number;

  @Property({ type: 'json', columnType: 'json' })
  definition!: SurveyJson;

  @Field()
  @Property({ type: 'text' })
  contentHash!: string;

  @Field()
  @Property({ type: 'text' })
  changelog!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  mandatoryElements!: string[];

  /** The indicator model offered with this version (its bindings name the offering questionnaire). */
  @Property({ type: 'json', nullable: true })
  indicatorModel: TemplateModelSnapshot | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  releasedAt: Date = new Date();
}
