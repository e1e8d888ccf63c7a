import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { sendEmail } from '../distribution/index.js';
import { OrgUnit, requirePrincipal, unitManagers, type User } from '../org/index.js';
import { ActionEscalation } from './action-escalation.entity.js';
import { ActionNote } from './action-note.entity.js';
import type { ActionRecheck } from './action-recheck.entity.js';
import type { RectificationAction } from './action.entity.js';
import { escalationMail } from './escalation-mail.js';

/** An escalation decided inside a transaction, to be mailed once it has committed. */
export interface PendingEscalation {
  escalationId: string;
  action: RectificationAction;
  unit: OrgUnit;
  step: string;
  users: User[];
  why: string;
  /** The NOT_MET re-check, whose numbers the e-mail gives. */
  recheck?: ActionRecheck;
}

/**
 * Raises an action to its parent unit's managers for one step ("OVERDUE", "NOT_MET:<id>"), once:
 * the step's row is inserted only if absent, so a second server copy or a second run adds nothing.
 */
export async function escalate(
  tx: EntityManager,
  action: RectificationAction,
  step: string,
  why: string,
  recheck?: ActionRecheck,
): Promise<PendingEscalation | null> {
  const unit = await tx.findOneOrFail(OrgUnit, { id: action.unitId });
  const { unit: to, users } = await unitManagers(tx, unit.parent?.id ?? unit.id);
  const [row] = await tx.execute<{ id: string }[]>(
    `insert into action_escalation (id, organization_id, action_id, step, unit_id, recipients, emailed, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, 0, now())
     on conflict (organization_id, action_id, step) do nothing returning id`,
    [action.organization.id, action.id, step, to.id, JSON.stringify(users.map((u) => u.id))],
  );
  if (!row) return null;
  tx.create(ActionNote, {
    organization: action.organization,
    actionId: action.id,
    text: `Escalated to the managers of ${to.name} (${to.code}): ${why}`,
  });
  return { escalationId: row.id, action, unit, step, users, why, recheck };
}

/** Mails a committed escalation to each manager; failures are logged, the escalation stays in their list. */
export async function mailEscalation(ctx: Pick<RequestContext, 'config' | 'log' | 'em'>, p: PendingEscalation) {
  let emailed = 0;
  for (const user of p.users) {
    try {
      // Through distribution's sender: the same SMTP settings, and one Message-ID per escalation and person.
      // In the recipient's language (their interface language).
      const { subject, text } = escalationMail(p, user.locale);
      await sendEmail(ctx.config, {
        to: user.email,
        subject,
        text,
        key: `action-escalation-${p.escalationId}-${user.id}`,
      });
      emailed++;
    } catch (error) {
      ctx.log.warn({ err: error, actionId: p.action.id, step: p.step }, 'escalation e-mail failed');
    }
  }
  if (emailed) await ctx.em.nativeUpdate(ActionEscalation, { id: p.escalationId }, { emailed });
}

/** Escalations sent to the caller, newest first (bounded: the latest 200). */
export async function myEscalations(ctx: RequestContext): Promise<ActionEscalation[]> {
  const userId = requirePrincipal(ctx).userId;
  if (!userId) return [];
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select id from action_escalation where organization_id = ? and recipients @> ?::jsonb
      order by created_at desc limit 200`,
    [requirePrincipal(ctx).orgId, JSON.stringify([userId])],
  );
  const found = await ctx.em.find(ActionEscalation, { id: { $in: rows.map((r) => r.id) } });
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}
