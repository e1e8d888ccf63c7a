import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DraftedEntity } from '../db/versioned-entity.js';
import { OrgUnit } from '../org/index.js';
import type { SurveyJson } from './survey-json.js';

export enum QuestionnaireOrigin {
  ORIGINAL = 'ORIGINAL',
  TEMPLATE = 'TEMPLATE',
  DERIVED = 'DERIVED',
}
registerEnumType(QuestionnaireOrigin, {
  name: 'QuestionnaireOrigin',
  description: 'Written here, adopted from the template library, or derived from a parent unit’s questionnaire.',
});

export enum QuestionnaireStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(QuestionnaireStatus, { name: 'QuestionnaireStatus', description: 'DRAFT: never published yet.' });

export interface Translation {
  locale: string;
  text: string;
}

/**
 * A questionnaire: one editable draft (SurveyJS JSON with a revision number for optimistic
 * locking) and its published versions. Lineage records the parent it was adopted or derived
 * from, and which of the parent's versions the draft is based on.
 */
@ObjectType({ description: 'A questionnaire (调查问卷 / анкета): an editable draft and its immutable versions.' })
@Entity()
@Index({ properties: ['organization', 'unit'] })
export class Questionnaire extends DraftedEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'draftRevision'
    | 'draftUpdatedAt'
    | 'latestVersionNumber'
    | 'archivedAt'
    | 'origin'
    | 'titleTranslations'
    | 'draftMandatory';

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<OrgUnit>;

  @Field({ description: 'Title in the default language.' })
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'json' })
  titleTranslations: Translation[] = [];

  /** The SurveyJS JSON as authored; `json` (not jsonb) keeps the author's key order. */
  @Property({ type: 'json', columnType: 'json', lazy: false })
  draft!: SurveyJson;

  /** Elements this questionnaire itself marks mandatory for the questionnaires derived from it. */
  @Property({ type: 'json' })
  draftMandatory: string[] = [];

  @Field(() => QuestionnaireOrigin)
  @Enum({ items: () => QuestionnaireOrigin })
  origin: QuestionnaireOrigin = QuestionnaireOrigin.ORIGINAL;

  /** The template (origin TEMPLATE) or parent questionnaire (origin DERIVED). */
  @Property({ type: 'uuid', nullable: true, fieldName: 'source_id' })
  parentId: string | null = null;

  /** The template release or parent version the draft is based on; advanced by merging updates. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'base_id' })
  baseVersionId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;
}
