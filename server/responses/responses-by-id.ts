import type { RequestContext } from '../graphql/context.js';
import { Response } from './response.entity.js';

/** One stored response as a person asking for their data sees it: its facts and answers. */
export interface ResponseRecord {
  id: string;
  unitId: string;
  questionnaireId: string;
  questionnaireVersionId: string;
  channel: string;
  status: string;
  language: string | null;
  category: string | null;
  situation: string | null;
  submittedAt: Date;
  completedAt: Date | null;
  answers: Record<string, unknown>;
}

/** The responses with these ids in the caller's organisation (the tenant filter), oldest first. */
export async function responsesByIds(ctx: RequestContext, ids: string[]): Promise<ResponseRecord[]> {
  if (!ids.length) return [];
  const rows = await ctx.em.find(Response, { id: { $in: ids } }, { orderBy: { submittedAt: 'asc' } });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit.id,
    questionnaireId: r.questionnaire.id,
    questionnaireVersionId: r.questionnaireVersion.id,
    channel: r.channel,
    status: r.status,
    language: r.language,
    category: r.category,
    situation: r.situation,
    submittedAt: r.submittedAt,
    completedAt: r.completedAt,
    answers: r.answers,
  }));
}
