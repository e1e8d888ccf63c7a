import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import {
  addResponse,
  compileScorer,
  emptyStats,
  INSPECTION_KINDS,
  type ModelDefinition,
  type ScopeStats,
} from '../indicators/index.js';
import { lineageOf, publishedVersion } from '../questionnaires/index.js';
import type { InspectionQuery, InspectionSource } from '../results/index.js';
import { Visit } from './visit.entity.js';

type Scorer = ReturnType<typeof compileScorer>;

/** One scorer per (model, scoring-sheet version), INSPECTION leaves only: client responses never reach it. */
async function scorers(em: EntityManager, model: ModelDefinition, visits: Visit[]) {
  const out = new Map<string, Scorer>();
  for (const id of new Set(visits.map((v) => v.questionnaireVersionId))) {
    const version = await publishedVersion(em, id);
    const lineage = new Set(await lineageOf(em, version.questionnaireId));
    out.set(id, compileScorer(model, version.definition, lineage, INSPECTION_KINDS));
  }
  return out;
}

/** Adds visits to fresh statistics with the engine's own addResponse (weight 1 each: visits are not weighted). */
export async function statsOfVisits(em: EntityManager, model: ModelDefinition, visits: Visit[]): Promise<ScopeStats> {
  const stats = emptyStats();
  const byVersion = await scorers(em, model, visits);
  for (const visit of visits) {
    const scored = byVersion.get(visit.questionnaireVersionId)!(visit.answers);
    if (scored.size) addResponse(model, stats, scored);
  }
  return stats;
}

/** Current (latest revision) visits of a unit or its subtree ending in [from, to). */
export function visitsInScope(em: EntityManager, q: Omit<InspectionQuery, 'model' | 'orgId'>): Promise<Visit[]> {
  return em.find(Visit, {
    unit: { path: q.exact ? q.unitPath : { $like: `${q.unitPath}%` } },
    supersededAt: null,
    endedAt: { $gte: q.from, $lt: q.to },
  });
}

/** What the results module's InspectionSource port gets (installed in server/app/modules.ts). */
export const fieldworkInspections: InspectionSource = {
  async stats(ctx: RequestContext, query: InspectionQuery): Promise<ScopeStats> {
    return statsOfVisits(ctx.em, query.model, await visitsInScope(ctx.em, query));
  },
};
