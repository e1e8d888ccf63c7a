import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, olderThan, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { requireId } from '../graphql/errors.js';
import { containsPattern } from '../db/sql.js';
import { readableSubtrees } from '../org/index.js';
import { Permission } from '../org/index.js';
import { Channel, Response, ResponseStatus } from './response.entity.js';

export interface ResponseFilter {
  under?: string | null;
  questionnaireId?: string | null;
  versionId?: string | null;
  from?: Date | null;
  to?: Date | null;
  channel?: Channel | null;
  category?: string | null;
  situation?: string | null;
  band?: string | null;
  status?: ResponseStatus | null;
  includeExcluded?: boolean | null;
  includeTests?: boolean | null;
  search?: string | null;
}

/**
 * The conditions selecting the responses a filter names, within the units the caller may read
 * results of; null when the caller may read none. Tests, exclusions and partials only on request.
 */
export async function responseWhere(ctx: RequestContext, filter: ResponseFilter): Promise<Record<string, unknown>[] | null> {
  const subtrees = await readableSubtrees(ctx, Permission.RESULTS_READ, filter.under);
  if (!subtrees.length) return null;
  const where: Record<string, unknown>[] = [
    { unit: { $or: subtrees.map((p) => ({ path: { $like: `${p}%` } })) } },
    { status: filter.status ?? ResponseStatus.COMPLETE },
  ];
  if (!filter.includeExcluded) where.push({ excludedAt: null });
  if (!filter.includeTests) where.push({ isTest: false });
  if (filter.questionnaireId) where.push({ questionnaire: requireId('Questionnaire', filter.questionnaireId) });
  if (filter.versionId) where.push({ questionnaireVersion: requireId('Questionnaire version', filter.versionId) });
  if (filter.from) where.push({ submittedAt: { $gte: filter.from } });
  if (filter.to) where.push({ submittedAt: { $lt: filter.to } });
  if (filter.channel) where.push({ channel: filter.channel });
  if (filter.category) where.push({ category: filter.category });
  if (filter.situation) where.push({ situation: filter.situation });
  if (filter.band) where.push({ band: filter.band });
  const search = filter.search?.trim();
  if (search) where.push({ id: { $in: ctx.em.createQueryBuilder(Response, 's').select('s.id').where('s.answers::text ilike ?', [containsPattern(search)]).getKnexQuery() } });
  return where;
}


/** Responses in the units the caller may read, newest first. */
export async function listResponses(ctx: RequestContext, filter: ResponseFilter, args: PageArgs): Promise<Page<Response>> {
  const first = pageSize(args);
  const where = await responseWhere(ctx, filter);
  if (!where) return toPage([], first, 0, () => [], false);
  const cursor = decodeCursor(args.after);
  const [rows, total] = await Promise.all([
    ctx.em.find(Response, { $and: cursor ? [...where, olderThan('submittedAt', cursor)] : where }, { orderBy: { submittedAt: 'desc', id: 'desc' }, limit: first + 1 }),
    ctx.em.count(Response, { $and: where }),
  ]);
  return toPage(rows, first, total, (r) => [r.submittedAt.toISOString(), r.id], Boolean(cursor));
}
