import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../graphql/errors.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { recordStatus } from './invitation-status.js';

const SMS_STATUS: Record<string, InvitationStatus> = {
  delivered: InvitationStatus.DELIVERED,
  failed: InvitationStatus.FAILED,
  undelivered: InvitationStatus.BOUNCED,
  rejected: InvitationStatus.BOUNCED,
  expired: InvitationStatus.FAILED,
};

/** A gateway's status report for one message (its reference is our idempotency key). */
export async function recordSmsStatus(
  em: EntityManager,
  key: string,
  status: string,
  error: string | null,
): Promise<void> {
  const [invitationId] = key.split('.');
  const mapped = SMS_STATUS[status.toLowerCase()];
  if (!mapped)
    throw badInput(`Unknown status "${status}"; expected one of ${Object.keys(SMS_STATUS).join(', ')}.`, {
      field: 'status',
    });
  const [row] = await em
    .getConnection()
    .execute(`select organization_id from invitation where id = ?::uuid`, [invitationId]);
  if (!row) throw notFound('Message', key);
  em.setFilterParams('tenant', { orgId: row.organization_id });
  await em.transactional(async (tx) => {
    const inv = await tx.findOneOrFail(Invitation, { id: invitationId });
    if (mapped === InvitationStatus.DELIVERED && !inv.deliveredAt) inv.deliveredAt = new Date();
    recordStatus(tx, inv, mapped, { detail: `gateway: ${status}${error ? ` (${error})` : ''}`, idempotencyKey: key });
  });
}

/** A bounce reported after acceptance (e.g. a DSN processed by the mail system): the e-mail never arrived. */
export async function recordEmailBounce(em: EntityManager, key: string, reason: string): Promise<void> {
  const [invitationId] = key.split('.');
  const [row] = await em
    .getConnection()
    .execute(`select organization_id from invitation where id = ?::uuid`, [invitationId]);
  if (!row) throw notFound('Message', key);
  em.setFilterParams('tenant', { orgId: row.organization_id });
  await em.transactional(async (tx) => {
    const inv = await tx.findOneOrFail(Invitation, { id: invitationId });
    inv.deliveredAt = null;
    recordStatus(tx, inv, InvitationStatus.BOUNCED, { detail: reason, idempotencyKey: key });
  });
}

/** Invitations of the questionnaire's distributions delivered per unit, channel and quarter (surveys offered). */
export function invitationsDeliveredByQuarter(
  em: EntityManager,
  scope: {
    orgId: string;
    questionnaireId: string;
    unitPath: string;
    timeZone: string;
    fromInstant: Date;
    toInstant: Date;
  },
): Promise<{ unit_id: string; channel: string; quarter: string; offered: number }[]> {
  return em.getConnection().execute(
    `select i.unit_id, i.channel, to_char(i.delivered_at at time zone ?, 'YYYY-"Q"Q') as quarter, count(*)::int as offered
       from invitation i join distribution d on d.id = i.distribution_id join org_unit u on u.id = i.unit_id
      where i.organization_id = ? and d.questionnaire_id = ? and u.path like ? and i.delivered_at >= ? and i.delivered_at < ?
      group by i.unit_id, i.channel, quarter`,
    [scope.timeZone, scope.orgId, scope.questionnaireId, `${scope.unitPath}%`, scope.fromInstant, scope.toInstant],
  );
}
