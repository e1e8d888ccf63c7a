import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import type { Report } from './report.entity.js';
import { CreateReportDraftInput, CreateReportSubscriptionInput, EditReportDraftInput } from './reports.inputs.js';
import { ReportSubscriptionType, ReportType } from './reports.types.js';
import { createDraft, editDraft, getReport, issueReport, listReports, refreshDraft } from './report.service.js';
import { createSubscription, deleteSubscription, listSubscriptions } from './subscription.service.js';

const view = (r: Report): ReportType => ({
  ...r,
  htmlPath: `/api/reports/${r.id}.html`,
  pdfPath: `/api/reports/${r.id}.pdf`,
});

@Resolver()
export class ReportsResolver {
  @Query(() => [ReportType], {
    description:
      'The archive of a unit (with subtree, of every unit under it too): its reports, newest period first. ' +
      'Not paged: at most 200.',
  })
  @Allow(Permission.RESULTS_READ)
  async reports(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('issuedOnly', () => Boolean, { defaultValue: false, description: 'Only issued reports.' }) issuedOnly: boolean,
    @Arg('subtree', () => Boolean, {
      defaultValue: false,
      description: "Also the reports of the units below it (a region's archive with its branches').",
    })
    subtree: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportType[]> {
    return (await listReports(ctx, unitId, issuedOnly, subtree)).map(view);
  }

  @Query(() => ReportType, { description: 'One report, if its unit’s results are readable.' })
  @Allow(Permission.RESULTS_READ)
  async report(@Arg('id', () => ID, { description: 'The report.' }) id: string, @Ctx() ctx: RequestContext) {
    return view(await getReport(ctx, id));
  }

  @Mutation(() => ReportType, { description: 'Generates a draft report of a unit and period (ANALYST and up).' })
  @Allow(Permission.RESULTS_READ)
  async createReportDraft(
    @Arg('input', { description: 'The unit, model, period and language.' }) input: CreateReportDraftInput,
    @Ctx() ctx: RequestContext,
  ) {
    return view(await createDraft(ctx, input));
  }

  @Mutation(() => ReportType, { description: 'Saves a draft’s commentary and notes per problem unit.' })
  @Allow(Permission.RESULTS_READ)
  async editReportDraft(
    @Arg('input', { description: 'The draft and its new commentary.' }) input: EditReportDraftInput,
    @Ctx() ctx: RequestContext,
  ) {
    return view(await editDraft(ctx, input));
  }

  @Mutation(() => ReportType, { description: 'Regenerates a draft’s numbers from the results as they are now.' })
  @Allow(Permission.RESULTS_READ)
  async refreshReportDraft(@Arg('id', () => ID, { description: 'The draft.' }) id: string, @Ctx() ctx: RequestContext) {
    return view(await refreshDraft(ctx, id));
  }

  @Mutation(() => ReportType, {
    description: 'Issues a draft (ADMIN or UNIT_MANAGER of its unit): numbers it and freezes it for good.',
  })
  @Allow(Permission.UNIT_MANAGE)
  async issueReport(@Arg('id', () => ID, { description: 'The draft.' }) id: string, @Ctx() ctx: RequestContext) {
    return view(await issueReport(ctx, id));
  }

  @Query(() => [ReportSubscriptionType], { description: 'Subscriptions to a unit’s reports. Not paged: at most 200.' })
  @Allow(Permission.UNIT_MANAGE)
  reportSubscriptions(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return listSubscriptions(ctx, unitId);
  }

  @Mutation(() => ReportSubscriptionType, { description: 'Subscribes addresses or users to a unit subtree’s reports.' })
  @Allow(Permission.UNIT_MANAGE)
  createReportSubscription(
    @Arg('input', { description: 'The subtree, period kind, language and recipients.' })
    input: CreateReportSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createSubscription(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends a subscription.' })
  @Allow(Permission.UNIT_MANAGE)
  deleteReportSubscription(
    @Arg('id', () => ID, { description: 'The subscription.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return deleteSubscription(ctx, id);
  }
}
