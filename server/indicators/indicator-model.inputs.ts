import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TranslationInput } from '../questionnaires/index.js';
import { IndicatorKind } from './indicator-model.types.js';
import { MetricKind } from './metric.entity.js';

@InputType({ description: 'For choice questions: the number a choice value stands for.' })
export class ValueScoreInput {
  @Field(() => GraphQLJSON) value!: unknown;
  @Field(() => Float) score!: number;
}

@InputType({ description: 'A question (or matrix row) bound to an indicator.' })
export class ItemBindingInput {
  @Field(() => ID, { description: 'The questionnaire; questionnaires derived or adopted from it match too.' })
  questionnaireId!: string;
  @Field({ description: 'The question name.' }) question!: string;
  @Field(() => String, { nullable: true, description: 'Row value, for a matrix question.' }) row?: string | null;
  @Field(() => Float, { defaultValue: 1 }) weight!: number;
  @Field({ defaultValue: false, description: 'Score as 100 − s (for negatively worded items).' }) reverse!: boolean;
  @Field(() => [GraphQLJSON], { nullable: true, description: 'Answer values that mean "not applicable": no score.' })
  notApplicable?: unknown[] | null;
  @Field(() => Float, { nullable: true, description: 'Scale minimum, overriding the question’s.' }) min?: number | null;
  @Field(() => Float, { nullable: true, description: 'Scale maximum, overriding the question’s.' }) max?: number | null;
  @Field(() => [ValueScoreInput], { nullable: true }) valueScores?: ValueScoreInput[] | null;
  @Field(() => [String], { nullable: true, description: 'Earlier names of the question (renamed in later versions).' })
  aliases?: string[] | null;
}

@InputType({ description: 'A SERVQUAL pair: the gap is perception − expectation.' })
export class GapPairInput {
  @Field(() => ItemBindingInput) expectation!: ItemBindingInput;
  @Field(() => ItemBindingInput) perception!: ItemBindingInput;
  @Field(() => Float, { defaultValue: 1 }) weight!: number;
}

@InputType({ description: 'A node of the indicator tree; children nest.' })
export class IndicatorNodeInput {
  @Field({ description: 'Stable key: keeps trends comparable across model versions.' }) key!: string;
  @Field(() => IndicatorKind) kind!: IndicatorKind;
  @Field() label!: string;
  @Field(() => [TranslationInput], { nullable: true }) labelTranslations?: TranslationInput[] | null;
  @Field(() => Float, { defaultValue: 1, description: 'Relative weight among its siblings.' }) weight!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Lowest normalised share among siblings a branch variant may give it (0–1).',
  })
  minShare?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Highest normalised share among siblings a branch variant may give it (0–1).',
  })
  maxShare?: number | null;
  @Field({ defaultValue: false, description: 'Branch variants cannot remove it.' }) mandatory!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'NPS and GAP: take part in the index as (x + 100)/2.' })
  includeInIndex?: boolean | null;
  @Field(() => [ItemBindingInput], { nullable: true }) items?: ItemBindingInput[] | null;
  @Field(() => [GapPairInput], { nullable: true }) pairs?: GapPairInput[] | null;
  @Field(() => String, { nullable: true, description: 'METRIC: key of the administrative statistic.' }) metricKey?:
    string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'A target score (0–100) for the node, e.g. a court’s quality goal; results give the distance to it.',
  })
  target?: number | null;
  @Field(() => [IndicatorNodeInput], { nullable: true }) children?: IndicatorNodeInput[] | null;
}

@InputType({ description: 'A score band: lower bound inclusive, upper exclusive (the top band includes 100).' })
export class BandInput {
  @Field() key!: string;
  @Field(() => Float) min!: number;
  @Field(() => Float) max!: number;
  @Field() label!: string;
  @Field(() => [TranslationInput], { nullable: true }) labelTranslations?: TranslationInput[] | null;
}

@InputType()
export class IndicatorModelDefinitionInput {
  @Field(() => IndicatorNodeInput, { description: 'The INDEX.' }) root!: IndicatorNodeInput;
  @Field(() => [BandInput], { nullable: true, description: 'Defaults to the standard five bands.' }) bands?:
    BandInput[] | null;
  @Field(() => Int, { nullable: true, description: 'Units with fewer responses are not ranked (default 30).' })
  minResponses?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Restricts the model to one client group: it scores only responses of this respondent category ' +
      '(e.g. lawyer), so another group can have its own indicator set. Null: every category.',
  })
  respondentCategory?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Restricts the model to responses of this service situation (e.g. appeal). Null: every situation.',
  })
  serviceSituation?: string | null;
}

@InputType()
export class CreateIndicatorModelInput {
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field(() => [TranslationInput], { nullable: true }) nameTranslations?: TranslationInput[] | null;
  @Field(() => IndicatorModelDefinitionInput, { nullable: true }) definition?: IndicatorModelDefinitionInput | null;
}

@InputType()
export class SaveIndicatorModelDraftInput {
  @Field(() => ID) modelId!: string;
  @Field(() => Int) expectedRevision!: number;
  @Field(() => IndicatorModelDefinitionInput) definition!: IndicatorModelDefinitionInput;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType()
export class PublishIndicatorModelInput {
  @Field(() => ID) modelId!: string;
  @Field(() => String, { nullable: true }) changelog?: string | null;
  @Field(() => Int, { nullable: true }) expectedRevision?: number | null;
}

@InputType()
export class MetricInput {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true }) measurementUnit?: string | null;
  @Field(() => MetricKind) kind!: MetricKind;
  @Field(() => Float) worst!: number;
  @Field(() => Float) target!: number;
  @Field(() => String, { nullable: true }) denominatorLabel?: string | null;
}

@InputType()
export class RecordMetricInput {
  @Field({ description: 'Key of the metric.' }) metricKey!: string;
  @Field(() => ID) unitId!: string;
  @Field({ description: 'First day of the period, YYYY-MM-DD.' }) periodStart!: string;
  @Field({ description: 'Day after the last day of the period, YYYY-MM-DD (a month: 2026-03-01 to 2026-04-01).' })
  periodEnd!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true }) denominator?: number | null;
}

@InputType({
  description: 'A stored response (responseId), or a hypothetical one (questionnaireVersionId and answers).',
})
export class ScoreResponseInput {
  @Field(() => ID) modelVersionId!: string;
  @Field(() => ID, { nullable: true, description: 'A stored response to score with this model version.' }) responseId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The questionnaire version hypothetical answers are for.' })
  questionnaireVersionId?: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'SurveyJS data: question name → value.' }) answers?: unknown;
}
