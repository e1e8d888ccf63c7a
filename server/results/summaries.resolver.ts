import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { readingContext } from '../db/read-replica.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { QuestionSummariesInput } from './summaries.inputs.js';
import { questionSummaries } from './summaries.service.js';
import { QuestionSummariesType } from './summaries.types.js';

@Resolver()
export class SummariesResolver {
  @Query(() => QuestionSummariesType, {
    description: 'Per-question summaries of a published questionnaire over a unit subtree and period, no model needed.',
  })
  @Allow(Permission.RESULTS_READ)
  async questionSummaries(
    @Arg('input') input: QuestionSummariesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionSummariesType> {
    return (await questionSummaries(await readingContext(ctx), input)) as QuestionSummariesType;
  }
}
