/** The indicators module's parts, for the composition root (server/app): its resolvers and entities. */
import { IndicatorModel } from './indicator-model.entity.js';
import { IndicatorModelVersion } from './indicator-model-version.entity.js';
import { IndicatorModelResolver, IndicatorModelVersionResolver } from './indicator-model.resolver.js';
import { Metric } from './metric.entity.js';
import { MetricObservation } from './metric-observation.entity.js';
import { MetricObservationChange } from './metric-observation-change.entity.js';
import { MetricResolver } from './metric.resolver.js';
import { TemplateModelResolver } from './template-model.resolver.js';

export const indicatorResolvers = [
  IndicatorModelResolver,
  IndicatorModelVersionResolver,
  MetricResolver,
  TemplateModelResolver,
] as const;
export const indicatorEntities = [
  IndicatorModel,
  IndicatorModelVersion,
  Metric,
  MetricObservation,
  MetricObservationChange,
];
