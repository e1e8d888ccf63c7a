import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { serviceEventsByIds, type ServiceEventRow } from '../distribution/index.js';
import { canAccessPath, OrgUnit, Permission, requirePrincipal, User, type Principal } from '../org/index.js';
import { requireSupervisor } from './action-access.js';
import { FollowUpAssignment } from './follow-up-assignment.entity.js';

/** The interviewer as a principal: their roles, to ask whether they may enter responses in a unit. */
async function interviewerGrants(ctx: RequestContext, user: User): Promise<Principal> {
  const assignments = await ctx.loaders.roleAssignmentsOfUser.load(user.id);
  const grants = [];
  for (const a of assignments) {
    const unit = await ctx.loaders.unit.load(a.unit.id);
    if (unit) grants.push({ role: a.role, unitId: unit.id, unitPath: unit.path });
  }
  return { kind: 'USER', orgId: requirePrincipal(ctx).orgId, userId: user.id, apiKeyId: null, grants };
}

/**
 * Puts missed (or still pending) follow-ups on an interviewer's call list; an event already on
 * someone's list moves to this one. The caller supervises each event's unit, and the interviewer
 * must be able to enter responses there.
 */
export async function assignFollowUps(
  ctx: RequestContext,
  input: { serviceEventIds: string[]; interviewerId: string },
): Promise<ServiceEventRow[]> {
  if (!input.serviceEventIds.length || input.serviceEventIds.length > 500)
    throw badInput('Assign between 1 and 500 service events at a time.', { field: 'serviceEventIds' });
  const ids = [...new Set(input.serviceEventIds.map((id) => requireId('Service event', id)))];
  const interviewer = await ctx.em.findOne(User, { id: requireId('User', input.interviewerId) });
  if (!interviewer || interviewer.disabledAt) throw notFound('User', input.interviewerId);
  const events = await serviceEventsByIds(ctx, ids);
  const missing = ids.find((id) => !events.some((e) => e.id === id));
  if (missing) throw notFound('Service event', missing);
  const as = await interviewerGrants(ctx, interviewer);
  for (const e of events) {
    const unit = await requireSupervisor(ctx, e.unitId);
    if (e.state !== 'MISSED' && e.state !== 'PENDING')
      throw badInput(`Service event "${e.externalId}" is ${e.state}: only events not followed up go on a call list.`, {
        field: 'serviceEventIds',
      });
    if (!canAccessPath(as, Permission.RESPONSE_ENTER, unit.path))
      throw badInput(`${interviewer.displayName} cannot enter responses in unit "${unit.name}" (${unit.code}).`, {
        field: 'interviewerId',
      });
  }
  const principal = requirePrincipal(ctx);
  await ctx.em.transactional(async (tx) => {
    for (const e of events)
      await tx.execute(
        `insert into follow_up_assignment (id, organization_id, service_event_id, interviewer_id, assigned_by, assigned_at)
         values (gen_random_uuid(), ?, ?, ?, ?, now())
         on conflict (organization_id, service_event_id) do update
           set interviewer_id = excluded.interviewer_id, assigned_by = excluded.assigned_by, assigned_at = now()`,
        [principal.orgId, e.id, interviewer.id, principal.userId],
      );
  });
  return events;
}

/** The caller's call list: the service events assigned to them, with their follow-up state now. */
export async function myCallList(ctx: RequestContext): Promise<ServiceEventRow[]> {
  const userId = requirePrincipal(ctx).userId;
  if (!userId) return [];
  const mine = await ctx.em.find(
    FollowUpAssignment,
    { interviewerId: userId },
    { orderBy: { assignedAt: 'asc' }, limit: 500 },
  );
  const rows = await serviceEventsByIds(
    ctx,
    mine.map((a) => a.serviceEventId),
  );
  // Only units the interviewer still works in.
  const principal = requirePrincipal(ctx);
  const units = new Map<string, OrgUnit | null>();
  for (const r of rows) if (!units.has(r.unitId)) units.set(r.unitId, await ctx.loaders.unit.load(r.unitId));
  return rows.filter((r) => {
    const unit = units.get(r.unitId);
    return unit && canAccessPath(principal, Permission.RESPONSE_ENTER, unit.path);
  });
}
