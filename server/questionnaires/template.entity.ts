import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../org/index.js';
import type { SurveyJson } from './survey-json.js';

/** An indicator model travelling with a template: its name and definition, as plain JSON. */
export interface TemplateModelSnapshot {
  name: string;
  definition: unknown;
}

/**
 * A questionnaire offered to every organisation. Deliberately not a TenantEntity: the library
 * is shared. It keeps its own copies of the offered versions (releases), so reading a template
 * never reads another tenant's tables.
 */
@ObjectType({ description: 'A questionnaire in the shared template library (模板 / шаблон).' })
@Entity()
@Unique({ properties: ['questionnaireId'] })
export class Template {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The organisation offering it. */
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  /** The offering organisation's questionnaire whose versions are released here. */
  @Property({ type: 'uuid' })
  questionnaireId!: string;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field({ description: 'e.g. "court users", "social security", "insurance claims".' })
  @Property({ type: 'text', index: true })
  category!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  languages!: string[];

  @Field(() => [String])
  @Property({ type: 'json' })
  tags!: string[];

  @Property({ type: 'uuid' })
  latestReleaseId!: string;

  @Field(() => Int, { description: 'Version number (in the offering questionnaire) of the latest release.' })
  @Property({ type: 'integer' })
  latestVersionNumber!: number;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

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
