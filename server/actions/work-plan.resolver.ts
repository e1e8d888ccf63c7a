import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { WorkPlan } from './work-plan.entity.js';
import { createWorkPlan, listWorkPlans, workPlanProgress } from './work-plan.service.js';
import { CreateWorkPlanInput, WorkPlanProgress } from './work-plan.types.js';

@Resolver(() => WorkPlan)
export class WorkPlanResolver {
  @Mutation(() => WorkPlan, { description: 'Makes a survey work plan for a unit and period.' })
  @Allow(Permission.UNIT_MANAGE, Permission.QUESTIONNAIRE_AUTHOR)
  createWorkPlan(@Arg('input') input: CreateWorkPlanInput, @Ctx() ctx: RequestContext): Promise<WorkPlan> {
    return createWorkPlan(ctx, input);
  }

  @Query(() => [WorkPlan], {
    description: "Work plans of the caller's units, newest period first (bounded: 500); optionally only those behind.",
  })
  @Allow(Permission.RESULTS_READ)
  workPlans(
    @Arg('under', () => ID, { nullable: true }) under: string | null,
    @Arg('behindOnly', () => Boolean, { nullable: true }) behindOnly: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkPlan[]> {
    return listWorkPlans(ctx, { under, behindOnly });
  }

  @FieldResolver(() => WorkPlanProgress, { description: 'Collected against planned, computed now.' })
  progress(@Root() plan: WorkPlan, @Ctx() ctx: RequestContext): Promise<WorkPlanProgress> {
    return workPlanProgress(ctx, plan);
  }
}
