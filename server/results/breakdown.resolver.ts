import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { breakdown } from './breakdown.service.js';
import { BreakdownDimension, BreakdownType, type BreakdownValueType } from './breakdown.types.js';
import { ScoresInput } from './results.inputs.js';
import { rollupStatus } from './rollup-status.service.js';
import { equalTreatment } from './equal-treatment.service.js';
import { EqualTreatmentType } from './equal-treatment.types.js';
import { RollupStatusType } from './rollup-status.types.js';

@Resolver()
export class BreakdownResolver {
  @Query(() => BreakdownType, {
    description:
      'Node scores per category, situation, channel, language, version, answer or child unit in one call, each with ' +
      'n, ci95 and whether it differs significantly from the rest (design.md §4).',
  })
  @Allow(Permission.RESULTS_READ)
  async breakdown(
    @Arg('input', { description: 'The scope, as for scores; its filters apply before the split.' }) input: ScoresInput,
    @Arg('by', () => BreakdownDimension, { description: 'The dimension to split by.' }) by: BreakdownDimension,
    @Arg('question', () => String, {
      nullable: true,
      description: 'ANSWER: the SurveyJS name of the choice question; ignored otherwise.',
    })
    question: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<BreakdownType> {
    const result = await breakdown(ctx, input, by, question);
    return {
      by,
      question: by === BreakdownDimension.ANSWER ? question : null,
      modelVersion: result.scope.model.version,
      values: result.values as BreakdownValueType[],
    };
  }

  @Query(() => EqualTreatmentType, {
    description:
      'Equal treatment: the spread (max − min) of a node’s score across respondent categories and service ' +
      'situations, and which differences are significant (design.md §4 significance rule).',
  })
  @Allow(Permission.RESULTS_READ)
  equalTreatment(
    @Arg('input', { description: 'The scope, as for scores.' }) input: ScoresInput,
    @Arg('nodeKey', () => String, { nullable: true, description: 'The node compared; the index when left out.' })
    nodeKey: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EqualTreatmentType> {
    return equalTreatment(ctx, input, nodeKey) as Promise<EqualTreatmentType>;
  }

  @Query(() => RollupStatusType, {
    description:
      'How far behind the rollup worker is (responses waiting, seconds behind) and when your organisation’s rollups ' +
      'were last rebuilt. Needs results access at the head office.',
  })
  @Allow(Permission.RESULTS_READ)
  rollupStatus(@Ctx() ctx: RequestContext): Promise<RollupStatusType> {
    return rollupStatus(ctx);
  }
}
