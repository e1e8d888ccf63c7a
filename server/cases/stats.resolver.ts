import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { MetricObservation } from '../indicators/index.js';
import { Permission } from '../org/index.js';
import {
  CaseAnalysisInput,
  CaseAnalysisRow,
  CaseStatisticsInput,
  CaseStatisticsResult,
  RecordCaseMetricInput,
} from './stats.inputs.js';
import { caseAnalysis, caseStatistics, recordCaseMetric } from './stats.service.js';

@Resolver()
export class CaseStatsResolver {
  @Query(() => CaseStatisticsResult, { description: 'Complaint statistics of a unit subtree over a period.' })
  @Allow(Permission.RESULTS_READ)
  caseStatistics(
    @Arg('input', { description: 'The unit and period.' }) input: CaseStatisticsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return caseStatistics(ctx, input);
  }

  @Query(() => [CaseAnalysisRow], {
    description: 'The complaint analysis: groups, most complaints (per 1,000 clients by UNIT) first. At most 500.',
  })
  @Allow(Permission.RESULTS_READ)
  caseAnalysis(
    @Arg('input', { description: 'The unit, period and grouping.' }) input: CaseAnalysisInput,
    @Ctx() ctx: RequestContext,
  ) {
    return caseAnalysis(ctx, input);
  }

  @Mutation(() => MetricObservation, { description: 'Records a complaint statistic as a METRIC observation.' })
  @Allow(Permission.METRIC_RECORD)
  recordCaseMetric(
    @Arg('input', { description: 'The statistic, metric, unit and period.' }) input: RecordCaseMetricInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordCaseMetric(ctx, input);
  }
}
