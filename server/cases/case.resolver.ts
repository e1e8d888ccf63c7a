import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit, Permission, requirePrincipal, User, usersOverUnit } from '../org/index.js';
import { requireId } from '../graphql/errors.js';
import { AlertRule } from './alert-rule.entity.js';
import { Case } from './case.entity.js';
import { CaseCategory } from './case-category.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseStep } from './case.enums.js';
import {
  AddCaseNoteInput,
  CaseFilterInput,
  ChangeCaseStateInput,
  CreateCaseInput,
  SaveAlertRuleInput,
  SaveCaseCategoryInput,
} from './case.inputs.js';
import { addCaseNote, createCase, getCase, listCases, myCases } from './case.service.js';
import { CaseAssignee, CaseConnection, CaseFollowUp, MyCases } from './case.types.js';
import { changeCaseState } from './case-workflow.service.js';
import { followUpOf } from './follow-up.js';
import { listAlertRules, listCaseCategories, saveAlertRule, saveCaseCategory } from './settings.service.js';
import { currentStep, TRANSITIONS } from './workflow.js';
import { caseRights } from './case-access.js';
import { CaseState } from './case.enums.js';
import { moveRight } from './case-workflow.service.js';
import { CaseAttachment } from './case-attachment.entity.js';
import { CaseIntakeLink } from './intake-link.entity.js';
import { createIntakeLink, formUrlOf, publicBase } from './intake.service.js';

/** The QR code's address beside the form's own API path, on the same public base as the form's address. */
const qrUrl = (ctx: RequestContext, link: CaseIntakeLink, format: 'svg' | 'png') =>
  `${publicBase(ctx)}/api/complaint-form/${link.token}/qr.${format}`;

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { description: 'One case, when the caller may see it (its unit’s managers, its owner).' })
  @Allow(Permission.UNIT_READ)
  case(@Arg('id', () => ID, { description: 'The case’s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Case> {
    return getCase(ctx, id);
  }

  @Query(() => CaseConnection, { description: 'The case inbox: cases the caller may see, newest first.' })
  @Allow(Permission.UNIT_READ)
  cases(
    @Arg('filter', () => CaseFilterInput, { nullable: true, description: 'Narrows the list.' })
    filter: CaseFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Case>> {
    return listCases(ctx, filter, page);
  }

  @Query(() => MyCases, { description: 'Counts of the caller’s open cases by state, and overdue: the badge.' })
  @Allow(Permission.UNIT_READ)
  myCases(@Ctx() ctx: RequestContext): Promise<MyCases> {
    return myCases(ctx);
  }

  @Mutation(() => Case, { description: 'Registers a complaint (staff entry: hotline, counter, letter…).' })
  @Allow(Permission.RESPONSE_ENTER, Permission.UNIT_MANAGE)
  createCase(@Arg('input', { description: 'The complaint.' }) input: CreateCaseInput, @Ctx() ctx: RequestContext) {
    return createCase(ctx, input);
  }

  @Mutation(() => Case, { description: 'Moves a case in its workflow; a move that is not allowed is a CONFLICT.' })
  @Allow(Permission.UNIT_READ)
  changeCaseState(
    @Arg('input', { description: 'The case, the state and what the move needs.' }) input: ChangeCaseStateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Case> {
    return changeCaseState(ctx, input);
  }

  @Mutation(() => Case, { description: 'Adds a note to a case’s timeline (its owner or a manager).' })
  @Allow(Permission.UNIT_READ)
  addCaseNote(
    @Arg('input', { description: 'The case and the note.' }) input: AddCaseNoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return addCaseNote(ctx, input);
  }

  @Query(() => [CaseCategory], { description: 'The organisation’s case categories, by code. Bounded: at most 500.' })
  @Allow(Permission.UNIT_READ)
  caseCategories(@Ctx() ctx: RequestContext): Promise<CaseCategory[]> {
    return listCaseCategories(ctx);
  }

  @Mutation(() => CaseCategory, { description: 'Creates or changes a case category and its deadlines.' })
  @Allow(Permission.UNIT_MANAGE)
  saveCaseCategory(
    @Arg('input', { description: 'The category.' }) input: SaveCaseCategoryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseCategory> {
    return saveCaseCategory(ctx, input);
  }

  @Query(() => [AlertRule], { description: 'The organisation’s alert rules. Bounded: at most 500.' })
  @Allow(Permission.UNIT_MANAGE)
  alertRules(@Ctx() ctx: RequestContext): Promise<AlertRule[]> {
    return listAlertRules(ctx);
  }

  @Mutation(() => AlertRule, { description: 'Creates or changes an alert rule on a questionnaire’s responses.' })
  @Allow(Permission.UNIT_MANAGE)
  saveAlertRule(
    @Arg('input', { description: 'The rule.' }) input: SaveAlertRuleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AlertRule> {
    return saveAlertRule(ctx, input);
  }

  @Mutation(() => CaseIntakeLink, {
    description: 'The public complaint form link of a unit (made once, then the same one is returned).',
  })
  @Allow(Permission.UNIT_MANAGE)
  createCaseIntakeLink(
    @Arg('unitId', () => ID, { description: 'The unit complaints through the form are about.' }) unitId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseIntakeLink> {
    return createIntakeLink(ctx, unitId);
  }

  @FieldResolver(() => [CaseAttachment], { description: 'Files attached to the case, oldest first.' })
  attachments(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseAttachment[]> {
    return ctx.em.find(CaseAttachment, { caseId: c.id }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [CaseEvent], { description: 'Every event of the case, oldest first: who did what, when.' })
  timeline(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseEvent[]> {
    return ctx.em.find(CaseEvent, { caseId: c.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => CaseStep, {
    nullable: true,
    description: 'The step it waits for; null once resolved or closed.',
  })
  currentStep(@Root() c: Case): CaseStep | null {
    return currentStep(c.state);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The current step’s due time.' })
  dueAt(@Root() c: Case): Date | null {
    const step = currentStep(c.state);
    return step === CaseStep.ACKNOWLEDGE ? c.acknowledgeDueAt : step ? c.resolveDueAt : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current step is past its due time.' })
  overdue(@Root() c: Case): boolean {
    const due = this.dueAt(c);
    return Boolean(due && due.getTime() <= Date.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Resolved by the deadline; null until resolved.' })
  resolvedOnTime(@Root() c: Case): boolean | null {
    return c.resolvedAt && c.resolveDueAt ? c.resolvedAt < c.resolveDueAt : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether a client contact is kept (it is never shown here).' })
  hasContact(@Root() c: Case): boolean {
    return c.contactId !== null;
  }

  @FieldResolver(() => [CaseState], {
    description: 'The moves the caller may make now: the workflow’s next states their role allows (buttons).',
  })
  async allowedMoves(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseState[]> {
    const unit = await ctx.em.findOneOrFail(OrgUnit, { id: c.unitId });
    const rights = caseRights(requirePrincipal(ctx), c, unit);
    return TRANSITIONS[c.state].filter((to) => rights.has(moveRight(to)));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may add notes and files (its owner or a manager of its unit).',
  })
  async canHandle(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<boolean> {
    const unit = await ctx.em.findOneOrFail(OrgUnit, { id: c.unitId });
    return caseRights(requirePrincipal(ctx), c, unit).has('HANDLE');
  }

  @FieldResolver(() => String, { nullable: true, description: 'The owner’s name.' })
  async ownerName(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<string | null> {
    return c.ownerId ? ((await ctx.em.findOne(User, { id: c.ownerId }))?.displayName ?? null) : null;
  }

  @FieldResolver(() => String, { description: 'The name of the unit handling it.' })
  async unitName(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.em.findOneOrFail(OrgUnit, { id: c.unitId })).name;
  }

  @FieldResolver(() => [CaseAssignee], {
    description:
      'Who the caller can assign the case to (people with a role at the unit or above); empty unless a manager.',
  })
  async assignees(
    @Root() c: Case,
    @Arg('unitId', () => ID, { nullable: true, description: 'Another unit to assign it to; default its own.' })
    unitId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseAssignee[]> {
    const unit = await ctx.em.findOneOrFail(OrgUnit, { id: c.unitId });
    if (!caseRights(requirePrincipal(ctx), c, unit).has('MANAGE')) return [];
    const target = unitId ? await ctx.em.findOne(OrgUnit, { id: requireId('Org unit', unitId) }) : unit;
    if (!target) return [];
    return (await usersOverUnit(ctx.em, target)).map(({ user }) => ({ id: user.id, displayName: user.displayName }));
  }

  @FieldResolver(() => CaseFollowUp, {
    nullable: true,
    description: 'The survey of satisfaction with the handling, once the case was closed with a contact.',
  })
  followUp(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseFollowUp | null> {
    return followUpOf(ctx.em, c);
  }
}

@Resolver(() => CaseIntakeLink)
export class CaseIntakeLinkResolver {
  @FieldResolver(() => String, {
    description: 'The form’s address for clients (a link or QR code); its API is /api/complaint-form/<token>.',
  })
  url(@Root() link: CaseIntakeLink, @Ctx() ctx: RequestContext): string {
    return formUrlOf(ctx, link.token);
  }

  @FieldResolver(() => String, { description: 'The form’s address as a QR code, SVG (for print).' })
  qrCodeSvgUrl(@Root() link: CaseIntakeLink, @Ctx() ctx: RequestContext): string {
    return qrUrl(ctx, link, 'svg');
  }

  @FieldResolver(() => String, { description: 'The form’s address as a QR code, PNG (512 px).' })
  qrCodePngUrl(@Root() link: CaseIntakeLink, @Ctx() ctx: RequestContext): string {
    return qrUrl(ctx, link, 'png');
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The name of the user who did it; null for the system.' })
  async actorName(@Root() e: CaseEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return e.actorId ? ((await ctx.em.findOne(User, { id: e.actorId }))?.displayName ?? null) : null;
  }
}
