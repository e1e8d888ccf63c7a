import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { OrgUnit, requirePrincipal, Role, User, usersWithRoleAt } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseState } from './case.enums.js';
import { addEvent, queueMessage, requireCase, type CaseRight } from './case-access.js';
import type { ChangeCaseStateInput } from './case.inputs.js';
import { scheduleFollowUp } from './follow-up.js';
import { setDeadlines } from './intake.js';
import { transitionProblem } from './workflow.js';
import { emit } from '../events/index.js';
import './events.js';

const S = CaseState;

/** The right each move needs: the owner investigates and resolves; managers do everything. */
const RIGHT: Partial<Record<CaseState, CaseRight>> = { [S.INVESTIGATING]: 'HANDLE', [S.RESOLVED]: 'HANDLE' };

/** The right the move to `to` needs. */
export const moveRight = (to: CaseState): CaseRight => RIGHT[to] ?? 'MANAGE';

const text = (value: string | null | undefined) => value?.trim() || null;

function required(value: string | null | undefined, field: string, what: string): string {
  const v = text(value);
  if (!v) throw badInput(`${what}: give ${field}.`, { field });
  if (v.length > 20_000) throw badInput(`${field} is longer than 20,000 characters.`, { field });
  return v;
}

async function activeUser(em: EntityManager, userId: string): Promise<User> {
  const user = await em.findOne(User, { id: requireId('User', userId) });
  if (!user || user.disabledAt) throw notFound('User', userId);
  return user;
}

async function unitOf(em: EntityManager, unitId: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id: requireId('Org unit', unitId) });
  if (!unit) throw notFound('Org unit', unitId);
  return unit;
}

/** What each move records beyond the state; returns the timeline note. */
async function apply(
  ctx: RequestContext,
  em: EntityManager,
  c: Case,
  input: ChangeCaseStateInput,
): Promise<{ note: string | null; unitId?: string }> {
  const now = new Date();
  const note = text(input.note);
  switch (input.to) {
    case S.ACKNOWLEDGED:
      c.acknowledgedAt = now;
      if (c.contactId) queueMessage(em, c, 'CLIENT_ACKNOWLEDGED', null);
      return { note };
    case S.ACCEPTED:
      c.acceptedAt = now;
      return { note };
    case S.REJECTED: {
      const reason = required(input.reason, 'reason', 'Say why the complaint is invalid (the client is told)');
      c.rejectionReason = reason;
      if (c.contactId) queueMessage(em, c, 'CLIENT_REJECTED', null, { reason });
      return { note: reason };
    }
    case S.ASSIGNED: {
      if (!input.ownerId) throw badInput('Name the owner who handles the case: give ownerId.', { field: 'ownerId' });
      const owner = await activeUser(em, input.ownerId);
      if (input.unitId) c.unitId = (await unitOf(em, input.unitId)).id;
      c.ownerId = owner.id;
      queueMessage(em, c, 'ASSIGNED', owner.id);
      return { note, unitId: c.unitId };
    }
    case S.TRANSFERRED: {
      if (!input.unitId) throw badInput('Name the unit the case goes to: give unitId.', { field: 'unitId' });
      const target = await unitOf(em, input.unitId);
      if (target.id === c.unitId) throw badInput('The case is already with this unit.', { field: 'unitId' });
      c.unitId = target.id;
      c.ownerId = null;
      for (const manager of await usersWithRoleAt(em, target.id, Role.UNIT_MANAGER))
        queueMessage(em, c, 'TRANSFERRED', manager.id);
      return { note, unitId: target.id };
    }
    case S.INVESTIGATING:
      return { note };
    case S.RESOLVED:
      c.resolution = required(input.resolution, 'resolution', 'Record how the case was resolved');
      if (!input.responsibility)
        throw badInput('Say who was responsible (UNIT, STAFF or NONE): give responsibility.', {
          field: 'responsibility',
        });
      c.responsibility = input.responsibility;
      c.cause = text(input.cause);
      c.compensation = text(input.compensation);
      c.agreement = text(input.agreement);
      c.resolvedAt = now;
      return { note: note ?? c.resolution };
    case S.CLOSED:
      c.closedAt = now;
      await scheduleFollowUp(ctx, em, c);
      await emit(em, 'caseClosed', {
        orgId: c.organization.id,
        caseId: c.id,
        unitId: c.unitId,
        reference: c.reference,
      });
      return { note };
    case S.REOPENED:
      c.reopenCount++;
      c.resolvedAt = null;
      c.closedAt = null;
      await setDeadlines(em, c, now, 'resolve');
      return { note: required(input.note, 'note', 'Say what the client disputes') };
    default:
      return { note };
  }
}

/**
 * Moves a case in its workflow (workflow.ts): refuses a move that is not one (CONFLICT, naming the
 * allowed ones), checks the caller's right for it, records what the move needs, writes the
 * timeline and queues the messages, all in one transaction (the case row locked).
 */
export async function changeCaseState(ctx: RequestContext, input: ChangeCaseStateInput): Promise<Case> {
  const principal = requirePrincipal(ctx);
  return ctx.em.transactional(async (em) => {
    // Whoever sees the case learns first whether the move exists at all, then whether it is theirs to make.
    const { c } = await requireCase(ctx, input.caseId, 'READ', em);
    const problem = transitionProblem(c.state, input.to);
    if (problem) throw conflict(`${problem} (case ${c.reference})`, { state: c.state });
    await requireCase(ctx, input.caseId, moveRight(input.to), em);
    const { note, unitId } = await apply(ctx, em, c, input);
    c.state = input.to;
    addEvent(em, c, principal.userId, input.to, { state: input.to, note, unitId: unitId ?? null });
    await em.flush();
    return c;
  });
}
