import type { RequestContext } from '../graphql/context.js';
import { requireCase } from './case-access.js';

/**
 * The case an action is opened from (actions' `useActionSources` port): NOT_FOUND when it does not exist or is
 * another organisation's, FORBIDDEN when it is outside the caller's part of the organisation.
 */
export async function caseForAction(ctx: RequestContext, caseId: string) {
  const { c } = await requireCase(ctx, caseId, 'READ');
  return { reference: c.reference, unitId: c.unitId };
}
