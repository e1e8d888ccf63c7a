import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { conflict } from '../graphql/errors.js';
import { metricDefinitions, walk } from '../indicators/index.js';
import { scores } from '../results/index.js';
import { supervisedAction } from './action-access.js';
import { ActionNote } from './action-note.entity.js';
import { ActionRecheck, RecheckTrigger } from './action-recheck.entity.js';
import { ActionStatus, RECHECKABLE } from './action-status.js';
import { RectificationAction } from './action.entity.js';
import { lockAction } from './action.service.js';
import { escalate, mailEscalation, type PendingEscalation } from './escalation.service.js';
import { judge, RecheckReason, type Side, type VerdictResult } from './recheck-verdict.js';
import { emit } from '../events/index.js';
import './events.js';

const EMPTY: Side = { score: null, value: null, n: 0, se: null, ci95: null };

interface Computed {
  before: Side;
  after: Side;
  minResponses: number;
  result: VerdictResult;
}

/** Both sides over the model version fixed at opening, and the verdict (design.md §4 comparisons). */
async function compute(ctx: RequestContext, action: RectificationAction): Promise<Computed> {
  if (!action.modelVersionId || !action.indicatorKey || !action.baselineFrom || !action.baselineTo) {
    const reason = 'The action names no indicator: there is nothing to re-check.';
    return {
      before: EMPTY,
      after: EMPTY,
      minResponses: 0,
      result: {
        verdict: ActionStatus.NO_DATA,
        delta: null,
        significant: null,
        reasonCode: RecheckReason.NO_INDICATOR,
        reason,
      },
    };
  }
  const side = async (from: string, to: string) => {
    const r = await scores(ctx, { unitId: action.unitId, modelVersionId: action.modelVersionId, from, to });
    const node = r.nodes.find((n) => n.key === action.indicatorKey);
    const s: Side = node ? { score: node.score, value: node.value, n: node.n, se: node.se, ci95: node.ci95 } : EMPTY;
    return { side: s, definition: r.scope.model.definition, kind: node?.kind };
  };
  const before = await side(action.baselineFrom, action.baselineTo);
  const after = await side(action.recheckFrom, action.recheckTo);
  const minResponses = before.definition.minResponses;
  let higherIsBetter: boolean | undefined;
  if (before.kind === 'METRIC') {
    const metricKey = [...walk(before.definition.root)].find((w) => w.node.key === action.indicatorKey)?.node.metricKey;
    const metric = metricKey ? (await metricDefinitions(ctx)).get(metricKey) : undefined;
    higherIsBetter = metric ? metric.target > metric.worst : true;
  }
  const result = judge({
    before: before.side,
    after: after.side,
    targetKind: action.targetKind,
    targetValue: action.targetValue,
    requireSignificant: action.requireSignificant,
    minResponses,
    isMetric: before.kind === 'METRIC',
    higherIsBetter,
  });
  return { before: before.side, after: after.side, minResponses, result };
}

/** Whether the last re-check of the action this one follows up was also NOT_MET: a chain of two. */
async function chainOfTwo(tx: EntityManager, action: RectificationAction): Promise<RectificationAction | null> {
  if (!action.followUpOfId) return null;
  const last = await tx.findOne(ActionRecheck, { actionId: action.followUpOfId }, { orderBy: { checkedAt: 'desc' } });
  if (last?.verdict !== ActionStatus.NOT_MET) return null;
  return lockAction(tx, action.followUpOfId);
}

async function record(tx: EntityManager, action: RectificationAction, c: Computed, trigger: RecheckTrigger) {
  const recheck = tx.create(ActionRecheck, {
    organization: action.organization,
    actionId: action.id,
    trigger,
    verdict: c.result.verdict,
    reason: c.result.reason,
    reasonCode: c.result.reasonCode,
    targetKind: action.targetKind,
    targetValue: action.targetValue,
    beforeFrom: action.baselineFrom ?? action.recheckFrom,
    beforeTo: action.baselineTo ?? action.recheckFrom,
    beforeScore: c.before.score,
    beforeValue: c.before.value,
    beforeN: c.before.n,
    beforeSe: c.before.se,
    beforeCi95: c.before.ci95,
    afterFrom: action.recheckFrom,
    afterTo: action.recheckTo,
    afterScore: c.after.score,
    afterValue: c.after.value,
    afterN: c.after.n,
    afterSe: c.after.se,
    afterCi95: c.after.ci95,
    delta: c.result.delta,
    significant: c.result.significant,
    minResponses: c.minResponses,
  });
  action.status = c.result.verdict;
  tx.create(ActionNote, {
    organization: action.organization,
    actionId: action.id,
    text: `Re-check (${trigger.toLowerCase().replace('_', ' ')}): ${c.result.verdict}. ${c.result.reason}`,
    status: c.result.verdict,
  });
  return recheck;
}

/**
 * Re-checks an action: stores both sides' numbers and the verdict; NOT_MET escalates to the parent
 * unit's managers, and a second NOT_MET in a chain flags both actions for accountability.
 * `scheduled` re-checks skip quietly an action no longer waiting for one.
 */
export async function runRecheck(
  ctx: RequestContext,
  actionId: string,
  trigger: RecheckTrigger,
): Promise<ActionRecheck | null> {
  const initial = await ctx.em.findOneOrFail(RectificationAction, { id: actionId });
  const computed = await compute(ctx, initial);
  let pending: PendingEscalation | null = null;
  const recheck = await ctx.em.transactional(async (tx) => {
    const action = await lockAction(tx, actionId);
    if (!RECHECKABLE.includes(action.status)) {
      if (trigger === RecheckTrigger.SCHEDULED) return null;
      throw conflict(`An action that is ${action.status} is not waiting for a re-check.`, { status: action.status });
    }
    if (trigger === RecheckTrigger.SCHEDULED && (await tx.count(ActionRecheck, { actionId, trigger }))) return null;
    const made = await record(tx, action, computed, trigger);
    if (made.verdict === ActionStatus.MET)
      await emit(tx, 'actionMet', { orgId: action.organization.id, actionId: action.id, unitId: action.unitId });
    if (made.verdict === ActionStatus.NOT_MET) {
      await tx.flush();
      pending = await escalate(tx, action, `NOT_MET:${made.id}`, `The re-check was not met. ${made.reason}`, made);
      const earlier = await chainOfTwo(tx, action);
      if (earlier) action.accountability = earlier.accountability = true;
    }
    return made;
  });
  if (pending) await mailEscalation(ctx, pending);
  return recheck;
}

/** An on-demand re-check by a supervisor of the unit. */
export async function recheckNow(ctx: RequestContext, actionId: string): Promise<ActionRecheck> {
  await supervisedAction(ctx, actionId);
  return (await runRecheck(ctx, actionId, RecheckTrigger.ON_DEMAND))!;
}
