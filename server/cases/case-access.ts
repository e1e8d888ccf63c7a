import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { forbidden, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, OrgUnit, Permission, requirePrincipal, type Principal } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseMessage } from './case-message.entity.js';
import type { CaseState } from './case.enums.js';

/**
 * Who may do what with a case (docs/cases.md, the role matrix): the managers of the case's unit
 * subtree (UNIT_MANAGE: unit managers, administrators) see and move it; its owner sees it and
 * investigates and resolves it; whoever entered it (RESPONSE_ENTER: hotline operators) sees it.
 */
export type CaseRight = 'READ' | 'HANDLE' | 'MANAGE';

export function caseRights(principal: Principal, c: Case, unit: OrgUnit): Set<CaseRight> {
  const rights = new Set<CaseRight>();
  const isManager = canAccessPath(principal, Permission.UNIT_MANAGE, unit.path);
  const isOwner = principal.userId !== null && c.ownerId === principal.userId;
  const isEnterer = principal.userId !== null && c.createdBy === principal.userId;
  if (isManager || isOwner || isEnterer) rights.add('READ');
  if (isManager || isOwner) rights.add('HANDLE');
  if (isManager) rights.add('MANAGE');
  return rights;
}

/** The case and its unit, when the caller holds `right` on it: another organisation's case is NOT_FOUND. */
export async function requireCase(
  ctx: RequestContext,
  caseId: string,
  right: CaseRight,
  em: EntityManager = ctx.em,
): Promise<{ c: Case; unit: OrgUnit }> {
  const principal = requirePrincipal(ctx);
  const lock = em !== ctx.em ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {};
  const c = await em.findOne(Case, { id: requireId('Case', caseId) }, lock);
  if (!c) throw notFound('Case', caseId);
  const unit = await em.findOneOrFail(OrgUnit, { id: c.unitId });
  const rights = caseRights(principal, c, unit);
  if (!rights.has(right)) {
    if (!rights.has('READ'))
      throw forbidden(`Case ${c.reference} belongs to a unit outside your part of the organisation.`);
    throw forbidden(
      right === 'MANAGE'
        ? `Only a manager of unit "${unit.name}" (UNIT_MANAGE over it) can do this with case ${c.reference}.`
        : `Only the owner of case ${c.reference} or a manager of unit "${unit.name}" can do this.`,
    );
  }
  return { c, unit };
}

/** Adds a line to the case's timeline. */
/** Strictly increasing instants, so entries written in one step (closed, then follow-up) keep their order. */
let lastInstant = 0;
function nextInstant(): Date {
  lastInstant = Math.max(Date.now(), lastInstant + 1);
  return new Date(lastInstant);
}

export function addEvent(
  em: EntityManager,
  c: Case,
  actorId: string | null,
  kind: string,
  extra: { state?: CaseState; note?: string | null; unitId?: string | null; at?: Date } = {},
): CaseEvent {
  return em.create(CaseEvent, {
    organization: c.organization,
    caseId: c.id,
    actorId,
    kind,
    state: extra.state ?? null,
    note: extra.note ?? null,
    unitId: extra.unitId ?? null,
    at: extra.at ?? nextInstant(),
  });
}

/** Queues a message about the case, sent by the cases worker after this transaction commits. */
export function queueMessage(
  em: EntityManager,
  c: Case,
  kind: string,
  userId: string | null,
  vars: Record<string, string> = {},
): CaseMessage {
  return em.create(CaseMessage, { organization: c.organization, caseId: c.id, kind, userId, vars });
}
