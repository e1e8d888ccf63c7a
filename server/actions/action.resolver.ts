import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { MetricObservation } from '../indicators/index.js';
import { OrgUnit, Permission, User } from '../org/index.js';
import { readableAction } from './action-access.js';
import { ActionConsequence } from './action-consequence.entity.js';
import { ActionEscalation } from './action-escalation.entity.js';
import { actionSummary, daysBetween, listActions, recordActionsMetric, todayOf } from './action-list.service.js';
import { ActionNote } from './action-note.entity.js';
import { ActionRecheck } from './action-recheck.entity.js';
import { ActionStatus, WORKING } from './action-status.js';
import { actionTrend } from './action-trend.service.js';
import { RectificationAction } from './action.entity.js';
import {
  ActionFilterInput,
  ActionNoteInput,
  ActionsMetricInput,
  ConsequenceInput,
  MoveActionInput,
  OpenActionInput,
} from './action.inputs.js';
import { addActionNote, moveAction, openAction, recordConsequence } from './action.service.js';
import { ActionTrendPoint, ActionUnitSummary, RectificationActionConnection } from './action.types.js';
import { myEscalations } from './escalation.service.js';
import { recheckNow } from './recheck.service.js';

const SUPERVISE = [Permission.UNIT_MANAGE, Permission.QUESTIONNAIRE_AUTHOR];

/** Per-request loader of each action's latest re-check: a list costs one query. */
const latest = new WeakMap<RequestContext, DataLoader<string, ActionRecheck | null>>();
function latestRecheckLoader(ctx: RequestContext) {
  let loader = latest.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(ActionRecheck, { actionId: { $in: [...ids] } }, { orderBy: { checkedAt: 'asc' } });
      const last = new Map(rows.map((r) => [r.actionId, r]));
      return ids.map((id) => last.get(id) ?? null);
    });
    latest.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => RectificationAction)
export class ActionResolver {
  @Query(() => RectificationAction, { description: 'One rectification action, with its history and re-checks.' })
  @Allow(Permission.RESULTS_READ)
  async action(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<RectificationAction> {
    return (await readableAction(ctx, id)).action;
  }

  @Query(() => RectificationActionConnection, {
    description: "Actions of the caller's units (or one subtree), by deadline: status, owner, days left, verdict.",
  })
  @Allow(Permission.RESULTS_READ)
  actions(
    @Arg('filter', () => ActionFilterInput, { nullable: true }) filter: ActionFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<RectificationAction>> {
    return listActions(ctx, filter, page);
  }

  @Query(() => [ActionUnitSummary], {
    description:
      'Per unit (the unit, then each child, each over its subtree): actions due in the period and how they ended. ' +
      'Bounded: the unit and at most 500 children, by code.',
  })
  @Allow(Permission.RESULTS_READ)
  actionSummary(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ActionUnitSummary[]> {
    return actionSummary(ctx, unitId, from, to);
  }

  @Query(() => [ActionEscalation], {
    description: 'Actions escalated to the caller, newest first. Bounded: at most 200 (the latest).',
  })
  @Allow(Permission.RESULTS_READ)
  myEscalations(@Ctx() ctx: RequestContext): Promise<ActionEscalation[]> {
    return myEscalations(ctx);
  }

  @Mutation(() => RectificationAction, {
    description: "Opens an action; the problem's numbers are read and frozen, and the model version fixed.",
  })
  @Allow(...SUPERVISE)
  openAction(@Arg('input') input: OpenActionInput, @Ctx() ctx: RequestContext): Promise<RectificationAction> {
    return openAction(ctx, input);
  }

  @Mutation(() => RectificationAction, { description: 'Moves an action: start, submit, back to work, close, cancel.' })
  @Allow(Permission.RESULTS_READ)
  moveAction(@Arg('input') input: MoveActionInput, @Ctx() ctx: RequestContext): Promise<RectificationAction> {
    return moveAction(ctx, input);
  }

  @Mutation(() => ActionNote, { description: 'Adds a progress note, optionally with an evidence file.' })
  @Allow(Permission.RESULTS_READ)
  addActionNote(@Arg('input') input: ActionNoteInput, @Ctx() ctx: RequestContext): Promise<ActionNote> {
    return addActionNote(ctx, input);
  }

  @Mutation(() => ActionRecheck, { description: 'Re-checks an action now, with the model version fixed at opening.' })
  @Allow(...SUPERVISE)
  recheckAction(@Arg('actionId', () => ID) actionId: string, @Ctx() ctx: RequestContext): Promise<ActionRecheck> {
    return recheckNow(ctx, actionId);
  }

  @Mutation(() => ActionConsequence, { description: 'Records the consequence decided for a flagged action.' })
  @Allow(...SUPERVISE)
  recordActionConsequence(
    @Arg('input') input: ConsequenceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ActionConsequence> {
    return recordConsequence(ctx, input);
  }

  @Mutation(() => MetricObservation, {
    description: 'Records "rectifications completed on time" of a unit and period into a METRIC.',
  })
  @Allow(Permission.METRIC_RECORD)
  recordActionsMetric(@Arg('input') input: ActionsMetricInput, @Ctx() ctx: RequestContext) {
    return recordActionsMetric(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { description: 'The unit that must rectify.' })
  async unit(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return ctx.loaders.unit.load(a.unitId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The responsible person.' })
  responsible(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.byId(User).load(a.responsibleUserId);
  }

  @FieldResolver(() => Int, {
    description: 'Days from today (organisation time zone) to the deadline; negative once past.',
  })
  async daysLeft(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<number> {
    return daysBetween(await todayOf(ctx), a.deadline);
  }

  @FieldResolver(() => Boolean, { description: 'Past its deadline and neither submitted nor judged.' })
  overdue(@Root() a: RectificationAction): boolean {
    return WORKING.includes(a.status) && a.overdueAt <= new Date();
  }

  @FieldResolver(() => ActionRecheck, { nullable: true, description: 'The latest re-check and its verdict.' })
  latestRecheck(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionRecheck | null> {
    return latestRecheckLoader(ctx).load(a.id);
  }

  @FieldResolver(() => ActionStatus, { nullable: true, description: 'The latest verdict (MET, NOT_MET, NO_DATA).' })
  async verdict(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionStatus | null> {
    return (await latestRecheckLoader(ctx).load(a.id))?.verdict ?? null;
  }

  @FieldResolver(() => [ActionRecheck], { description: 'Every re-check, oldest first.' })
  rechecks(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionRecheck[]> {
    return ctx.em.find(ActionRecheck, { actionId: a.id }, { orderBy: { checkedAt: 'asc' } });
  }

  @FieldResolver(() => [ActionNote], { description: 'Notes, evidence and status changes, oldest first.' })
  history(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionNote[]> {
    return ctx.em.find(ActionNote, { actionId: a.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [ActionEscalation], { description: "Escalations to the parent unit's managers." })
  escalations(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionEscalation[]> {
    return ctx.em.find(ActionEscalation, { actionId: a.id }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [ActionConsequence], { description: 'Consequences decided, when flagged for accountability.' })
  consequences(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionConsequence[]> {
    return ctx.em.find(ActionConsequence, { actionId: a.id }, { orderBy: { decidedAt: 'asc' } });
  }

  @FieldResolver(() => [ActionTrendPoint], {
    description: 'The indicator month by month around the action (before, during, after), the model version fixed.',
  })
  trend(@Root() a: RectificationAction, @Ctx() ctx: RequestContext): Promise<ActionTrendPoint[]> {
    return actionTrend(ctx, a);
  }
}
