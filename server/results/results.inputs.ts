import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Channel } from '../responses/index.js';
import { WeightingKind } from './weighting-scheme.entity.js';
import { RollupMode } from './results.types.js';

@InputType({
  description: 'Only responses whose answer to a choice question is one of these values (multi-select: includes one).',
})
export class AnswerFilterInput {
  @Field() question!: string;
  @Field(() => [GraphQLJSON]) values!: unknown[];
}

@InputType()
export class ResultsFilterInput {
  @Field(() => Channel, { nullable: true }) channel?: Channel | null;
  @Field(() => String, { nullable: true }) respondentCategory?: string | null;
  @Field(() => String, { nullable: true }) serviceSituation?: string | null;
  @Field(() => ID, { nullable: true }) questionnaireVersionId?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => [AnswerFilterInput], { nullable: true }) answers?: AnswerFilterInput[] | null;
}

@InputType({
  description: 'A model (its latest version, or a named version), a unit (its whole subtree), a period and filters.',
})
export class ScoresInput {
  @Field(() => ID, { nullable: true, description: 'The model; its latest published version is used.' }) modelId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'A specific model version (any version can score any period).' })
  modelVersionId?: string | null;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'First day, YYYY-MM-DD, in the organisation’s time zone.' }) from!: string;
  @Field({ description: 'Day after the last day (the period is half-open).' }) to!: string;
  @Field(() => ResultsFilterInput, {
    nullable: true,
    description: 'Response filters; they do not apply to METRIC indicators.',
  })
  filters?: ResultsFilterInput | null;
  @Field(() => RollupMode, { nullable: true, description: 'Default POOLED.' }) rollup?: RollupMode | null;
  @Field(() => ID, { nullable: true, description: 'Weight respondents by this scheme; unweighted when left out.' })
  weightingSchemeId?: string | null;
}

@InputType()
export class WeightingCellInput {
  @Field(() => ID) unitId!: string;
  @Field() category!: string;
  @Field(() => Float) population!: number;
}

@InputType()
export class MarginTargetInput {
  @Field({ description: 'A unit id, category, situation or channel value.' }) value!: string;
  @Field(() => Float) population!: number;
}

@InputType()
export class MarginInput {
  @Field({ description: 'unit, category, situation or channel.' }) variable!: string;
  @Field(() => [MarginTargetInput]) targets!: MarginTargetInput[];
}

@InputType()
export class WeightingSchemeInput {
  @Field() name!: string;
  @Field(() => WeightingKind) kind!: WeightingKind;
  @Field(() => [WeightingCellInput], { nullable: true }) cells?: WeightingCellInput[] | null;
  @Field(() => [MarginInput], { nullable: true }) margins?: MarginInput[] | null;
  @Field(() => Float, { nullable: true }) tolerance?: number | null;
  @Field(() => Int, { nullable: true }) maxIterations?: number | null;
  @Field(() => Float, { nullable: true }) trimMin?: number | null;
  @Field(() => Float, { nullable: true }) trimMax?: number | null;
}
