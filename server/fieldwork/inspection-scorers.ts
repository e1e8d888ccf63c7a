import type { EntityManager } from '@mikro-orm/postgresql';
import { compileScorer, INSPECTION_KINDS, type ModelDefinition } from '../indicators/index.js';
import { lineageOf, publishedVersion } from '../questionnaires/index.js';
import type { Visit } from './visit.entity.js';

export type Scorer = ReturnType<typeof compileScorer>;

/** One scorer per (model, scoring-sheet version), INSPECTION leaves only: client responses never reach it. */
export async function scorers(em: EntityManager, model: ModelDefinition, visits: Visit[]) {
  const out = new Map<string, Scorer>();
  for (const id of new Set(visits.map((v) => v.questionnaireVersionId))) {
    const version = await publishedVersion(em, id);
    const lineage = new Set(await lineageOf(em, version.questionnaireId));
    out.set(id, compileScorer(model, version.definition, lineage, INSPECTION_KINDS));
  }
  return out;
}
