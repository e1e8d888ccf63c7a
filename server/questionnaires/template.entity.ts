import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../org/index.js';

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
