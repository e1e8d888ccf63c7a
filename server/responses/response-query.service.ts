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
  completedFrom?: Date | null;
  completedTo?: Date | null;
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
export async function responseWhere(
  ctx: RequestContext,
  filter: ResponseFilter,
): Promise<Record<string, unknown>[] | null> {
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
  if (filter.completedFrom) where.push({ completedAt: { $gte: filter.completedFrom } });
  if (filter.completedTo) where.push({ completedAt: { $lt: filter.completedTo } });
  if (filter.channel) where.push({ channel: filter.channel });
  if (filter.category) where.push({ category: filter.category });
  if (filter.situation) where.push({ situation: filter.situation });
  if (filter.band) where.push({ band: filter.band });
  const search = filter.search?.trim();
  if (search)
    where.push({
      id: {
        $in: ctx.em
          .createQueryBuilder(Response, 's')
          .select('s.id')
          .where('s.answers::text ilike ?', [containsPattern(search)])
          .getKnexQuery(),
      },
    });
  return where;
}

/**
 * Responses in the units the caller may read, newest first: by completion time when the filter
 * bounds it (read from the completion-time indexes), else by submission time. The page stops at
 * `first`; the total is counted only when asked for (it reads the whole selection).
 */
export async function listResponses(
  ctx: RequestContext,
  filter: ResponseFilter,
  args: PageArgs,
): Promise<Page<Response>> {
  const first = pageSize(args);
  const where = await responseWhere(ctx, filter);
  if (!where) return toPage([], first, 0, () => [], false);
  const cursor = decodeCursor(args.after);
  const byCompletion = Boolean(filter.completedFrom || filter.completedTo);
  const key = byCompletion ? 'completedAt' : 'submittedAt';
  const rows = await ctx.em.find(
    Response,
    { $and: cursor ? [...where, olderThan(key, cursor)] : where },
    { orderBy: { [key]: 'desc', id: 'desc' }, limit: first + 1 },
  );
  const page = toPage(rows, first, 0, (r) => [(r[key] ?? r.submittedAt).toISOString(), r.id], Boolean(cursor));
  let total: Promise<number> | null = null;
  // Resolved only when a query selects totalCount.
  return Object.defineProperty(page, 'totalCount', {
    get: () => (total ??= ctx.em.count(Response, { $and: where })),
    enumerable: true,
  });
}
