import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, OrgUnit, Permission, requireAccess, requirePrincipal, timeZoneOf } from '../org/index.js';
import { loadVersion } from '../questionnaires/index.js';
import { Assignment } from './assignment.entity.js';
import { addDays, addMonths, isDay, today } from './days.js';
import { requireActive, requireEligible, refusal, type Reach } from './eligibility.js';
import { AssignmentStatus, PlanFrequency, PlanPurpose } from './fieldwork.enums.js';
import type { CreateVisitPlanInput } from './fieldwork.inputs.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';
import { kindById, unitsInside } from './register.service.js';
import { VisitPlan } from './visit-plan.entity.js';

const MAX_ASSIGNMENTS = 5000;

/** The register entries with the paths of their units, for the eligibility rules. */
export async function reachOf(em: EntityManager, inspectors: Inspector[]): Promise<Map<string, Reach>> {
  const ids = [...new Set(inspectors.flatMap((i) => [...i.unitIds, ...(i.homeUnit ? [i.homeUnit.id] : [])]))];
  const units = new Map((await em.find(OrgUnit, { id: { $in: ids } })).map((u) => [u.id, u.path]));
  return new Map(
    inspectors.map((i) => [
      i.id,
      {
        inspector: i,
        paths: i.unitIds.flatMap((id) => units.get(id) ?? []),
        homePath: i.homeUnit ? (units.get(i.homeUnit.id) ?? null) : null,
      },
    ]),
  );
}

function occurrences(input: CreateVisitPlanInput): string[] {
  if (input.dates?.length) {
    const bad = input.dates.find((d) => !isDay(d));
    if (bad) throw badInput(`"${bad}" is not a day; write dates as YYYY-MM-DD.`, { field: 'dates' });
    return [...new Set(input.dates)].sort();
  }
  if (!input.frequency || !input.startDate || !input.endDate)
    throw badInput('Give the plan its dates, or a frequency with a startDate and an endDate.', { field: 'dates' });
  if (input.endDate < input.startDate) throw badInput('endDate is before startDate.', { field: 'endDate' });
  const days: string[] = [];
  for (let i = 0; days.length <= 400; i++) {
    const day =
      input.frequency === PlanFrequency.WEEKLY
        ? addDays(input.startDate, 7 * i)
        : addMonths(input.startDate, (input.frequency === PlanFrequency.MONTHLY ? 1 : 3) * i);
    if (day > input.endDate) return days;
    days.push(day);
  }
  throw badInput('That makes more than 400 occurrences; shorten the period or choose a lower frequency.', {
    field: 'frequency',
  });
}

/** The visits' targets: units of an INSPECTION plan, or key clients (with their units) of a KEY_CLIENT plan. */
async function targetsOf(ctx: RequestContext, owner: OrgUnit, input: CreateVisitPlanInput) {
  if (input.purpose === PlanPurpose.KEY_CLIENT) {
    if (!input.keyClientIds?.length) throw badInput('Name the key clients to visit.', { field: 'keyClientIds' });
    const clients = await ctx.em.find(
      KeyClient,
      { id: { $in: input.keyClientIds.map((id) => requireId('Key client', id)) } },
      { populate: ['unit'] },
    );
    const missing = input.keyClientIds.find((id) => !clients.some((c) => c.id === id.toLowerCase()));
    if (missing) throw notFound('Key client', missing);
    const inactive = clients.filter((c) => !c.active);
    if (inactive.length)
      throw badInput(
        `${inactive.map((c) => `"${c.name}"`).join(', ')} ${inactive.length > 1 ? 'are' : 'is'} deactivated: ` +
          'reactivate the key client in the register, or leave it out of the plan.',
        { field: 'keyClientIds', reason: 'INACTIVE' },
      );
    await unitsInside(
      ctx,
      owner,
      clients.map((c) => c.unit.id),
      'keyClientIds',
    );
    return clients.map((c) => ({ unit: c.unit.getEntity(), keyClient: c }));
  }
  if (!input.unitIds?.length) throw badInput('Name the units to inspect.', { field: 'unitIds' });
  return (await unitsInside(ctx, owner, input.unitIds, 'unitIds')).map((unit) => ({ unit, keyClient: null }));
}

/**
 * Creates a plan and its assignments: for every occurrence and every unit (or key client), the
 * next eligible inspector of the plan in turn (docs/fieldwork.md, Plans). A unit no inspector
 * of the plan may inspect — cross-inspection never sends a unit's own staff — is refused.
 */
export async function createVisitPlan(ctx: RequestContext, input: CreateVisitPlanInput): Promise<VisitPlan> {
  const owner = await requireAccess(ctx, Permission.FIELDWORK_MANAGE, input.ownerUnitId);
  const kind = await kindById(ctx, input.kindId);
  const version = await loadVersion(ctx, input.questionnaireVersionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', input.questionnaireVersionId);
  const days = occurrences(input);
  const targets = await targetsOf(ctx, owner, input);
  const inspectors = await ctx.em.find(Inspector, {
    id: { $in: input.inspectorIds.map((id) => requireId('Inspector', id)) },
  });
  const missing = input.inspectorIds.find((id) => !inspectors.some((i) => i.id === id.toLowerCase()));
  if (missing) throw notFound('Inspector', missing);
  requireActive(inspectors, 'inspectorIds');
  if (targets.length * days.length > MAX_ASSIGNMENTS)
    throw badInput(`That makes ${targets.length * days.length} assignments; a plan has at most ${MAX_ASSIGNMENTS}.`);
  const reach = await reachOf(ctx.em, inspectors);
  const ordered = input.inspectorIds.map((id) => reach.get(id.toLowerCase())!);
  const orgId = requirePrincipal(ctx).orgId;
  const plan = ctx.em.create(VisitPlan, {
    organization: orgId,
    ownerUnit: owner,
    name: input.name.trim(),
    purpose: input.purpose,
    kind,
    questionnaireVersionId: version.id,
    unitIds: input.purpose === PlanPurpose.INSPECTION ? targets.map((t) => t.unit.id) : [],
    keyClientIds: targets.flatMap((t) => (t.keyClient ? [t.keyClient.id] : [])),
    inspectorIds: ordered.map((r) => r.inspector.id),
    dates: days,
    frequency: input.dates?.length ? null : (input.frequency ?? null),
    dueDays: input.dueDays,
    endDate: addDays(days.at(-1)!, input.dueDays),
  });
  let turn = 0;
  for (const day of days)
    for (const target of targets) {
      const eligible = ordered.filter((r) => !refusal(r, target.unit, kind));
      if (!eligible.length) {
        const why = ordered.map((r) => refusal(r, target.unit, kind)).join(' ');
        throw badInput(`No inspector of the plan may inspect "${target.unit.name}" (${target.unit.code}). ${why}`, {
          field: 'inspectorIds',
          reason: 'INSPECTOR_NOT_ELIGIBLE',
        });
      }
      ctx.em.create(Assignment, {
        organization: orgId,
        plan,
        unit: target.unit,
        keyClient: target.keyClient,
        inspector: eligible[turn++ % eligible.length].inspector,
        scheduledFor: day,
        dueDate: addDays(day, input.dueDays),
      });
    }
  await ctx.em.flush();
  return plan;
}

/** A plan, with FIELDWORK_READ (or `permission`) over its owning unit. */
export async function planById(ctx: RequestContext, id: string, permission = Permission.FIELDWORK_READ) {
  const plan = await ctx.em.findOne(VisitPlan, { id: requireId('Visit plan', id) });
  if (!plan) throw notFound('Visit plan', id);
  await requireAccess(ctx, permission, plan.ownerUnit.id);
  return plan;
}

/** Plans owned by a unit or below it, newest first; at most 500. */
export async function listPlans(ctx: RequestContext, unitId: string): Promise<VisitPlan[]> {
  const unit = await requireAccess(ctx, Permission.FIELDWORK_READ, unitId);
  return ctx.em.find(
    VisitPlan,
    { ownerUnit: { path: { $like: `${unit.path}%` } } },
    { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 500 },
  );
}

/** Where an assignment stands on `asOf` (docs/fieldwork.md, Progress). */
export function statusOf(a: Assignment, planEnd: string, asOf: string): AssignmentStatus {
  if (a.visitId) return AssignmentStatus.DONE;
  if (asOf <= a.dueDate) return AssignmentStatus.OPEN;
  return asOf > planEnd ? AssignmentStatus.MISSED : AssignmentStatus.OVERDUE;
}

export async function asOfDay(ctx: RequestContext, asOf?: string | null): Promise<string> {
  if (asOf && !isDay(asOf)) throw badInput(`asOf must be a day, YYYY-MM-DD (it is "${asOf}").`, { field: 'asOf' });
  return asOf ?? today(await timeZoneOf(ctx.em, requirePrincipal(ctx).orgId));
}

/** A plan's assignments whose unit the caller may read (FIELDWORK_READ), in schedule order. */
export async function planAssignments(ctx: RequestContext, planId: string): Promise<Assignment[]> {
  const plan = await planById(ctx, planId);
  const principal = requirePrincipal(ctx);
  const rows = await ctx.em.find(
    Assignment,
    { plan },
    { populate: ['unit', 'inspector', 'keyClient', 'plan'], orderBy: { scheduledFor: 'asc', id: 'asc' } },
  );
  const code = (a: Assignment) => a.unit.getEntity().code;
  return rows
    .filter((a) => canAccessPath(principal, Permission.FIELDWORK_READ, a.unit.getEntity().path))
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || code(a).localeCompare(code(b)));
}

export interface ProgressRow {
  unit: OrgUnit;
  inspector: Inspector;
  counts: Record<AssignmentStatus, number>;
}

/** Progress against a plan on `asOf`, per unit and inspector: done, open, overdue, missed. */
export async function planProgress(ctx: RequestContext, planId: string, asOf?: string | null) {
  const plan = await planById(ctx, planId);
  const day = await asOfDay(ctx, asOf);
  const rows = new Map<string, ProgressRow>();
  for (const a of await planAssignments(ctx, plan.id)) {
    const key = `${a.unit.id}|${a.inspector.id}`;
    const row = rows.get(key) ?? {
      unit: a.unit.getEntity(),
      inspector: a.inspector.getEntity(),
      counts: { OPEN: 0, DONE: 0, OVERDUE: 0, MISSED: 0 },
    };
    rows.set(key, row);
    row.counts[statusOf(a, plan.endDate, day)] += 1;
  }
  return { plan, asOf: day, rows: [...rows.values()] };
}

/** Gives an assignment not yet done to another inspector of the register, under the same rules. */
export async function reassign(ctx: RequestContext, assignmentId: string, inspectorId: string) {
  const a = await ctx.em.findOne(
    Assignment,
    { id: requireId('Assignment', assignmentId) },
    { populate: ['plan', 'unit', 'inspector', 'keyClient'] },
  );
  if (!a) throw notFound('Assignment', assignmentId);
  await requireAccess(ctx, Permission.FIELDWORK_MANAGE, a.plan.getEntity().ownerUnit.id);
  if (a.visitId) throw badInput('This assignment is done: its visit was submitted.', { field: 'assignmentId' });
  const inspector = await ctx.em.findOne(Inspector, { id: requireId('Inspector', inspectorId) });
  if (!inspector) throw notFound('Inspector', inspectorId);
  requireActive([inspector], 'inspectorId');
  const kind = await kindById(ctx, a.plan.getEntity().kind.id);
  requireEligible((await reachOf(ctx.em, [inspector])).get(inspector.id)!, a.unit.getEntity(), kind, 'inspectorId');
  a.inspector = ref(inspector);
  await ctx.em.flush();
  return a;
}

/** The register entry of the signed-in user, or null. */
export async function currentInspector(ctx: RequestContext): Promise<Inspector | null> {
  const userId = requirePrincipal(ctx).userId;
  return userId ? ctx.em.findOne(Inspector, { userId, active: true }) : null;
}

/** The signed-in inspector's own assignments, not yet done first, bounded (500). */
export async function myAssignments(ctx: RequestContext): Promise<Assignment[]> {
  const inspector = await currentInspector(ctx);
  if (!inspector) return [];
  return ctx.em.find(
    Assignment,
    { inspector },
    {
      populate: ['unit', 'inspector', 'keyClient', 'plan'],
      orderBy: { doneAt: 'asc nulls first', dueDate: 'asc', id: 'asc' },
      limit: 500,
    },
  );
}
