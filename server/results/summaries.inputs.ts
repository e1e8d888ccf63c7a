import { Field, ID, InputType, Int } from 'type-graphql';
import { ResultsFilterInput } from './results.inputs.js';

@InputType({
  description: 'A published questionnaire, a unit (its whole subtree), a period and filters; no model needed.',
})
export class QuestionSummariesInput {
  @Field(() => ID) questionnaireId!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'First day, YYYY-MM-DD, in the organisation’s time zone.' }) from!: string;
  @Field({ description: 'Day after the last day (the period is half-open).' }) to!: string;
  @Field(() => ResultsFilterInput, { nullable: true }) filters?: ResultsFilterInput | null;
  @Field(() => Int, { nullable: true, description: 'Latest free texts per question (default 20, at most 100).' })
  texts?: number | null;
}
