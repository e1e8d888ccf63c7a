import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { canAccessPath } from '../org/index.js';
import { Permission } from '../org/index.js';
import { hashSecret } from '../org/index.js';
import { Channel, distributionLinkToken, type LinkInfo, type SubmissionGate } from '../responses/index.js';
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
export async function invitationLinkToken(
  em: EntityManager,
  orgId: string,
  token: string,
): Promise<{ linkToken: string; invitationId: string } | null> {
  const [invitation] = await em
    .getConnection()
    .execute<{ id: string; distribution_id: string; unit_id: string }[]>(
      `select id, distribution_id, unit_id from invitation where organization_id = ? and token_hash = ? limit 1`,
      [orgId, hashSecret(token)],
    );
  if (!invitation) return null;
  const linkToken = await distributionLinkToken(em, orgId, invitation.distribution_id, invitation.unit_id);
  return linkToken ? { linkToken, invitationId: invitation.id } : null;
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
  service_situation: string | null;
  ask_service_situation: boolean;
  channel: Channel;
  languages: string[];
  anonymity: AnonymityMode;
}

const refuse = (reason: string, message: string) => badInput(message, { reason });

/** The distribution has all the responses it needs (also found when the response is written). */
export const quotaReached = () =>
  refuse('QUOTA_REACHED', 'This survey has received all the responses it needs. Thank you for your interest.');

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * What the gate decides on is a row of `distribution_gate` (GateRow), the read-only view this
 * module publishes (Migration20261201074949): the responses module's link lookup selects it in
 * the same query, so a submission through a distribution costs no extra round trip. A change to
 * the view is a new migration.
 *
 * Decides whether a distribution's link (or an invitation) accepts a response now, and points the
 * link at the version to answer. Messages are written for the respondent.
 */
export async function applyDistribution(ctx: RequestContext, link: LinkInfo, gate: unknown): Promise<void> {
  if (!link.distributionId) return;
  const d = gate as GateRow | null;
  if (!d) throw refuse('CLOSED', 'This survey is closed and no longer accepts responses. Thank you for your interest.');
  // JSON carries timestamps as text.
  if (d.opens_at) d.opens_at = new Date(d.opens_at);
  if (d.closes_at) d.closes_at = new Date(d.closes_at);
  const now = new Date();
  if (d.status === DistributionStatus.CLOSED)
    throw refuse('CLOSED', 'This survey is closed and no longer accepts responses. Thank you for your interest.');
  if (d.status === DistributionStatus.PAUSED)
    throw refuse('PAUSED', 'This survey is paused for the moment. Please try again later.');
  if (d.opens_at && now < d.opens_at)
    throw refuse('NOT_OPEN_YET', `This survey opens on ${day(d.opens_at)}. Please come back then.`);
  if (d.closes_at && now >= d.closes_at)
    throw refuse(
      'ENDED',
      `This survey ended on ${day(d.closes_at)} and no longer accepts responses. Thank you for your interest.`,
    );
  if (d.quota !== null && d.completed_count >= d.quota) throw quotaReached();
  if (d.channel === Channel.API) {
    const p = ctx.principal;
    if (!p || !canAccessPath(p, Permission.RESPONSE_ENTER, link.unitPath)) {
      throw forbidden(
        `This survey takes responses from other systems: send an API key allowed to enter responses for "${link.unitName}".`,
      );
    }
  }
  if ((d.channel === Channel.EMAIL || d.channel === Channel.SMS) && !link.invitationId) {
    throw refuse(
      'INVITATION_REQUIRED',
      'This survey is answered through a personal invitation; please use the link you received.',
    );
  }
  if (link.invitationId) {
    const invitation = await ctx.em.findOneOrFail(Invitation, { id: link.invitationId });
    if (invitation.status === InvitationStatus.COMPLETED)
      throw refuse('ALREADY_ANSWERED', 'You have already answered this survey. Thank you!');
    if (invitation.status === InvitationStatus.OPTED_OUT)
      throw refuse('OPTED_OUT', 'You asked not to receive these surveys, so this link no longer works.');
    if (invitation.status === InvitationStatus.EXPIRED || invitation.expiresAt <= now) {
      if (invitation.status !== InvitationStatus.EXPIRED) {
        recordStatus(ctx.em, invitation, InvitationStatus.EXPIRED, { detail: 'link used after it expired' });
        await ctx.em.flush();
      }
      throw refuse('EXPIRED', 'This invitation has expired. Thank you for your interest.');
    }
    link.defaultCategory = invitation.category ?? d.respondent_category;
    link.defaultSituation = invitation.situation ?? d.service_situation ?? link.defaultSituation;
  } else {
    link.defaultCategory = d.respondent_category;
    link.defaultSituation = d.service_situation ?? link.defaultSituation;
  }
  link.quota = d.quota;
  link.askSituation = d.ask_service_situation;
  if (!d.pinned_version_id && d.latest_version_id) link.versionId = d.latest_version_id;
  if (d.languages?.length) link.languages = d.languages;
  // Results withhold small groups of these responses (design.md §4).
  link.confidential = d.anonymity !== AnonymityMode.IDENTIFIED;
}

async function note(ctx: RequestContext, link: LinkInfo, status: InvitationStatus, responseId?: string): Promise<void> {
  if (!link.invitationId) return;
  try {
    await ctx.em.transactional(async (em) => {
      const invitation = await em.findOneOrFail(
        Invitation,
        { id: link.invitationId! },
        { lockMode: 4 /* PESSIMISTIC_WRITE */, refresh: true },
      );
      if (status !== InvitationStatus.COMPLETED) {
        if (invitation.status === status) return;
        recordStatus(em, invitation, status);
        return;
      }
      const [{ anonymity }] = await em
        .getConnection()
        .execute(`select anonymity from distribution where id = ?`, [invitation.distributionId]);
      const anonymous = anonymity === AnonymityMode.ANONYMOUS;
      // Anonymous: not the moment of completion (its time could single out a response), only the day or the last step before it.
      let at = new Date();
      if (anonymous) {
        // Never later than the invitation's last known step, so the history stays in order.
        const [last] = await em
          .getConnection()
          .execute(`select max(at) at from invitation_event where invitation_id = ?`, [invitation.id]);
        const dayStart = new Date(`${day(at)}T00:00:00Z`);
        at = last?.at && new Date(last.at) >= dayStart ? new Date(new Date(last.at).getTime() + 1) : dayStart;
      }
      invitation.completedAt = at;
      // A call answered to the end is a call completed (PHONE and IVR follow-ups).
      if (!invitation.deliveredAt && (invitation.channel === Channel.PHONE || invitation.channel === Channel.IVR))
        invitation.deliveredAt = at;
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

/** Admits a response towards a quota'd distribution: locks its row, refuses when it is full. */
async function admit(tx: EntityManager, orgId: string, distributionId: string): Promise<void> {
  const [d] = await tx.execute<{ completed_count: number; quota: number | null }[]>(
    `select completed_count, quota from distribution where organization_id = ? and id = ? for update`,
    [orgId, distributionId],
  );
  if (d && d.quota !== null && d.completed_count >= d.quota) throw quotaReached();
}

/**
 * Counts stored responses towards their distributions, in the storing transaction
 * (`responsesStored`), so the count never drifts from the rows. Rows are locked in id order,
 * so concurrent batches never deadlock on them.
 */
export async function countCompleted(
  tx: EntityManager,
  { responses }: { responses: { orgId: string; distributionId: string | null }[] },
) {
  const counts = new Map<string, { orgId: string; id: string; n: number }>();
  for (const r of responses) {
    if (!r.distributionId) continue;
    const entry = counts.get(r.distributionId) ?? { orgId: r.orgId, id: r.distributionId, n: 0 };
    entry.n++;
    counts.set(r.distributionId, entry);
  }
  if (!counts.size) return;
  const rows = [...counts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  await tx.execute(
    `with locked as (select d.id from distribution d join jsonb_to_recordset(?::jsonb) c(org uuid, id uuid, n int)
                       on d.organization_id = c.org and d.id = c.id order by d.id for update of d)
     update distribution d set completed_count = d.completed_count + c.n
       from jsonb_to_recordset(?::jsonb) c(org uuid, id uuid, n int)
      where d.organization_id = c.org and d.id = c.id and d.id in (select id from locked)`,
    [
      JSON.stringify(rows.map((r) => ({ org: r.orgId, id: r.id, n: r.n }))),
      JSON.stringify(rows.map((r) => ({ org: r.orgId, id: r.id, n: r.n }))),
    ],
  );
}

/** The gate the responses module consults for every submission through a distribution. */
export const distributionGate: SubmissionGate = {
  invitationLinkToken,
  apply: applyDistribution,
  admit,
  noteOpened,
  noteStarted,
  noteCompleted,
};
