import { Entity, ManyToOne, OptionalProps, Property, Unique, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { PublishedVersionEntity } from '../db/versioned-entity.js';
import type { ModelDefinition } from './engine/types.js';
import { IndicatorModel } from './indicator-model.entity.js';

@ObjectType({
  description:
    'An immutable published version of an indicator model. Results name the version they were computed with.',
})
@Entity()
@Unique({ properties: ['organization', 'model', 'number'] })
export class IndicatorModelVersion extends PublishedVersionEntity {
  [OptionalProps]?: 'publishedAt';

  @ManyToOne(() => IndicatorModel, { ref: true, deleteRule: 'cascade' })
  model!: Ref<IndicatorModel>;

  @Property({ type: 'json' })
  definition!: ModelDefinition;

  @Property({ type: 'uuid', nullable: true })
  baseVersionId!: string | null;
}
