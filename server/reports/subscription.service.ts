import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { Permission, requireAccess, requirePrincipal, User } from '../org/index.js';
import type { ReportPeriodKind } from './report.entity.js';
import { ReportSubscription } from './report-subscription.entity.js';
import { REPORT_LANGUAGES } from './report.service.js';

export interface SubscriptionInput {
  unitId: string;
  modelId: string;
  periodKind: ReportPeriodKind;
  language: string;
  emails?: string[] | null;
  userIds?: string[] | null;
  autoIssue?: boolean | null;
}

/** Subscribes addresses and users to a unit subtree's reports (ADMIN or UNIT_MANAGER of the unit). */
export async function createSubscription(ctx: RequestContext, input: SubscriptionInput): Promise<ReportSubscription> {
  await requireAccess(ctx, Permission.UNIT_MANAGE, input.unitId);
  if (!REPORT_LANGUAGES.includes(input.language))
    throw badInput(`Reports are written in ${REPORT_LANGUAGES.join(', ')}; "${input.language}" is not one of them.`, {
      field: 'language',
    });
  const emails = [...new Set((input.emails ?? []).map((e) => e.trim().toLowerCase()))];
  const userIds = [...new Set(input.userIds ?? [])];
  if (!emails.length && !userIds.length)
    throw badInput('Give at least one e-mail address or user to send the reports to.', { field: 'emails' });
  const users = await ctx.em.find(User, { id: { $in: userIds } });
  if (users.length !== userIds.length)
    throw badInput('One of the users is not in this organisation.', { field: 'userIds' });
  const subscription = ctx.em.create(ReportSubscription, {
    organization: requirePrincipal(ctx).orgId,
    unitId: input.unitId,
    modelId: input.modelId,
    periodKind: input.periodKind,
    language: input.language,
    emails,
    userIds,
    autoIssue: input.autoIssue ?? false,
    createdById: requirePrincipal(ctx).userId,
  });
  await ctx.em.persistAndFlush(subscription);
  return subscription;
}

export async function listSubscriptions(ctx: RequestContext, unitId: string): Promise<ReportSubscription[]> {
  await requireAccess(ctx, Permission.UNIT_MANAGE, unitId);
  return ctx.em.find(ReportSubscription, { unitId }, { orderBy: { createdAt: 'asc' }, limit: 200 });
}

export async function deleteSubscription(ctx: RequestContext, id: string): Promise<boolean> {
  const subscription = await ctx.em.findOne(ReportSubscription, { id: requireId('ReportSubscription', id) });
  if (!subscription) throw notFound('ReportSubscription', id);
  await requireAccess(ctx, Permission.UNIT_MANAGE, subscription.unitId);
  await ctx.em.removeAndFlush(subscription);
  return true;
}
