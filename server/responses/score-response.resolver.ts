import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { ResponseScoreType, scoreAnswers, ScoreResponseInput } from '../indicators/index.js';
import { Permission } from '../org/index.js';
import { getResponse } from './curation.service.js';

/** Scoring one response: here because a stored response is read first (responses builds on indicators). */
@Resolver()
export class ScoreResponseResolver {
  @Query(() => ResponseScoreType, {
    description: 'Scores one response, stored or hypothetical, with any model version.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  async scoreResponse(@Arg('input') input: ScoreResponseInput, @Ctx() ctx: RequestContext): Promise<ResponseScoreType> {
    if (!input.responseId) return scoreAnswers(ctx, input);
    if (input.questionnaireVersionId || input.answers !== undefined) {
      throw badInput('Give a responseId, or a questionnaireVersionId with answers, not both.');
    }
    const stored = await getResponse(ctx, input.responseId);
    return scoreAnswers(ctx, {
      ...input,
      questionnaireVersionId: stored.questionnaireVersion.id,
      answers: stored.answers,
    });
  }
}
