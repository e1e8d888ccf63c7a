import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from '../org/org-unit.entity.js';
import { bandOf } from './engine/bands.js';
import { scoreResponseItems } from './engine/scale.js';
import { scoreOneResponse } from './engine/stats.js';
import { IndicatorModel, IndicatorModelVersion } from './indicator-model.entity.js';
import { boundQuestionnaires } from './model-definition.js';

export interface ResponseScore {
  modelVersionId: string;
  score: number | null;
  bandKey: string | null;
  bandLabel: string | null;
}

/**
 * The model that applies to a response: the latest published version of a model binding its
 * questionnaire (or one it derives from), owned by the nearest unit at or above the response's
 * unit. Null when none applies.
 */
export async function modelForResponses(em: EntityManager, unit: OrgUnit, lineage: string[]): Promise<IndicatorModelVersion | null> {
  const models = await em.find(IndicatorModel, { latestVersionNumber: { $gt: 0 } });
  const units = new Map((await em.find(OrgUnit, { id: { $in: [...new Set(models.map((m) => m.unit.id))] } })).map((u) => [u.id, u]));
  const above = models
    .filter((m) => unit.path.startsWith(units.get(m.unit.id)?.path ?? '\u0000'))
    .sort((a, b) => units.get(b.unit.id)!.path.length - units.get(a.unit.id)!.path.length);
  for (const model of above) {
    const version = await em.findOneOrFail(IndicatorModelVersion, { model, number: model.latestVersionNumber });
    if (boundQuestionnaires(version.definition).some((id) => lineage.includes(id))) return version;
  }
  return null;
}

/** One response scored on its own by a model version (design.md §4). */
export function scoreWith(version: IndicatorModelVersion, definition: Record<string, unknown>, lineage: string[], answers: Record<string, unknown>): ResponseScore {
  const perNode = scoreOneResponse(version.definition, scoreResponseItems(version.definition, definition, new Set(lineage), answers));
  const score = perNode.get(version.definition.root.key)!.score;
  const band = bandOf(version.definition.bands, score);
  return { modelVersionId: version.id, score, bandKey: band?.key ?? null, bandLabel: band?.label ?? null };
}

/** Scores a new response with the model that applies to it, if any. */
export async function scoreNewResponse(
  em: EntityManager,
  unit: OrgUnit,
  lineage: string[],
  definition: Record<string, unknown>,
  answers: Record<string, unknown>,
): Promise<ResponseScore | null> {
  const version = await modelForResponses(em, unit, lineage);
  return version ? scoreWith(version, definition, lineage, answers) : null;
}
