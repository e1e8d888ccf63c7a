import type { EntityManager } from '@mikro-orm/postgresql';
import { AnonymityMode, Distribution } from './distribution.entity.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';

/** What became of a follow-up invitation (cases module: satisfaction with the handling of a closed case). */
export interface InvitationFollowUp {
  status: InvitationStatus;
  deliveredAt: Date | null;
  deadlineAt: Date | null;
  completedAt: Date | null;
  /** The response, when the distribution keeps the link (never for ANONYMOUS ones). */
  responseId: string | null;
}

export async function invitationFollowUp(em: EntityManager, invitationId: string): Promise<InvitationFollowUp | null> {
  const inv = await em.findOne(Invitation, { id: invitationId });
  if (!inv) return null;
  const { status, deliveredAt, deadlineAt, completedAt, responseId } = inv;
  return { status, deliveredAt, deadlineAt: deadlineAt ?? null, completedAt, responseId };
}

/** The ids among `distributionIds` whose distribution is ANONYMOUS (no alert may name who answered them). */
export async function anonymousDistributions(em: EntityManager, distributionIds: string[]): Promise<Set<string>> {
  if (!distributionIds.length) return new Set();
  const rows = await em.find(
    Distribution,
    { id: { $in: distributionIds }, anonymity: AnonymityMode.ANONYMOUS },
    { fields: ['id'] },
  );
  return new Set(rows.map((d) => d.id));
}
