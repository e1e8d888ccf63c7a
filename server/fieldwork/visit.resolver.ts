import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { staffBreakdown } from './breakdown.service.js';
import { StaffBreakdownBy } from './fieldwork.enums.js';
import { CorrectVisitInput, SubmitVisitInput } from './fieldwork.inputs.js';
import { KeyClientReportType, StaffBreakdownRowType, VisitType } from './fieldwork.types.js';
import { keyClientReport } from './key-client-report.service.js';
import { visibleVisit } from './visit-access.js';
import { correctVisit, myVisits, submitVisit, unitVisits, visitHistory } from './visit.service.js';
import { visitView, visitViews } from './views.js';

const INSPECTING = [Permission.FIELDWORK_INSPECT, Permission.FIELDWORK_MANAGE];

/** Visit records, and the reports built on them. */
@Resolver()
export class VisitResolver {
  @Mutation(() => VisitType, { description: 'Records a visit; sending the same clientId again stores it once.' })
  @Allow(...INSPECTING)
  async submitVisit(@Arg('input') input: SubmitVisitInput, @Ctx() ctx: RequestContext): Promise<VisitType> {
    return visitView(ctx, await submitVisit(ctx, input));
  }

  @Mutation(() => VisitType, { description: 'Corrects a submitted visit with a new revision; the history is kept.' })
  @Allow(...INSPECTING)
  async correctVisit(@Arg('input') input: CorrectVisitInput, @Ctx() ctx: RequestContext): Promise<VisitType> {
    return visitView(ctx, await correctVisit(ctx, input));
  }

  @Query(() => VisitType, { description: 'The current revision of a visit, to those who may see it.' })
  @Allow(Permission.FIELDWORK_READ, ...INSPECTING)
  async visit(
    @Arg('id', () => ID, { description: 'Any revision of the visit.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitView(ctx, await visibleVisit(ctx, id));
  }

  @Query(() => [VisitType], { description: 'Every revision of a visit, oldest first. Bounded: at most 500 revisions.' })
  @Allow(Permission.FIELDWORK_READ, ...INSPECTING)
  async visitHistory(
    @Arg('id', () => ID, { description: 'Any revision of the visit.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return visitViews(ctx, await visitHistory(ctx, id));
  }

  @Query(() => [VisitType], { description: 'Current visits to a unit and its subtree, newest first; at most 1000.' })
  @Allow(Permission.FIELDWORK_READ)
  async unitVisits(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('from', () => Date, { nullable: true, description: 'Only visits ending at or after this time.' })
    from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Only visits ending before this time.' }) to: Date | null,
    @Ctx() ctx: RequestContext,
  ) {
    return visitViews(ctx, await unitVisits(ctx, unitId, from, to));
  }

  @Query(() => [VisitType], { description: 'The signed-in inspector’s own visits, newest first; at most 500.' })
  @Allow(...INSPECTING)
  async myVisits(@Ctx() ctx: RequestContext) {
    return visitViews(ctx, await myVisits(ctx));
  }

  @Query(() => [StaffBreakdownRowType], {
    description:
      'Inspection scores of a unit’s subtree by post or staff member (STAFF_BREAKDOWN_READ). ' +
      'Bounded: at most 500 rows, by post then name.',
  })
  @Allow(Permission.STAFF_BREAKDOWN_READ)
  staffBreakdown(
    @Arg('modelVersionId', () => ID, { description: 'The model version; its INSPECTION leaves are scored.' })
    modelVersionId: string,
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('from', { description: 'First local day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'Day after the last, YYYY-MM-DD.' }) to: string,
    @Arg('by', () => StaffBreakdownBy, { description: 'Group by post or staff member.' }) by: StaffBreakdownBy,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffBreakdownRowType[]> {
    return staffBreakdown(ctx, { modelVersionId, unitId, from, to, by });
  }

  @Query(() => KeyClientReportType, { description: 'A key client over a period: visits, scores, needs, suggestions.' })
  @Allow(Permission.FIELDWORK_READ)
  keyClientReport(
    @Arg('keyClientId', () => ID, { description: 'The key client.' }) keyClientId: string,
    @Arg('from', { description: 'First local day, YYYY-MM-DD.' }) from: string,
    @Arg('to', { description: 'Day after the last, YYYY-MM-DD.' }) to: string,
    @Arg('questions', () => [String], {
      defaultValue: [],
      description: 'Questions whose text answers to list (latent needs, suggestions).',
    })
    questions: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<KeyClientReportType> {
    return keyClientReport(ctx, { keyClientId, from, to, questions });
  }
}
