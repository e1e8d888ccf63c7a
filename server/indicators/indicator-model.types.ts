import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { MetricObservation } from './metric-observation.entity.js';
import { TranslationType } from '../questionnaires/index.js';
import { IndicatorModel } from './indicator-model.entity.js';
import { IndicatorModelVersion } from './indicator-model-version.entity.js';

export enum IndicatorKind {
  INDEX = 'INDEX',
  DIMENSION = 'DIMENSION',
  SURVEY = 'SURVEY',
  LIKERT_SUM = 'LIKERT_SUM',
  NPS = 'NPS',
  GAP = 'GAP',
  METRIC = 'METRIC',
  INSPECTION = 'INSPECTION',
}
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description:
    'INDEX (root), DIMENSION, and leaf indicators: SURVEY, LIKERT_SUM, NPS, GAP (SERVQUAL), METRIC (administrative statistic).',
});

@ObjectType('ValueScore')
export class ValueScoreType {
  @Field(() => GraphQLJSON) value!: unknown;
  @Field(() => Float) score!: number;
}

@ObjectType('ItemBinding', { description: 'A question (or matrix row) bound to an indicator.' })
export class ItemBindingType {
  @Field(() => ID) questionnaireId!: string;
  @Field() question!: string;
  @Field(() => String, { nullable: true }) row!: string | null;
  @Field(() => Float) weight!: number;
  @Field() reverse!: boolean;
  @Field(() => [GraphQLJSON]) notApplicable!: unknown[];
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => [ValueScoreType], { nullable: true }) valueScores!: ValueScoreType[] | null;
  @Field(() => [String]) aliases!: string[];
}

@ObjectType('GapPair')
export class GapPairType {
  @Field(() => ItemBindingType) expectation!: ItemBindingType;
  @Field(() => ItemBindingType) perception!: ItemBindingType;
  @Field(() => Float) weight!: number;
}

@ObjectType('IndicatorNode', { description: 'A node of the model, in a flat list in tree order (parents first).' })
export class IndicatorNodeType {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) parentKey!: string | null;
  @Field(() => Int) depth!: number;
  @Field(() => IndicatorKind) kind!: IndicatorKind;
  @Field() label!: string;
  @Field(() => [TranslationType]) labelTranslations!: TranslationType[];
  @Field(() => Float) weight!: number;
  @Field(() => Float, { nullable: true }) minShare!: number | null;
  @Field(() => Float, { nullable: true }) maxShare!: number | null;
  @Field() mandatory!: boolean;
  @Field(() => Boolean, { nullable: true }) includeInIndex!: boolean | null;
  @Field(() => [ItemBindingType]) items!: ItemBindingType[];
  @Field(() => [GapPairType]) pairs!: GapPairType[];
  @Field(() => String, { nullable: true }) metricKey!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The target score (0–100) the node should reach; null: none set.',
  })
  target!: number | null;
}

@ObjectType('Band', { description: 'A score band (评分等级 / рівень оцінки).' })
export class BandType {
  @Field() key!: string;
  @Field(() => Float) min!: number;
  @Field(() => Float) max!: number;
  @Field() label!: string;
  @Field(() => [TranslationType]) labelTranslations!: TranslationType[];
}

@ObjectType('IndicatorModelDefinition')
export class IndicatorModelDefinitionType {
  @Field(() => [IndicatorNodeType]) nodes!: IndicatorNodeType[];
  @Field(() => [BandType]) bands!: BandType[];
  @Field(() => Int) minResponses!: number;
  @Field(() => String, {
    nullable: true,
    description: 'The respondent category the model is restricted to (results count only its responses); null: all.',
  })
  respondentCategory!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The service situation the model is restricted to (results count only its responses); null: all.',
  })
  serviceSituation!: string | null;
  @Field(() => GraphQLJSON, {
    description: 'The same definition as nested JSON, shaped like IndicatorModelDefinitionInput.',
  })
  json!: unknown;
}

@ObjectType('ModelProblem', {
  description: 'A problem in a model, naming the node (null for model-wide problems such as bands).',
})
export class ModelProblemType {
  @Field(() => String, { nullable: true }) nodeKey!: string | null;
  @Field() message!: string;
}

@ObjectType()
export class SaveIndicatorModelDraftPayload {
  @Field(() => IndicatorModel) model!: IndicatorModel;
  @Field(() => [ModelProblemType], { description: 'What would stop publishing (bindings are checked at publish).' })
  problems!: ModelProblemType[];
}

@ObjectType('EffectiveWeight', { description: 'A node’s weight in the index when every leaf has data.' })
export class EffectiveWeightType {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) parentKey!: string | null;
  @Field(() => Float, { description: 'Normalised share among its siblings (0–1).' }) share!: number;
  @Field(() => Float, { description: 'Product of shares along the path from the index (0–1).' })
  effectiveWeight!: number;
}

@ObjectType('PropertyChange')
export class PropertyChangeType {
  @Field() property!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('IndicatorNodeChange')
export class NodeChangeType {
  @Field() key!: string;
  @Field(() => [PropertyChangeType]) changes!: PropertyChangeType[];
}

@ObjectType('IndicatorModelDiff', { description: 'Differences between two model versions, matched by node key.' })
export class IndicatorModelDiffType {
  @Field(() => IndicatorModelVersion) from!: IndicatorModelVersion;
  @Field(() => IndicatorModelVersion) to!: IndicatorModelVersion;
  @Field(() => [IndicatorNodeType]) added!: IndicatorNodeType[];
  @Field(() => [IndicatorNodeType]) removed!: IndicatorNodeType[];
  @Field(() => [NodeChangeType]) changed!: NodeChangeType[];
  @Field(() => [PropertyChangeType], { description: 'Model-wide changes: bands, minResponses.' })
  model!: PropertyChangeType[];
}

@ObjectType('ResponseNodeScore')
export class ResponseNodeScoreType {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) parentKey!: string | null;
  @Field(() => Float, { nullable: true, description: '0–100.' }) score!: number | null;
  @Field(() => Float, { nullable: true, description: 'NPS and GAP: −100..100.' }) value!: number | null;
  @Field(() => BandType, { nullable: true }) band!: BandType | null;
}

@ObjectType('ResponseScore', { description: 'One response scored on its own by a model version.' })
export class ResponseScoreType {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => BandType, { nullable: true }) band!: BandType | null;
  @Field(() => [ResponseNodeScoreType]) nodes!: ResponseNodeScoreType[];
}

export const IndicatorModelConnection = Connection(IndicatorModel);
export const MetricObservationConnection = Connection(MetricObservation);
