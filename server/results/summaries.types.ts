import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum QuestionSummaryKind {
  CHOICE = 'CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  RATING = 'RATING',
  BOOLEAN = 'BOOLEAN',
  TEXT = 'TEXT',
}
registerEnumType(QuestionSummaryKind, {
  name: 'QuestionSummaryKind',
  description: 'How a question is summarised: counts per choice, scale point or yes/no, or its latest texts.',
});

@ObjectType('AnswerCount', { description: 'How many responses gave one answer value.' })
export class AnswerCountType {
  @Field(() => GraphQLJSON, { description: 'The stored answer value (a choice value, a scale point, true/false).' })
  value!: unknown;
  @Field({ description: 'Its text in the questionnaire’s default language.' }) label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'count / n (0–1); multi-select shares add up to more than 1.' }) share!: number;
}

@ObjectType('FreeText', { description: 'A free-text answer.' })
export class FreeTextType {
  @Field() text!: string;
  @Field(() => Date) completedAt!: Date;
  @Field() unitName!: string;
}

@ObjectType('QuestionSummary', {
  description: 'One question of a questionnaire over a scope, merged over its versions by name.',
})
export class QuestionSummaryType {
  @Field() name!: string;
  @Field({ description: 'The title in the newest version that has the question (default language).' }) title!: string;
  @Field(() => QuestionSummaryKind) kind!: QuestionSummaryKind;
  @Field(() => Int, { description: 'Responses that answered it.' }) n!: number;
  @Field(() => [AnswerCountType], {
    description:
      'Every choice or scale point (zero counts included), then values no version lists. Empty for TEXT and when withheld.',
  })
  distribution!: AnswerCountType[];
  @Field(() => Float, { nullable: true, description: 'Mean answer of a numeric rating scale.' }) mean!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0–1) of answers in the top two scale points; the top point only on scales under five points (yes/no: yes).',
  })
  top2!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Net promoter score of a 0–10 rating: % of 9–10 minus % of 0–6 (−100..100).',
  })
  nps!: number | null;
  @Field(() => [FreeTextType], { description: 'TEXT: the latest texts by completion time, newest first.' })
  texts!: FreeTextType[];
  @Field(() => String, {
    nullable: true,
    description: 'Why the summary is withheld (small group of anonymous or confidential answers); null when shown.',
  })
  withheldReason!: string | null;
}

@ObjectType('QuestionSummaries')
export class QuestionSummariesType {
  @Field(() => Int, { description: 'Completed responses in scope.' }) responseCount!: number;
  @Field(() => [QuestionSummaryType]) questions!: QuestionSummaryType[];
}
