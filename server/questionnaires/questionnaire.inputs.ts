import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { QuestionnaireStatus } from './questionnaire.entity.js';

@InputType()
export class TranslationInput {
  @Field({ description: 'Language code as SurveyJS writes it, e.g. uk, zh-cn.' }) locale!: string;
  @Field() text!: string;
}

@InputType()
export class CreateQuestionnaireInput {
  @Field(() => ID, { description: 'The unit that owns the questionnaire.' }) unitId!: string;
  @Field() title!: string;
  @Field(() => [TranslationInput], { nullable: true }) titleTranslations?: TranslationInput[] | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Initial SurveyJS JSON (object or JSON text); an empty survey when left out.',
  })
  definition?: unknown;
}

@InputType()
export class SaveQuestionnaireDraftInput {
  @Field(() => ID) questionnaireId!: string;
  @Field(() => Int, {
    description: 'The draftRevision you loaded; a save over someone else’s newer save answers CONFLICT.',
  })
  expectedRevision!: number;
  @Field(() => GraphQLJSON, { description: 'The SurveyJS JSON (object or JSON text), at most 2 MB.' })
  definition!: unknown;
  @Field(() => [String], {
    nullable: true,
    description: 'Element names that questionnaires derived from this one must keep unchanged.',
  })
  mandatoryElements?: string[] | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => [TranslationInput], { nullable: true }) titleTranslations?: TranslationInput[] | null;
}

@InputType()
export class PublishQuestionnaireInput {
  @Field(() => ID) questionnaireId!: string;
  @Field(() => String, { nullable: true, description: 'What changed, for the version history.' }) changelog?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Refuse (CONFLICT) unless the draft is still at this revision.' })
  expectedRevision?: number | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Save this definition as the draft and publish it in one step.',
  })
  definition?: unknown;
}

@InputType()
export class QuestionnaireFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only questionnaires owned by this unit or its descendants.' })
  under?: string | null;
  @Field(() => QuestionnaireStatus, { nullable: true }) status?: QuestionnaireStatus | null;
  @Field(() => String, { nullable: true, description: 'Text contained in the title.' }) search?: string | null;
}

@InputType()
export class OfferTemplateInput {
  @Field(() => ID) versionId!: string;
  @Field() category!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the questionnaire title.' }) title?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Defaults to the languages of the version.' }) languages?:
    string[] | null;
  @Field(() => ID, {
    nullable: true,
    description: 'An indicator model version, binding this questionnaire, to offer with it.',
  })
  indicatorModelVersionId?: string | null;
}

@InputType()
export class TemplateFilterInput {
  @Field(() => String, { nullable: true, description: 'Text in the title, description or category.' }) search?:
    string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => String, { nullable: true }) tag?: string | null;
}
