import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { Permission } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { loadVersion } from '../questionnaires/index.js';
import { bandOf } from './engine/bands.js';
import { scoreResponseItems } from './engine/scale.js';
import { scoreOneResponse } from './engine/stats.js';
import { walk } from './engine/types.js';
import { loadModelVersion } from './indicator-model.service.js';
import type { ResponseScoreType } from './indicator-model.types.js';

export interface ScoreAnswersInput {
  modelVersionId: string;
  questionnaireVersionId?: string | null;
  answers?: unknown;
}

/**
 * Scores one answer set with a model version: the tree applied to that response alone
 * (design.md §4), against the questionnaire version it answers. The answers are a stored
 * response's (the responses module's `scoreResponse` reads it), or hypothetical ones (an author
 * trying a model out).
 */
export async function scoreAnswers(ctx: RequestContext, input: ScoreAnswersInput): Promise<ResponseScoreType> {
  const { questionnaireVersionId: versionId, answers } = input;
  if (!versionId)
    throw badInput('Give a responseId, or a questionnaireVersionId with answers.', { field: 'questionnaireVersionId' });
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw badInput('answers must be an object of question name → value (SurveyJS data).', { field: 'answers' });
  }
  const model = await loadModelVersion(ctx, input.modelVersionId);
  const version = await loadVersion(ctx, versionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', versionId);
  const lineage = new Set(await lineageOf(ctx.em, version.questionnaire.id));
  const definition = model.definition;
  const perNode = scoreOneResponse(
    definition,
    scoreResponseItems(definition, version.definition, lineage, answers as Record<string, unknown>),
  );
  const nodes = [...walk(definition.root)].map(({ node, parent }) => {
    const r = perNode.get(node.key)!;
    return {
      key: node.key,
      parentKey: parent?.key ?? null,
      score: r.score,
      value: r.value,
      band: bandOf(definition.bands, r.score),
    };
  });
  return { score: nodes[0].score, band: nodes[0].band, nodes };
}
