import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { Permission } from '../org/roles.js';
import { lineageOf } from '../questionnaires/lineage.service.js';
import { getResponse } from '../responses/curation.service.js';
import { loadVersion } from '../questionnaires/questionnaire.service.js';
import { bandOf } from './engine/bands.js';
import { scoreResponseItems } from './engine/scale.js';
import { scoreOneResponse } from './engine/stats.js';
import { walk } from './engine/types.js';
import { loadModelVersion } from './indicator-model.service.js';
import type { ResponseScoreType } from './indicator-model.types.js';

export interface ScoreResponseInput {
  modelVersionId: string;
  responseId?: string | null;
  questionnaireVersionId?: string | null;
  answers?: unknown;
}

/**
 * Scores one answer set with a model version: the tree applied to that response alone
 * (design.md §4), against the questionnaire version it answers. The answers are a stored
 * response's, or hypothetical ones (an author trying a model out).
 */
export async function scoreResponse(ctx: RequestContext, input: ScoreResponseInput): Promise<ResponseScoreType> {
  let versionId = input.questionnaireVersionId;
  let answers = input.answers;
  if (input.responseId) {
    if (versionId || answers !== undefined) throw badInput('Give a responseId, or a questionnaireVersionId with answers, not both.');
    const stored = await getResponse(ctx, input.responseId);
    versionId = stored.questionnaireVersion.id;
    answers = stored.answers;
  }
  if (!versionId) throw badInput('Give a responseId, or a questionnaireVersionId with answers.', { field: 'questionnaireVersionId' });
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw badInput('answers must be an object of question name → value (SurveyJS data).', { field: 'answers' });
  }
  const model = await loadModelVersion(ctx, input.modelVersionId);
  const version = await loadVersion(ctx, versionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', versionId);
  const lineage = new Set(await lineageOf(ctx.em, version.questionnaire.id));
  const definition = model.definition;
  const perNode = scoreOneResponse(definition, scoreResponseItems(definition, version.definition, lineage, answers as Record<string, unknown>));
  const nodes = [...walk(definition.root)].map(({ node, parent }) => {
    const r = perNode.get(node.key)!;
    return { key: node.key, parentKey: parent?.key ?? null, score: r.score, value: r.value, band: bandOf(definition.bands, r.score) };
  });
  return { score: nodes[0].score, band: nodes[0].band, nodes };
}
