import { Connection } from '../graphql/connection.js';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IndicatorModelVersion } from '../indicators/index.js';
import { BandType, IndicatorKind } from '../indicators/index.js';
import { OrgUnit, type UnitRow } from '../org/index.js';
import { WeightingScheme } from './weighting-scheme.entity.js';

export enum SeriesGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(SeriesGranularity, {
  name: 'SeriesGranularity',
  description: 'Buckets in the organisation’s time zone; weeks are ISO weeks.',
});

export enum RollupMode {
  POOLED = 'POOLED',
  EQUAL_UNITS = 'EQUAL_UNITS',
  UNIT_WEIGHTS = 'UNIT_WEIGHTS',
}
registerEnumType(RollupMode, {
  name: 'RollupMode',
  description:
    'POOLED: the subtree’s responses together. EQUAL_UNITS / UNIT_WEIGHTS: each indicator averaged over the child units (equally, or by unit weight), the unit’s own responses as one more child.',
});

@ObjectType('NodeScore', {
  description:
    'A node’s result over a scope. sd, se and ci95 are those of the per-response node scores (an approximation of the aggregate’s uncertainty).',
})
export class NodeScoreType {
  @Field() key!: string;
  @Field(() => String, { nullable: true }) parentKey!: string | null;
  @Field(() => IndicatorKind) kind!: IndicatorKind;
  @Field() label!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { nullable: true, description: '0–100; null without data, and for NPS/GAP not in the index.' })
  score!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'LIKERT_SUM: sum of item mean raw values; NPS/GAP: −100..100; METRIC: the rate.',
  })
  value!: number | null;
  @Field(() => BandType, { nullable: true }) band!: BandType | null;
  @Field(() => Int, { description: 'Responses that scored at least one item below the node.' }) n!: number;
  @Field(() => Float, { nullable: true, description: 'Kish effective n.' }) nEff!: number | null;
  @Field(() => Float, { nullable: true }) sd!: number | null;
  @Field(() => Float, { nullable: true }) se!: number | null;
  @Field(() => Float, { nullable: true, description: 'Half-width of the 95% interval.' }) ci95!: number | null;
  @Field(() => Float, { nullable: true, description: 'Weighted share of answers in the top two scale points (0–1).' })
  top2!: number | null;
  @Field({ description: 'An item or child below has no data.' }) partial!: boolean;
  @Field(() => Float) effectiveWeight!: number;
  @Field(() => Float, { nullable: true, description: 'Leaves: effectiveWeight · (100 − score).' }) lostPoints!:
    number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the score is withheld (too few responses from anonymous or confidential surveys); null when shown.',
  })
  withheldReason?: string | null;
  @Field({
    description: 'Fewer responses scored it than the model’s minimum (minResponses): shown, to be read with care.',
  })
  belowMinimum!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'The target score (0–100) the model sets for this node, such as a quality goal; null: none set.',
  })
  target!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'score − target, in points: negative when the node is below its target; null without a score or a target.',
  })
  distanceToTarget!: number | null;
}

@ObjectType('BandShare')
export class BandShareType {
  @Field(() => BandType) band!: BandType;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Share of responses (0–1) whose own score is in this band.' }) share!: number;
}

@ObjectType('WeightingReport', { description: 'How respondents were weighted in a result.' })
export class WeightingReportType {
  @Field(() => WeightingScheme, { nullable: true }) scheme!: WeightingScheme | null;
  @Field(() => Int, { description: 'Responses in cells without population: weight 0.' }) outOfFrame!: number;
  @Field(() => [String], { description: 'Cells (or margin values) with population but no response.' })
  uncovered!: string[];
  @Field(() => Int) iterations!: number;
  @Field() converged!: boolean;
  @Field(() => Float, { nullable: true, description: 'Kish effective number of respondents, (Σω)²/Σω².' }) effectiveN!:
    number | null;
}

@ObjectType('Scores')
export class ScoresType {
  @Field(() => WeightingReportType) weighting!: WeightingReportType;
  @Field(() => IndicatorModelVersion, { description: 'The model version the scores were computed with.' })
  modelVersion!: IndicatorModelVersion;
  @Field(() => Int) responseCount!: number;
  @Field(() => [NodeScoreType], { description: 'Every node, in tree order.' }) nodes!: NodeScoreType[];
  @Field(() => [BandShareType], { description: 'Empty when withheld (see withheldReason).' })
  bandDistribution!: BandShareType[];
  @Field(() => String, {
    nullable: true,
    description: 'Why the band distribution is withheld (small group); null when shown.',
  })
  withheldReason!: string | null;
}

@ObjectType('RankingEntry')
export class RankingEntryType {
  // A plain row shaped like the entity: OrgUnit's fields (and its `parent`, `ancestors`) resolve from it.
  @Field(() => OrgUnit) unit!: UnitRow;
  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank (1, 2, 2, 4); null when the sample is insufficient.',
  })
  rank!: number | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => BandType, { nullable: true }) band!: BandType | null;
  @Field(() => Int) n!: number;
  @Field({ description: 'Fewer responses than the model’s minimum: listed, not ranked.' }) insufficient!: boolean;
  @Field({ description: 'Fewer responses than the model’s minimum: the score is shown, not ranked.' })
  belowMinimum!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the score is withheld (small group); null when shown.' })
  withheldReason!: string | null;
}

@ObjectType('ScoreDelta')
export class ScoreDeltaType {
  @Field(() => Float) delta!: number;
  @Field({ description: '|Δ| > 1.96·√(SE₁² + SE₂²).' }) significant!: boolean;
}

@ObjectType('SeriesPoint')
export class SeriesPointType {
  @Field({ description: 'e.g. 2026-03, 2026-Q1, 2026-W09.' }) label!: string;
  @Field() start!: string;
  @Field({ description: 'Day after the bucket’s last day.' }) end!: string;
  @Field(() => Int) responseCount!: number;
  @Field(() => [NodeScoreType]) nodes!: NodeScoreType[];
  @Field(() => ScoreDeltaType, { nullable: true, description: 'Index change since the previous bucket.' })
  deltaPrevious!: ScoreDeltaType | null;
  @Field(() => ScoreDeltaType, { nullable: true, description: 'Index change since the same bucket a year earlier.' })
  deltaYearAgo!: ScoreDeltaType | null;
}

export const WeightingSchemeConnection = Connection(WeightingScheme);
