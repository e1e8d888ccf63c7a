import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { followUpRate } from '../distribution/index.js';
import { Permission, readableSubtrees, requireAccess, requirePrincipal, timeZoneOf, User } from '../org/index.js';
import { Questionnaire } from '../questionnaires/index.js';
import { Channel, responseCounts } from '../responses/index.js';
import { isLocalDate, startOfLocalDate } from '../results/index.js';
import { requireSupervisor } from './action-access.js';
import { WorkPlan } from './work-plan.entity.js';
import type { CreateWorkPlanInput, WorkPlanLineProgress, WorkPlanProgress } from './work-plan.types.js';

const CHANNELS = Object.values(Channel) as string[];

async function checkLines(ctx: RequestContext, input: CreateWorkPlanInput): Promise<void> {
  if (!input.lines.length) throw badInput('A work plan needs at least one line.', { field: 'lines' });
  for (const [i, line] of input.lines.entries()) {
    if (!CHANNELS.includes(line.channel))
      throw badInput(`Line ${i + 1}: "${line.channel}" is not a channel; use one of ${CHANNELS.join(', ')}.`, {
        field: 'lines',
      });
    const q = await ctx.em.findOne(Questionnaire, { id: requireId('Questionnaire', line.questionnaireId) });
    if (!q) throw notFound('Questionnaire', line.questionnaireId);
    const planned = (line.categoryTargets ?? []).reduce((sum, c) => sum + c.target, 0);
    if (planned > line.targetResponses)
      throw badInput(
        `Line ${i + 1}: the categories plan ${planned} responses, more than the line's ${line.targetResponses}.`,
        { field: 'lines' },
      );
  }
}

/** Makes a survey work plan for a unit and period; the unit's supervisors make plans. */
export async function createWorkPlan(ctx: RequestContext, input: CreateWorkPlanInput): Promise<WorkPlan> {
  const unit = await requireSupervisor(ctx, input.unitId);
  for (const field of ['periodStart', 'periodEnd'] as const)
    if (!isLocalDate(input[field]))
      throw badInput(`"${field}" must be a date (YYYY-MM-DD), it is "${input[field]}".`, { field });
  if (input.periodEnd <= input.periodStart)
    throw badInput('The period is empty: periodEnd (the day after the last) must be after periodStart.', {
      field: 'periodEnd',
    });
  await checkLines(ctx, input);
  for (const id of input.owners ?? [])
    if (!(await ctx.em.findOne(User, { id: requireId('User', id) }))) throw notFound('User', id);
  const plan = ctx.em.create(WorkPlan, {
    organization: requirePrincipal(ctx).orgId,
    unitId: unit.id,
    title: input.title.trim(),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    owners: input.owners ?? [],
    followUpRateTarget: input.followUpRateTarget ?? 1,
    lines: input.lines.map((l) => ({
      questionnaireId: l.questionnaireId,
      channel: l.channel,
      targetResponses: l.targetResponses,
      categoryTargets: (l.categoryTargets ?? []).map((c) => ({ category: c.category.trim(), target: c.target })),
    })),
  });
  await ctx.em.flush();
  return plan;
}

/** Progress of a plan from what was collected: per line and category, pro rata by today, and follow-ups. */
export async function workPlanProgress(
  ctx: RequestContext,
  plan: WorkPlan,
  now = new Date(),
): Promise<WorkPlanProgress> {
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, plan.unitId);
  const tz = await timeZoneOf(ctx.em, plan.organization.id);
  const [from, to] = [startOfLocalDate(plan.periodStart, tz), startOfLocalDate(plan.periodEnd, tz)];
  const elapsed = Math.min(1, Math.max(0, (now.getTime() - from.getTime()) / (to.getTime() - from.getTime())));
  const byNow = (target: number) => Math.ceil(target * elapsed - 1e-9);
  const lines: WorkPlanLineProgress[] = [];
  for (const line of plan.lines) {
    const counts = (
      await responseCounts(ctx.em, {
        orgId: plan.organization.id,
        questionnaireId: line.questionnaireId,
        unitPath: unit.path,
        fromInstant: from,
        toInstant: to,
      })
    ).filter((c) => c.channel === line.channel);
    const collected = counts.reduce((sum, c) => sum + c.count, 0);
    const categories = line.categoryTargets.map((c) => ({
      category: c.category,
      target: c.target,
      collected: counts.filter((k) => k.category === c.category).reduce((sum, k) => sum + k.count, 0),
    }));
    const expectedByNow = byNow(line.targetResponses);
    const behind = collected < expectedByNow || categories.some((c) => c.collected < byNow(c.target));
    lines.push({ ...line, target: line.targetResponses, expectedByNow, collected, categories, behind });
  }
  const follow = await followUpRate(ctx, {
    unitId: plan.unitId,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
  });
  const followBehind = follow.rate !== null && follow.rate < plan.followUpRateTarget && elapsed > 0;
  return {
    elapsed,
    lines,
    followUpEligible: follow.eligible,
    followUpDone: follow.followedUp,
    followUpRate: follow.rate,
    behind: lines.some((l) => l.behind) || followBehind,
  };
}

/** Plans of the caller's units (or one subtree), newest period first; `behindOnly` keeps the units behind plan. */
export async function listWorkPlans(
  ctx: RequestContext,
  filter: { under?: string | null; behindOnly?: boolean | null },
): Promise<WorkPlan[]> {
  const prefixes = await readableSubtrees(ctx, Permission.RESULTS_READ, filter.under);
  const plans = await ctx.em.find(WorkPlan, {}, { orderBy: { periodStart: 'desc', id: 'asc' }, limit: 500 });
  const out: WorkPlan[] = [];
  for (const plan of plans) {
    const unit = await ctx.loaders.unit.load(plan.unitId);
    if (!unit || !prefixes.some((p) => unit.path.startsWith(p))) continue;
    if (filter.behindOnly && !(await workPlanProgress(ctx, plan)).behind) continue;
    out.push(plan);
  }
  return out;
}
