import type { RequestContext } from '../graphql/context.js';
import { notFound, requireId } from '../graphql/errors.js';
import { canSeeVisit } from './visit-access.js';
import { Visit } from './visit.entity.js';

/**
 * The non-conformity an action is opened from (actions' `useActionSources` port), on the visit revision named:
 * NOT_FOUND when the visit does not exist, is another organisation's or the caller may not see it (fieldwork tells
 * nobody else that a visit exists), or when that revision has no finding with that number.
 */
export async function findingForAction(ctx: RequestContext, visitId: string, finding: number) {
  const visit = await ctx.em.findOne(Visit, { id: requireId('Visit', visitId) });
  if (!visit || !(await canSeeVisit(ctx, visit))) throw notFound('Visit', visitId);
  const item = visit.nonConformities[finding];
  if (!item) throw notFound('Non-conformity', `${visitId}:${finding}`);
  return { title: item.title, unitId: visit.unit.id };
}
