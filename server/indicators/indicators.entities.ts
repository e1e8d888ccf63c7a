import { IndicatorModel, IndicatorModelVersion } from './indicator-model.entity.js';
import { Metric, MetricObservation, MetricObservationChange } from './metric.entity.js';

export const indicatorEntities = [IndicatorModel, IndicatorModelVersion, Metric, MetricObservation, MetricObservationChange];
