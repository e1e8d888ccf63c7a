import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { OrgUnit, Permission, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { storedResponseFacts } from '../responses/index.js';
import { PublishedComment } from './published-comment.entity.js';
import { TransparencySettings } from './transparency-settings.entity.js';
import type { ApproveCommentInput, TransparencySettingsInput } from './transparency.types.js';

/** Publishing is the organisation's decision: UNIT_MANAGE at the top unit (an administrator, not a branch). */
const PUBLISH = Permission.UNIT_MANAGE;
const WHAT = 'The public transparency page and what it publishes';

/** The organisation's settings (a row made on first read, off until enabled). */
export async function settingsOf(em: EntityManager, orgId: string): Promise<TransparencySettings> {
  const found = await em.findOne(TransparencySettings, { organization: orgId });
  if (found) return found;
  const made = em.create(TransparencySettings, { organization: orgId });
  await em.flush();
  return made;
}

export async function transparencySettings(ctx: RequestContext): Promise<TransparencySettings> {
  await requireOrganisationWide(ctx, PUBLISH, WHAT);
  return settingsOf(ctx.em, requirePrincipal(ctx).orgId);
}

export async function updateTransparencySettings(ctx: RequestContext, input: TransparencySettingsInput) {
  await requireOrganisationWide(ctx, PUBLISH, WHAT);
  const s = await settingsOf(ctx.em, requirePrincipal(ctx).orgId);
  if (input.unitIds) {
    const ids = [...new Set(input.unitIds.map((id) => requireId('Org unit', id)))];
    const found = await ctx.em.find(OrgUnit, { id: { $in: ids } });
    const missing = ids.find((id) => !found.some((u) => u.id === id));
    if (missing) throw notFound('Org unit', missing);
    s.unitIds = ids;
  }
  if (input.actionIds) s.actionIds = [...new Set(input.actionIds.map((id) => requireId('Action', id)))];
  if (input.modelId !== undefined) s.modelId = input.modelId ? requireId('Indicator model', input.modelId) : null;
  if (input.period) s.period = input.period;
  if (input.enabled != null) {
    if (input.enabled && !s.modelId)
      throw badInput('Choose the indicator model whose results are published before switching the page on.', {
        field: 'modelId',
      });
    s.enabled = input.enabled;
  }
  await ctx.em.flush();
  return s;
}

/** Approves one comment (the answer to `question` of a response) for the page; the text is copied as approved. */
export async function approveComment(ctx: RequestContext, input: ApproveCommentInput): Promise<PublishedComment> {
  await requireOrganisationWide(ctx, PUBLISH, WHAT);
  const principal = requirePrincipal(ctx);
  const [facts] = await storedResponseFacts(ctx.em, [requireId('Response', input.responseId)]);
  if (!facts) throw notFound('Response', input.responseId);
  const answer = facts.answers[input.question];
  const text = (input.text ?? (typeof answer === 'string' ? answer : '')).trim();
  if (!text)
    throw badInput(`The response has no text answer to "${input.question}": name a comment question.`, {
      field: 'question',
    });
  const existing = await ctx.em.findOne(PublishedComment, { responseId: facts.id, question: input.question });
  if (existing) {
    existing.text = text;
    await ctx.em.flush();
    return existing;
  }
  const c = ctx.em.create(PublishedComment, {
    organization: principal.orgId,
    responseId: facts.id,
    question: input.question,
    unitId: facts.unitId,
    text,
    approvedBy: principal.userId ?? principal.apiKeyId ?? '00000000-0000-0000-0000-000000000000',
  });
  await ctx.em.flush();
  return c;
}

export async function withdrawComment(ctx: RequestContext, id: string): Promise<boolean> {
  await requireOrganisationWide(ctx, PUBLISH, WHAT);
  const c = await ctx.em.findOne(PublishedComment, { id: requireId('Published comment', id) });
  if (!c) throw notFound('Published comment', id);
  await ctx.em.removeAndFlush(c);
  return true;
}

export async function publishedComments(ctx: RequestContext): Promise<PublishedComment[]> {
  await requireOrganisationWide(ctx, PUBLISH, WHAT);
  return ctx.em.find(PublishedComment, {}, { orderBy: { approvedAt: 'desc' }, limit: 500 });
}
