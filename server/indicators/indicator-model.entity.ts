import { Entity, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DraftedEntity } from '../db/versioned-entity.js';
import { OrgUnit } from '../org/index.js';
import type { ModelDefinition, Translation } from './engine/types.js';

/**
 * An indicator model (index → dimensions → indicators): an editable draft and immutable
 * versions, like a questionnaire. A branch variant names the head-office model version it
 * derives from.
 */
@ObjectType({
  description: 'An indicator model (指标体系 / система показників): index → dimensions → indicators, weighted.',
})
@Entity()
export class IndicatorModel extends DraftedEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'draftRevision'
    | 'draftUpdatedAt'
    | 'latestVersionNumber'
    | 'nameTranslations'
    | 'parentId'
    | 'baseVersionId';

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  nameTranslations: Translation[] = [];

  @Property({ type: 'json' })
  draft!: ModelDefinition;

  /** Head office's model this branch variant derives from. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'parent_model_id' })
  parentId: string | null = null;

  /** The head-office version whose standard the variant must keep. */
  @Property({ type: 'uuid', nullable: true })
  baseVersionId: string | null = null;
}
