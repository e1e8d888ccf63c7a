import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { ModelDefinition, Translation } from './engine/types.js';

/**
 * An indicator model (index → dimensions → indicators): an editable draft and immutable
 * versions, like a questionnaire. A branch variant names the head-office model version it
 * derives from.
 */
@ObjectType({ description: 'An indicator model (指标体系 / система показників): index → dimensions → indicators, weighted.' })
@Entity()
export class IndicatorModel extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'draftRevision' | 'draftUpdatedAt' | 'latestVersionNumber' | 'nameTranslations' | 'parentModelId' | 'baseVersionId';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  nameTranslations: Translation[] = [];

  @Property({ type: 'json' })
  draft!: ModelDefinition;

  @Field(() => Int, { description: 'Increases with every save; send it back as expectedRevision.' })
  @Property({ type: 'integer' })
  draftRevision: number = 1;

  @Field()
  @Property({ type: 'timestamptz' })
  draftUpdatedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  draftUpdatedBy: string | null = null;

  @Field(() => Int, { description: 'Number of the latest published version; 0 before the first.' })
  @Property({ type: 'integer' })
  latestVersionNumber: number = 0;

  /** Head office's model this branch variant derives from. */
  @Property({ type: 'uuid', nullable: true })
  parentModelId: string | null = null;

  /** The head-office version whose standard the variant must keep. */
  @Property({ type: 'uuid', nullable: true })
  baseVersionId: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}

@ObjectType({ description: 'An immutable published version of an indicator model. Results name the version they were computed with.' })
@Entity()
@Unique({ properties: ['model', 'number'] })
export class IndicatorModelVersion extends TenantEntity {
  [OptionalProps]?: 'publishedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => IndicatorModel, { ref: true, deleteRule: 'cascade' })
  model!: Ref<IndicatorModel>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  definition!: ModelDefinition;

  @Field({ description: 'SHA-256 of the canonical JSON of the definition.' })
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

  @Property({ type: 'uuid', nullable: true })
  baseVersionId!: string | null;
}
