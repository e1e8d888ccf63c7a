import type { RequestContext } from '../graphql/context.js';
import { Permission, readableSubtrees } from '../org/index.js';
import { answeredInReadableUnits, lineageOf } from '../questionnaires/index.js';
import { IndicatorModel } from './indicator-model.entity.js';
import { IndicatorModelVersion } from './indicator-model-version.entity.js';
import { boundQuestionnaires } from './model-definition.js';

/**
 * The published models the caller reads because their units answer a questionnaire the model's
 * latest version binds (docs/security.md, "Reading what your units answer"): a branch manager
 * reads the head office's model that scores the branch. Read only; authoring stays where it lives.
 */
export async function modelsReadAsAnsweringUnit(ctx: RequestContext): Promise<Set<string>> {
  // Only models outside the units one reads anyway are in question: none for a head office's reader.
  const readable = await readableSubtrees(ctx, Permission.QUESTIONNAIRE_READ);
  const models = await ctx.em.find(
    IndicatorModel,
    {
      latestVersionNumber: { $gt: 0 },
      ...(readable.length ? { $and: readable.map((p) => ({ $not: { unit: { path: { $like: `${p}%` } } } })) } : {}),
    },
    { fields: ['id', 'latestVersionNumber'] },
  );
  if (!models.length) return new Set();
  const answered = await answeredInReadableUnits(ctx);
  if (!answered.length) return new Set();
  // A model binding the head office's questionnaire also counts the answers to those derived from it.
  const questionnaires = new Set((await Promise.all(answered.map((id) => lineageOf(ctx.em, id)))).flat());
  const latest = await ctx.em.find(
    IndicatorModelVersion,
    { $or: models.map((m) => ({ model: m.id, number: m.latestVersionNumber })) },
    { fields: ['model', 'definition'] },
  );
  const ids = latest
    .filter((v) => boundQuestionnaires(v.definition).some((id) => questionnaires.has(id)))
    .map((v) => v.model.id);
  return new Set(ids);
}
