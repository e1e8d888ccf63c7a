import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { canAccessPath, OrgUnit, Permission, requirePrincipal } from '../org/index.js';
import type { AssignmentType } from './fieldwork.types.js';
import { AssignmentType as AssignmentObject, PlanProgressType } from './fieldwork.types.js';
import {
  AddKeyClientInput,
  AddStaffMemberInput,
  UpdateKeyClientInput,
  UpdateInspectorInput,
  UpdateStaffMemberInput,
  CreateInspectionKindInput,
  CreateVisitPlanInput,
  RegisterInspectorInput,
} from './fieldwork.inputs.js';
import { InspectionKind } from './inspection-kind.entity.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';
import {
  createVisitPlan,
  myAssignments,
  planAssignments,
  listPlans,
  planById,
  planProgress,
  reassign,
} from './plan.service.js';
import {
  addKeyClient,
  addStaffMember,
  createInspectionKind,
  keyClientContact,
  listInspectionKinds,
  listInspectors,
  listKeyClients,
  listStaff,
  staffToServe,
  purgeKeyClient,
  registerInspector,
} from './register.service.js';
import { StaffMember } from './staff-member.entity.js';
import { updateInspector, updateKeyClient, updateStaffMember } from './register-edit.service.js';
import { VisitPlan } from './visit-plan.entity.js';
import { assignmentViews, inspectorRef, unitRef } from './views.js';

const ANY_FIELDWORK = [Permission.FIELDWORK_READ, Permission.FIELDWORK_MANAGE, Permission.FIELDWORK_INSPECT];

/** Registers (kinds, inspectors, staff, key clients) and plans. */
@Resolver()
export class FieldworkResolver {
  @Query(() => [InspectionKind], { description: 'The organisation’s inspection kinds; bounded (a short list).' })
  @Allow(...ANY_FIELDWORK)
  inspectionKinds(@Ctx() ctx: RequestContext): Promise<InspectionKind[]> {
    return listInspectionKinds(ctx);
  }

  @Mutation(() => InspectionKind, { description: 'Adds a kind of inspection to the organisation’s list.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  createInspectionKind(@Arg('input') input: CreateInspectionKindInput, @Ctx() ctx: RequestContext) {
    return createInspectionKind(ctx, input);
  }

  @Query(() => [Inspector], { description: 'Inspector register entries kept by units one may read; at most 1000.' })
  @Allow(Permission.FIELDWORK_READ)
  inspectors(
    @Arg('under', () => ID, { nullable: true, description: 'Only entries kept by this unit or below it.' })
    under: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Inspector[]> {
    return listInspectors(ctx, under);
  }

  @Mutation(() => Inspector, { description: 'Adds an inspector, supervisor or mystery shopper to the register.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  registerInspector(@Arg('input') input: RegisterInspectorInput, @Ctx() ctx: RequestContext) {
    return registerInspector(ctx, input);
  }

  @Mutation(() => Inspector, {
    description: 'Edits an inspector, or deactivates them (kept on past visits, given no new assignment).',
  })
  @Allow(Permission.FIELDWORK_MANAGE)
  updateInspector(@Arg('input') input: UpdateInspectorInput, @Ctx() ctx: RequestContext) {
    return updateInspector(ctx, input);
  }

  @Query(() => [StaffMember], { description: 'The staff register of a unit (that unit only); at most 1000.' })
  @Allow(Permission.FIELDWORK_READ)
  staffMembers(@Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string, @Ctx() ctx: RequestContext) {
    return listStaff(ctx, unitId);
  }

  @Query(() => [StaffMember], {
    description:
      'The active staff of a unit (that unit only), for an interviewer naming who served the respondent; at most 1000.',
  })
  @Allow(Permission.RESPONSE_ENTER)
  unitStaff(@Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string, @Ctx() ctx: RequestContext) {
    return staffToServe(ctx, unitId);
  }

  @Mutation(() => StaffMember, { description: 'Adds a staff member to a unit’s register.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  addStaffMember(@Arg('input') input: AddStaffMemberInput, @Ctx() ctx: RequestContext) {
    return addStaffMember(ctx, input);
  }

  @Mutation(() => StaffMember, {
    description: 'Edits a staff member, or deactivates them (kept in history, offered for nothing new).',
  })
  @Allow(Permission.FIELDWORK_MANAGE)
  updateStaffMember(@Arg('input') input: UpdateStaffMemberInput, @Ctx() ctx: RequestContext) {
    return updateStaffMember(ctx, input);
  }

  @Query(() => [KeyClient], { description: 'Key clients of a unit and its subtree; at most 1000.' })
  @Allow(Permission.FIELDWORK_READ)
  keyClients(@Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string, @Ctx() ctx: RequestContext) {
    return listKeyClients(ctx, unitId);
  }

  @Mutation(() => KeyClient, { description: 'Adds a key client to a unit’s register; the contact is encrypted.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  addKeyClient(@Arg('input') input: AddKeyClientInput, @Ctx() ctx: RequestContext) {
    return addKeyClient(ctx, input);
  }

  @Mutation(() => KeyClient, {
    description: 'Edits a key client, or deactivates it (kept with its visits and report, offered for no new plan).',
  })
  @Allow(Permission.FIELDWORK_MANAGE)
  updateKeyClient(@Arg('input') input: UpdateKeyClientInput, @Ctx() ctx: RequestContext) {
    return updateKeyClient(ctx, input);
  }

  @Mutation(() => KeyClient, { description: 'Erases a key client’s name and contact; their visits stay.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  purgeKeyClient(@Arg('id', () => ID, { description: 'The key client.' }) id: string, @Ctx() ctx: RequestContext) {
    return purgeKeyClient(ctx, id);
  }

  @Mutation(() => VisitPlan, { description: 'Creates a visit plan and generates its assignments.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  createVisitPlan(@Arg('input') input: CreateVisitPlanInput, @Ctx() ctx: RequestContext) {
    return createVisitPlan(ctx, input);
  }

  @Query(() => VisitPlan, { description: 'One visit plan.' })
  @Allow(Permission.FIELDWORK_READ)
  visitPlan(@Arg('id', () => ID, { description: 'The plan.' }) id: string, @Ctx() ctx: RequestContext) {
    return planById(ctx, id);
  }

  @Query(() => [VisitPlan], { description: 'Visit plans owned by a unit or below it, newest first; at most 500.' })
  @Allow(Permission.FIELDWORK_READ)
  visitPlans(@Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string, @Ctx() ctx: RequestContext) {
    return listPlans(ctx, unitId);
  }

  @Query(() => [AssignmentObject], { description: 'A plan’s assignments in units one may read; at most 5000.' })
  @Allow(Permission.FIELDWORK_READ)
  async planAssignments(
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AssignmentType[]> {
    return assignmentViews(ctx, await planAssignments(ctx, planId));
  }

  @Query(() => PlanProgressType, { description: 'Progress against a plan: done, open, overdue, missed.' })
  @Allow(Permission.FIELDWORK_READ)
  async planProgress(
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'The day (YYYY-MM-DD); default today.' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanProgressType> {
    const { plan, asOf: day, rows } = await planProgress(ctx, planId, asOf);
    return {
      plan,
      asOf: day,
      rows: rows.map((r) => ({
        unit: unitRef(r.unit),
        inspector: inspectorRef(r.inspector),
        total: r.counts.OPEN + r.counts.DONE + r.counts.OVERDUE + r.counts.MISSED,
        done: r.counts.DONE,
        open: r.counts.OPEN,
        overdue: r.counts.OVERDUE,
        missed: r.counts.MISSED,
      })),
    };
  }

  @Mutation(() => AssignmentObject, { description: 'Gives an assignment not yet done to another inspector.' })
  @Allow(Permission.FIELDWORK_MANAGE)
  async reassignAssignment(
    @Arg('assignmentId', () => ID, { description: 'The assignment.' }) assignmentId: string,
    @Arg('inspectorId', () => ID, { description: 'The inspector to give it to.' }) inspectorId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AssignmentType> {
    const a = await reassign(ctx, assignmentId, inspectorId);
    return (await assignmentViews(ctx, [a]))[0];
  }

  @Query(() => [AssignmentObject], { description: 'The signed-in inspector’s own assignments; at most 500.' })
  @Allow(Permission.FIELDWORK_INSPECT, Permission.FIELDWORK_MANAGE)
  async myAssignments(@Ctx() ctx: RequestContext): Promise<AssignmentType[]> {
    return assignmentViews(ctx, await myAssignments(ctx));
  }
}

@Resolver(() => KeyClient)
export class KeyClientResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The decrypted contact, to those who may manage the client (FIELDWORK_MANAGE); null otherwise.',
  })
  async contact(@Root() client: KeyClient, @Ctx() ctx: RequestContext): Promise<string | null> {
    const unit = await ctx.em.findOneOrFail(OrgUnit, { id: client.unit.id });
    if (!canAccessPath(requirePrincipal(ctx), Permission.FIELDWORK_MANAGE, unit.path)) return null;
    return keyClientContact(ctx, client);
  }
}
