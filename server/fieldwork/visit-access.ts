import type { RequestContext } from '../graphql/context.js';
import { notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, OrgUnit, Permission, requirePrincipal } from '../org/index.js';
import { Inspector } from './inspector.entity.js';
import { Visit } from './visit.entity.js';

/**
 * Who may see a visit: those with FIELDWORK_READ over its unit, and the inspector who made it.
 * Nobody else — not another inspector, not another organisation — learns that it exists.
 */
export async function canSeeVisit(ctx: RequestContext, visit: Visit): Promise<boolean> {
  const principal = requirePrincipal(ctx);
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: visit.unit.id });
  if (canAccessPath(principal, Permission.FIELDWORK_READ, unit.path)) return true;
  if (!principal.userId) return false;
  const inspector = await ctx.em.findOne(Inspector, { id: visit.inspector.id });
  return inspector?.userId === principal.userId;
}

/** The current revision of a visit (given any revision's id), if the caller may see it; else NOT_FOUND. */
export async function visibleVisit(ctx: RequestContext, id: string): Promise<Visit> {
  const any = await ctx.em.findOne(Visit, { id: requireId('Visit', id) });
  if (!any || !(await canSeeVisit(ctx, any))) throw notFound('Visit', id);
  return ctx.em.findOneOrFail(Visit, { rootId: any.rootId, supersededAt: null });
}
