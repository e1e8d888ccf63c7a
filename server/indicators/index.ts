/**
 * The public face of the indicators module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './indicators.module.js';
export { bandOf, roundScore } from './engine/bands.js';
export { aggregateMetric } from './engine/metric.js';
export type { Observation } from './engine/metric.js';
export { applyLeafValues, combineUnits, leafValuesOf } from './engine/rollup.js';
export type { LeafValues } from './engine/rollup.js';
export { compileScorer, scoreResponseItems } from './engine/scale.js';
export { computeScores, lostPoints } from './engine/score.js';
export type { ItemResult, MetricInput, NodeResult } from './engine/score.js';
export { addResponse, addScaled, emptyStats, scoreOneResponse } from './engine/stats.js';
export type { ScopeStats } from './engine/stats.js';
export { bindingsOf, INSPECTION_KINDS, walk } from './engine/types.js';
export type { Band, ModelDefinition, ScoredAnswer } from './engine/types.js';
export { postStratify, rake } from './engine/weighting.js';
export type { Cell, Margin, WeightingReport } from './engine/weighting.js';
export { IndicatorModel } from './indicator-model.entity.js';
export { IndicatorModelVersion } from './indicator-model-version.entity.js';
export { latestModelVersions } from './indicator-model.service.js';
export { BandType, IndicatorKind } from './indicator-model.types.js';
export { Metric } from './metric.entity.js';
export { MetricObservation } from './metric-observation.entity.js';
export { metricDefinitions, recordMetric } from './metric.service.js';
export { boundQuestionnaires } from './model-definition.js';
export {
  modelForResponses,
  pickModel,
  scoreNewResponse,
  scoreWith,
  scorerFor,
  versionRef,
} from './model-scoring.service.js';
export type { ModelVersionRef } from './model-scoring.service.js';
export { scoreAnswers } from './score-answers.service.js';
export { ScoreResponseInput } from './indicator-model.inputs.js';
export { ResponseScoreType } from './indicator-model.types.js';
export { metricTotalsByQuarter } from './metric.service.js';
export { observationsInPeriod } from './metric.service.js';
export { indicatorDocs } from './indicator-model.docs.js';
