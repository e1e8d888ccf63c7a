import type { EntityManager } from '@mikro-orm/postgresql';
import { FINAL_STATUSES, Invitation, InvitationStatus } from './invitation.entity.js';
import { InvitationEvent } from './invitation-event.entity.js';

const PROGRESS: InvitationStatus[] = [
  InvitationStatus.QUEUED,
  InvitationStatus.SENT,
  InvitationStatus.DELIVERED,
  InvitationStatus.OPENED,
  InvitationStatus.STARTED,
  InvitationStatus.COMPLETED,
];

/**
 * Records a status in the invitation's history, and makes it the current status when it is a
 * step forward (a late "delivered" after "opened" is kept in the history only). Final statuses
 * (completed, bounced, failed, expired, opted out) are never left, except that a completion wins
 * over anything but an opt-out.
 */
export function recordStatus(
  em: EntityManager,
  invitation: Invitation,
  status: InvitationStatus,
  options: { detail?: string | null; idempotencyKey?: string | null; at?: Date; historyOnly?: boolean } = {},
): void {
  const at = options.at ?? new Date();
  em.create(InvitationEvent, {
    organization: invitation.organization.id,
    invitationId: invitation.id,
    status,
    at,
    detail: options.detail ?? null,
    idempotencyKey: options.idempotencyKey ?? null,
  });
  if (options.historyOnly) return;
  const current = invitation.status;
  const final = FINAL_STATUSES.includes(current);
  let advance: boolean;
  if (final)
    advance =
      status === InvitationStatus.COMPLETED &&
      current !== InvitationStatus.OPTED_OUT &&
      current !== InvitationStatus.COMPLETED;
  else if (FINAL_STATUSES.includes(status)) advance = true;
  else advance = PROGRESS.indexOf(status) > PROGRESS.indexOf(current);
  if (advance) {
    invitation.status = status;
    invitation.statusAt = at;
  }
  if (FINAL_STATUSES.includes(invitation.status)) {
    invitation.dueMessage = null;
    invitation.dueAt = null;
  }
}
