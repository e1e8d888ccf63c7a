import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { canAccessPath } from '../org/access.service.js';
import { Permission } from '../org/roles.js';
import { hashSecret } from '../org/tokens.js';
import type { LinkInfo } from '../responses/response.service.js';
import { Channel } from '../responses/response.entity.js';
import { AnonymityMode, DistributionStatus } from './distribution.entity.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { recordStatus } from './invitation-status.js';

/**
 * The narrow hooks the responses module calls: a distribution's window, status and quota, and an
 * invitation's one-time token, decided before a response is accepted; an invitation learning
 * that it was opened, started or completed after. A response is always filed under the
 * distribution's own link for its unit, never under the invitation, so no query can join an
 * anonymous response to the person invited.
 */

/** An invitation token → the token of its distribution's link for the invitation's unit. */
export async function invitationLinkToken(em: EntityManager, orgId: string, token: string): Promise<{ linkToken: string; invitationId: string } | null> {
  const [row] = await em.getConnection().execute(
    `select l.token, i.id from invitation i join response_link l on l.distribution_id = i.distribution_id and l.unit_id = i.unit_id and l.organization_id = i.organization_id
      where i.organization_id = ? and i.token_hash = ? limit 1`,
    [orgId, hashSecret(token)],
  );
  return row ? { linkToken: row.token, invitationId: row.id } : null;
}

export interface GateRow {
  status: DistributionStatus;
  opens_at: Date | null;
  closes_at: Date | null;
  quota: number | null;
  completed_count: number;
  pinned_version_id: string | null;
  latest_version_id: string | null;
  respondent_category: string | null;
  channel: Channel;
  languages: string[];
  anonymity: AnonymityMode;
}

const refuse = (reason: string, message: string) => badInput(message, { reason });

/** The distribution has all the responses it needs (also found when the response is written). */
export const quotaReached = () => refuse('QUOTA_REACHED', 'This survey has received all the responses it needs. Thank you for your interest.');

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * What the gate needs of a link's distribution, as one JSON value: the link lookup selects it
 * in the same query (`gate`), so a submission through a distribution costs no extra round trip.
 */
export const GATE_SQL = `(select to_jsonb(g) from (
    select d.status, d.opens_at, d.closes_at, d.quota, d.completed_count, d.pinned_version_id, d.respondent_category, d.channel, d.languages, d.anonymity,
           (select v.id from questionnaire q join questionnaire_version v on v.questionnaire_id = q.id and v.number = q.latest_version_number
             where q.id = d.questionnaire_id and q.organization_id = d.organization_id) as latest_version_id
      from distribution d where d.id = l.distribution_id and d.organization_id = l.organization_id) g)`;

/**
 * Decides whether a distribution's link (or an invitation) accepts a response now, and points the
 * link at the version to answer. Messages are written for the respondent.
 */
export async function applyDistribution(ctx: RequestContext, link: LinkInfo, d: GateRow | null): Promise<void> {
  if (!link.distributionId) return;
  if (!d) throw refuse('CLOSED', 'This survey is closed and no longer accepts responses. Thank you for your interest.');
  // JSON carries timestamps as text.
  if (d.opens_at) d.opens_at = new Date(d.opens_at);
  if (d.closes_at) d.closes_at = new Date(d.closes_at);
  const now = new Date();
  if (d.status === DistributionStatus.CLOSED) throw refuse('CLOSED', 'This survey is closed and no longer accepts responses. Thank you for your interest.');
  if (d.status === DistributionStatus.PAUSED) throw refuse('PAUSED', 'This survey is paused for the moment. Please try again later.');
  if (d.opens_at && now < d.opens_at) throw refuse('NOT_OPEN_YET', `This survey opens on ${day(d.opens_at)}. Please come back then.`);
  if (d.closes_at && now >= d.closes_at) throw refuse('ENDED', `This survey ended on ${day(d.closes_at)} and no longer accepts responses. Thank you for your interest.`);
  if (d.quota !== null && d.completed_count >= d.quota) throw quotaReached();
  if (d.channel === Channel.API) {
    const p = ctx.principal;
    if (!p || !canAccessPath(p, Permission.RESPONSE_ENTER, link.unitPath)) {
      throw forbidden(`This survey takes responses from other systems: send an API key allowed to enter responses for "${link.unitName}".`);
    }
  }
  if ((d.channel === Channel.EMAIL || d.channel === Channel.SMS) && !link.invitationId) {
    throw refuse('INVITATION_REQUIRED', 'This survey is answered through a personal invitation; please use the link you received.');
  }
  if (link.invitationId) {
    const invitation = await ctx.em.findOneOrFail(Invitation, { id: link.invitationId });
    if (invitation.status === InvitationStatus.COMPLETED) throw refuse('ALREADY_ANSWERED', 'You have already answered this survey. Thank you!');
    if (invitation.status === InvitationStatus.OPTED_OUT) throw refuse('OPTED_OUT', 'You asked not to receive these surveys, so this link no longer works.');
    if (invitation.status === InvitationStatus.EXPIRED || invitation.expiresAt <= now) {
      if (invitation.status !== InvitationStatus.EXPIRED) {
        recordStatus(ctx.em, invitation, InvitationStatus.EXPIRED, { detail: 'link used after it expired' });
        await ctx.em.flush();
      }
      throw refuse('EXPIRED', 'This invitation has expired. Thank you for your interest.');
    }
    link.defaultCategory = invitation.category ?? d.respondent_category;
  } else link.defaultCategory = d.respondent_category;
  link.quota = d.quota;
  if (!d.pinned_version_id && d.latest_version_id) link.versionId = d.latest_version_id;
  if (d.languages?.length) link.languages = d.languages;
  // Results withhold small groups of these responses (design.md §4).
  link.confidential = d.anonymity !== AnonymityMode.IDENTIFIED;
}

async function note(ctx: RequestContext, link: LinkInfo, status: InvitationStatus, responseId?: string): Promise<void> {
  if (!link.invitationId) return;
  try {
    await ctx.em.transactional(async (em) => {
      const invitation = await em.findOneOrFail(Invitation, { id: link.invitationId! }, { lockMode: 4 /* PESSIMISTIC_WRITE */, refresh: true });
      if (status !== InvitationStatus.COMPLETED) {
        if (invitation.status === status) return;
        recordStatus(em, invitation, status);
        return;
      }
      const [{ anonymity }] = await em.getConnection().execute(`select anonymity from distribution where id = ?`, [invitation.distributionId]);
      const anonymous = anonymity === AnonymityMode.ANONYMOUS;
      // Anonymous: not the moment of completion (its time could single out a response), only the day or the last step before it.
      let at = new Date();
      if (anonymous) {
        // Never later than the invitation's last known step, so the history stays in order.
        const [last] = await em.getConnection().execute(`select max(at) at from invitation_event where invitation_id = ?`, [invitation.id]);
        const dayStart = new Date(`${day(at)}T00:00:00Z`);
        at = last?.at && new Date(last.at) >= dayStart ? new Date(new Date(last.at).getTime() + 1) : dayStart;
      }
      invitation.completedAt = at;
      // A call answered to the end is a call completed (PHONE and IVR follow-ups).
      if (!invitation.deliveredAt && (invitation.channel === Channel.PHONE || invitation.channel === Channel.IVR)) invitation.deliveredAt = at;
      if (!anonymous && responseId) invitation.responseId = responseId;
      recordStatus(em, invitation, InvitationStatus.COMPLETED, { at });
    });
  } catch (error) {
    // The response itself is stored and acknowledged; a missed status is logged, not fatal.
    ctx.log.error({ err: error, invitationId: link.invitationId, status }, 'could not record an invitation status');
  }
}

export const noteOpened = (ctx: RequestContext, link: LinkInfo) => note(ctx, link, InvitationStatus.OPENED);
export const noteStarted = (ctx: RequestContext, link: LinkInfo) => note(ctx, link, InvitationStatus.STARTED);

/**
 * After a response was stored (and counted, in the same statement: see response-writer.ts):
 * completes the invitation, stopping reminders. Never fails: the response is already acknowledged.
 */
export async function noteCompleted(ctx: RequestContext, link: LinkInfo, responseId: string): Promise<void> {
  if (!link.distributionId) return;
  await note(ctx, link, InvitationStatus.COMPLETED, responseId);
}
