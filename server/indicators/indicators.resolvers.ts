import { IndicatorModelResolver, IndicatorModelVersionResolver } from './indicator-model.resolver.js';
import { MetricResolver } from './metric.resolver.js';

export const indicatorResolvers = [IndicatorModelResolver, IndicatorModelVersionResolver, MetricResolver] as const;
