import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { readingContext } from '../db/read-replica.js';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import {
  NodeScoreType,
  RankingEntryType,
  ScoresType,
  SeriesGranularity,
  SeriesPointType,
  WeightingSchemeConnection,
} from './results.types.js';
import { ScoresInput, WeightingSchemeInput } from './results.inputs.js';
import type { ScoresQuestions } from './question-scores.js';
import { WeightingScheme } from './weighting-scheme.entity.js';
import { createScheme, listSchemes } from './weighting.service.js';
import { lostPointsOf, ranking, scores, scoreSeries } from './results.service.js';

/** Kept beside the scores for `Scores.questions` (question-scores.ts), titled only when asked. */
type QuestionsOf = { questionsOf: ScoresQuestions };

@Resolver()
export class ResultsResolver {
  @Query(() => ScoresType, {
    description: 'Weighted scores of every node for a unit subtree and period (design.md §4).',
  })
  @Allow(Permission.RESULTS_READ)
  async scores(@Arg('input') input: ScoresInput, @Ctx() ctx: RequestContext): Promise<ScoresType & QuestionsOf> {
    const result = await scores(await readingContext(ctx), input);
    const { weights: _, ...weighting } = result.weighting;
    return {
      questionsOf: { definition: result.scope.model.definition, items: result.items },
      modelVersion: result.scope.model.version,
      responseCount: result.responseCount,
      nodes: result.nodes as NodeScoreType[],
      bandDistribution: result.bandDistribution,
      withheldReason: result.withheldReason,
      weighting: { scheme: result.scope.weighting, ...weighting },
    };
  }

  @Query(() => WeightingSchemeConnection)
  @Allow(Permission.RESULTS_READ)
  weightingSchemes(@Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<Page<WeightingScheme>> {
    return listSchemes(ctx, page);
  }

  @Mutation(() => WeightingScheme, {
    description: 'Defines how respondents are weighted (post-stratification cells or raking margins).',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  createWeightingScheme(
    @Arg('input') input: WeightingSchemeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WeightingScheme> {
    return createScheme(ctx, input);
  }

  @Query(() => [NodeScoreType], {
    description:
      'Where the points went: leaves by lost points, largest first. Not paged: bounded by the model, at most 500 nodes.',
  })
  @Allow(Permission.RESULTS_READ)
  async lostPoints(@Arg('input') input: ScoresInput, @Ctx() ctx: RequestContext): Promise<NodeScoreType[]> {
    return (await lostPointsOf(await readingContext(ctx), input)) as NodeScoreType[];
  }

  @Query(() => [RankingEntryType], {
    description:
      'The child units of the input unit (or its units of one depth), ranked on the model’s index. Not paged, because a rank ' +
      'needs the whole level: bounded by the units of that level, one entry each.',
  })
  @Allow(Permission.RESULTS_READ)
  async ranking(
    @Arg('input') input: ScoresInput,
    @Arg('depth', () => Int, { nullable: true }) depth: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RankingEntryType[]> {
    return ranking(await readingContext(ctx), input, depth);
  }

  @Query(() => [SeriesPointType], {
    description:
      'Scores per bucket with deltas to the previous bucket and a year earlier. Not paged: bounded, at most 400 buckets ' +
      '(a longer series is refused with BAD_USER_INPUT).',
  })
  @Allow(Permission.RESULTS_READ)
  async scoreSeries(
    @Arg('input') input: ScoresInput,
    @Arg('granularity', () => SeriesGranularity) granularity: SeriesGranularity,
    @Ctx() ctx: RequestContext,
  ): Promise<SeriesPointType[]> {
    return (await scoreSeries(await readingContext(ctx), input, granularity)) as SeriesPointType[];
  }
}
