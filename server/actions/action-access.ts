import type { RequestContext } from '../graphql/context.js';
import { forbidden, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, OrgUnit, Permission, requireAccess, requirePrincipal } from '../org/index.js';
import { RectificationAction } from './action.entity.js';

/** Who may open, judge and close actions over a unit: its managers and quality officers. */
const SUPERVISE = [Permission.UNIT_MANAGE, Permission.QUESTIONNAIRE_AUTHOR];

export const canSupervise = (ctx: RequestContext, unit: OrgUnit) =>
  SUPERVISE.some((p) => canAccessPath(requirePrincipal(ctx), p, unit.path));

/** The unit, readable by the caller, who must also supervise it (UNIT_MANAGE or QUESTIONNAIRE_AUTHOR). */
export async function requireSupervisor(ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, unitId);
  if (!canSupervise(ctx, unit))
    throw forbidden(
      `You cannot open or judge actions in unit "${unit.name}" (${unit.code}): it needs UNIT_MANAGE or QUESTIONNAIRE_AUTHOR over it.`,
    );
  return unit;
}

/**
 * An action the caller may read (RESULTS_READ over its unit): another organisation's is NOT_FOUND
 * (the tenant filter), one outside the caller's subtree FORBIDDEN.
 */
export async function readableAction(
  ctx: RequestContext,
  actionId: string,
): Promise<{ action: RectificationAction; unit: OrgUnit }> {
  const action = await ctx.em.findOne(RectificationAction, { id: requireId('Action', actionId) });
  if (!action) throw notFound('Action', actionId);
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, action.unitId);
  return { action, unit };
}

/** An action the caller works on: the responsible person, or a supervisor of its unit. */
export async function workableAction(ctx: RequestContext, actionId: string) {
  const found = await readableAction(ctx, actionId);
  if (found.action.responsibleUserId !== requirePrincipal(ctx).userId && !canSupervise(ctx, found.unit))
    throw forbidden('Only the responsible person or a manager or quality officer of the unit can work on this action.');
  return found;
}

/** An action the caller supervises. */
export async function supervisedAction(ctx: RequestContext, actionId: string) {
  const found = await readableAction(ctx, actionId);
  if (!canSupervise(ctx, found.unit))
    throw forbidden('Only a manager or quality officer of the unit (UNIT_MANAGE or QUESTIONNAIRE_AUTHOR) can do this.');
  return found;
}
