/** The indicators module's parts, for the composition root (server/app): its resolvers and entities. */
import { IndicatorModel, IndicatorModelVersion } from './indicator-model.entity.js';
import { IndicatorModelResolver, IndicatorModelVersionResolver } from './indicator-model.resolver.js';
import { Metric, MetricObservation, MetricObservationChange } from './metric.entity.js';
import { MetricResolver } from './metric.resolver.js';
import { TemplateModelResolver } from './template-model.resolver.js';

export const indicatorResolvers = [IndicatorModelResolver, IndicatorModelVersionResolver, MetricResolver, TemplateModelResolver] as const;
export const indicatorEntities = [IndicatorModel, IndicatorModelVersion, Metric, MetricObservation, MetricObservationChange];
