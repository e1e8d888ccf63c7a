import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { MetricInput, RecordMetricInput } from './indicator-model.inputs.js';
import { MetricObservationConnection } from './indicator-model.types.js';
import { importMetricValues } from './metric-import.service.js';
import { ImportMetricValuesInput, MetricImportResult } from './metric-import.types.js';
import { Metric } from './metric.entity.js';
import { MetricObservation } from './metric-observation.entity.js';
import { MetricObservationChange } from './metric-observation-change.entity.js';
import { createMetric, listMetrics, listObservations, observationHistory, recordMetric } from './metric.service.js';

@Resolver(() => MetricObservation)
export class MetricResolver {
  @Query(() => [Metric], {
    description:
      'The organisation’s administrative statistics, by key. Not paged: bounded, at most 500 (createMetric refuses more).',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  metrics(@Ctx() ctx: RequestContext): Promise<Metric[]> {
    return listMetrics(ctx);
  }

  @Query(() => MetricObservationConnection, {
    description:
      'Recorded values of a metric for a unit and its subtree, optionally within [from, to), by period start.',
  })
  @Allow(Permission.RESULTS_READ)
  metricObservations(
    @Arg('metricKey') metricKey: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<MetricObservation>> {
    return listObservations(ctx, { metricKey, unitId, from, to }, page);
  }

  @Mutation(() => Metric)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  createMetric(@Arg('input') input: MetricInput, @Ctx() ctx: RequestContext): Promise<Metric> {
    return createMetric(ctx, input);
  }

  @Mutation(() => MetricObservation, {
    description: 'Records (or corrects) a metric’s value for a unit and period; every change is kept.',
  })
  @Allow(Permission.METRIC_RECORD)
  recordMetric(@Arg('input') input: RecordMetricInput, @Ctx() ctx: RequestContext): Promise<MetricObservation> {
    return recordMetric(ctx, input);
  }

  @Mutation(() => MetricImportResult, {
    description:
      'Records the values of a CSV file (unit code, period, value): all rows, or none and each row’s problem.',
  })
  @Allow(Permission.METRIC_RECORD)
  importMetricValues(
    @Arg('input', { description: 'The metric and the file.' }) input: ImportMetricValuesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MetricImportResult> {
    return importMetricValues(ctx, input);
  }

  @FieldResolver(() => Metric)
  metric(@Root() o: MetricObservation, @Ctx() ctx: RequestContext): Promise<Metric> {
    return ctx.loaders.byId(Metric).load(o.metric.id) as Promise<Metric>;
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() o: MetricObservation, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(o.unit.id))!;
  }

  @FieldResolver(() => [MetricObservationChange], { description: 'Every change, oldest first.' })
  history(@Root() o: MetricObservation, @Ctx() ctx: RequestContext): Promise<MetricObservationChange[]> {
    return observationHistory(ctx, o);
  }
}
