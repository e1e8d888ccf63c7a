import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { contactKeys, invitationFollowUp, recordServiceEvent } from '../distribution/index.js';
import { OrgUnit, Role, type Principal } from '../org/index.js';
import { storedResponseFacts } from '../responses/index.js';
import { Case } from './case.entity.js';
import { CaseContact } from './case-contact.entity.js';
import { addEvent } from './case-access.js';
import { caseSettingsOf } from './case-settings.service.js';

/** The service event type a closing emits; the organisation's event rule for it sends the survey. */
export const COMPLAINT_CLOSED = 'complaint_closed';

/**
 * The organisation itself, reporting its own service event: closing a case is what the cases
 * module reports to distribution, whoever closed it (a unit manager need not hold the roles a
 * sending system needs). It can do nothing but what this call does.
 */
async function systemPrincipal(em: EntityManager, orgId: string): Promise<Principal> {
  const root = await em.findOneOrFail(OrgUnit, { parent: null });
  return {
    kind: 'USER',
    orgId,
    userId: null,
    apiKeyId: null,
    grants: [{ role: Role.ADMIN, unitId: root.id, unitPath: root.path }],
  };
}

/**
 * Closing the loop: reports `complaint_closed` (external id: the case reference and its round)
 * in the closing transaction, so the organisation's event rule schedules the survey of
 * satisfaction with the handling within its working-day deadline. Without a contact there is no
 * one to ask: the timeline says so.
 */
export async function scheduleFollowUp(ctx: RequestContext, em: EntityManager, c: Case): Promise<void> {
  const contact = c.contactId ? await em.findOne(CaseContact, { id: c.contactId }) : null;
  if (!contact) {
    addEvent(em, c, null, 'FOLLOW_UP_SKIPPED', { note: 'No client contact: no survey of the handling is sent.' });
    return;
  }
  const system = { ...ctx, em, principal: await systemPrincipal(em, c.organization.id) };
  const event = await recordServiceEvent(system, {
    externalId: `case:${c.reference}:${c.reopenCount}`,
    type: COMPLAINT_CLOSED,
    unitId: c.unitId,
    occurredAt: new Date(),
    contact: contactKeys(ctx.config).decrypt(contact.valueCipher),
    language: c.language,
    category: null,
  });
  c.serviceEventId = event.id;
  c.followUpInvitationId = event.invitationId;
  const note = event.invitationId
    ? `Survey of the handling scheduled, due by ${event.deadlineAt?.toISOString() ?? '—'}.`
    : `No survey of the handling: ${event.outcome}.`;
  addEvent(em, c, null, 'FOLLOW_UP_SCHEDULED', { note });
}

/**
 * The follow-up of a closed case: the invitation's status and, once answered, the satisfaction
 * with the handling (the score at or above the organisation's threshold, default 70).
 */
export async function followUpOf(em: EntityManager, c: Case) {
  if (!c.followUpInvitationId) return null;
  const inv = await invitationFollowUp(em, c.followUpInvitationId);
  if (!inv) return null;
  const [response] = inv.responseId ? await storedResponseFacts(em, [inv.responseId]) : [];
  const score = response?.score ?? null;
  const { satisfiedFrom } = await caseSettingsOf(em, c.organization.id);
  return {
    invitationStatus: inv.status,
    deliveredAt: inv.deliveredAt,
    deadlineAt: inv.deadlineAt,
    answeredAt: inv.completedAt,
    responseId: inv.responseId,
    score,
    band: response?.band ?? null,
    satisfied: score === null ? null : score >= satisfiedFrom,
    satisfiedFrom,
  };
}
