import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgUnit } from '../org/index.js';
import { bandOf } from './engine/bands.js';
import { compileScorer, type ResponseScorer } from './engine/scale.js';
import { scoreOneResponse } from './engine/stats.js';
import type { ModelDefinition } from './engine/types.js';
import { IndicatorModelVersion } from './indicator-model-version.entity.js';
import { boundQuestionnaires } from './model-definition.js';

export interface ResponseScore {
  modelVersionId: string;
  score: number | null;
  bandKey: string | null;
  bandLabel: string | null;
}

export interface ModelVersionRef {
  id: string;
  definition: ModelDefinition;
}

// Published versions never change, so their definitions and compiled scorers can be cached.
const definitions = new Map<string, ModelDefinition>();
const scorers = new Map<string, ResponseScorer>();
const bounded = <K, V>(map: Map<K, V>, key: K, value: V) => (
  map.size > 5000 && map.clear(),
  map.set(key, value),
  value
);

export async function versionRef(em: EntityManager, id: string): Promise<ModelVersionRef> {
  const cached = definitions.get(id);
  if (cached) return { id, definition: cached };
  const version = await em.findOneOrFail(IndicatorModelVersion, { id });
  return { id, definition: bounded(definitions, id, version.definition) };
}

/**
 * Candidate model versions for a unit: the latest versions of models owned by the unit or a
 * unit above it, nearest first. Models change when published, so this is read each time (one
 * query). It reads `indicator_model_scope`, the read-only view this module publishes
 * (Migration20261201074949) so that the responses module's link lookup reads the same in its own
 * query and saves a round trip; a change to it is a new migration.
 */
const CANDIDATE_MODELS_SQL = `select model_version_id as id from indicator_model_scope
  where organization_id = ? and ? like unit_path || '%'
  order by length(unit_path) desc, published_at desc`;

/** The first candidate that binds the response's questionnaire (or one it derives from). */
export async function pickModel(
  em: EntityManager,
  candidates: string[],
  lineage: string[],
): Promise<ModelVersionRef | null> {
  for (const id of candidates) {
    const version = await versionRef(em, id);
    if (boundQuestionnaires(version.definition).some((q) => lineage.includes(q))) return version;
  }
  return null;
}

/**
 * The model that applies to responses of a unit: the latest published version of a model
 * binding its questionnaire (or one it derives from), owned by the nearest unit at or above it.
 */
export async function modelForResponses(
  em: EntityManager,
  orgId: string,
  unit: Pick<OrgUnit, 'path'>,
  lineage: string[],
): Promise<ModelVersionRef | null> {
  const rows: { id: string }[] = await em.getConnection().execute(CANDIDATE_MODELS_SQL, [orgId, unit.path]);
  return pickModel(
    em,
    rows.map((r) => r.id),
    lineage,
  );
}

/** The compiled scorer of a (model version, questionnaire version) pair; both are immutable. */
export function scorerFor(
  model: ModelVersionRef,
  questionnaireVersion: { id: string; definition: Record<string, unknown> },
  lineage: string[],
): ResponseScorer {
  const key = `${model.id}|${questionnaireVersion.id}`;
  return (
    scorers.get(key) ??
    bounded(scorers, key, compileScorer(model.definition, questionnaireVersion.definition, new Set(lineage)))
  );
}

/** One response scored on its own by a model version (design.md §4). */
export function scoreWith(
  model: ModelVersionRef,
  questionnaireVersion: { id: string; definition: Record<string, unknown> },
  lineage: string[],
  answers: Record<string, unknown>,
): ResponseScore {
  const perNode = scoreOneResponse(model.definition, scorerFor(model, questionnaireVersion, lineage)(answers));
  const score = perNode.get(model.definition.root.key)!.score;
  const band = bandOf(model.definition.bands, score);
  return { modelVersionId: model.id, score, bandKey: band?.key ?? null, bandLabel: band?.label ?? null };
}

/** Scores a new response with the model that applies to it, if any. */
export async function scoreNewResponse(
  em: EntityManager,
  orgId: string,
  unit: Pick<OrgUnit, 'path'>,
  lineage: string[],
  questionnaireVersion: { id: string; definition: Record<string, unknown> },
  answers: Record<string, unknown>,
): Promise<ResponseScore | null> {
  const model = await modelForResponses(em, orgId, unit, lineage);
  return model ? scoreWith(model, questionnaireVersion, lineage, answers) : null;
}
