import type { EntityManager } from '@mikro-orm/postgresql';
import { Response } from './response.entity.js';

/** What a later module may know of a stored response (cases: alert rules, satisfaction with handling). */
export interface StoredResponseFacts {
  id: string;
  unitId: string;
  questionnaireId: string;
  answers: Record<string, unknown>;
  /** Its own score by its indicator model, 0–100, and band key; null when no model scored it. */
  score: number | null;
  band: string | null;
  confidential: boolean;
  isTest: boolean;
  excluded: boolean;
  completedAt: Date | null;
}

/** The facts of stored responses, by id (ids of other organisations are simply not found). */
export async function storedResponseFacts(em: EntityManager, ids: string[]): Promise<StoredResponseFacts[]> {
  if (!ids.length) return [];
  const rows = await em.find(Response, { id: { $in: ids } });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit.id,
    questionnaireId: r.questionnaire.id,
    answers: r.answers,
    score: r.score,
    band: r.band,
    confidential: Boolean(r.confidential),
    isTest: r.isTest,
    excluded: r.excludedAt !== null,
    completedAt: r.completedAt,
  }));
}
