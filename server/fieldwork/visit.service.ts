import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, forbidden, notFound, requireId } from '../graphql/errors.js';
import { OrgUnit, Permission, canAccessPath, requirePrincipal } from '../org/index.js';
import { publishedVersion, type PublishedVersion } from '../questionnaires/index.js';
import { judgeCompletedAnswers } from '../responses/index.js';
import { Assignment } from './assignment.entity.js';
import { Attachment } from './attachment.entity.js';
import { requireEligible } from './eligibility.js';
import type { CorrectVisitInput, NonConformityInput, SubmitVisitInput } from './fieldwork.inputs.js';
import { currentInspector, reachOf } from './plan.service.js';
import { rollVisit } from './inspection-cells.js';
import { kindById } from './register.service.js';
import { StaffMember } from './staff-member.entity.js';
import { visibleVisit } from './visit-access.js';
import { Visit, type NonConformity } from './visit.entity.js';

const CLOCK_SKEW_MS = 5 * 60_000;

async function sheet(ctx: RequestContext, id: string): Promise<PublishedVersion> {
  try {
    return await publishedVersion(ctx.em, requireId('Questionnaire version', id));
  } catch {
    throw notFound('Questionnaire version', id);
  }
}

/**
 * Staff members named on a visit: each must work at the visited unit or below it, and be active
 * unless the visit already named them (`kept`: a correction keeps a member who has since left).
 */
async function checkStaff(ctx: RequestContext, unit: OrgUnit, ids: string[], kept: string[] = []): Promise<string[]> {
  const unique = [...new Set(ids.map((id) => requireId('Staff member', id)))];
  const staff = await ctx.em.find(StaffMember, { id: { $in: unique } }, { populate: ['unit'] });
  for (const id of unique) {
    const member = staff.find((s) => s.id === id);
    if (!member || !member.unit.getEntity().path.startsWith(unit.path))
      throw badInput(`Staff member "${id}" is not in the staff register of "${unit.name}".`, { field: 'staffIds' });
    if (!member.active && !kept.includes(id))
      throw badInput(`${member.name} is deactivated in the staff register of "${unit.name}": name an active member.`, {
        field: 'staffIds',
        reason: 'INACTIVE',
      });
  }
  return unique;
}

/** Evidence named on a visit: uploaded by its inspector and not yet part of another visit. */
async function checkEvidence(ctx: RequestContext, inspectorId: string, ids: string[], rootId: string) {
  const unique = [...new Set(ids.map((id) => requireId('Attachment', id)))];
  const found = await ctx.em.find(Attachment, { id: { $in: unique } });
  for (const id of unique) {
    const a = found.find((f) => f.id === id);
    if (!a || a.inspectorId !== inspectorId) throw notFound('Attachment', id);
    if (a.visitRootId && a.visitRootId !== rootId)
      throw badInput(`Attachment "${a.fileName}" belongs to another visit already.`, { field: 'attachmentIds' });
    a.visitRootId = rootId;
  }
  return unique;
}

const findings = (list?: NonConformityInput[] | null): NonConformity[] =>
  (list ?? []).map((n) => ({
    title: n.title.trim(),
    severity: n.severity,
    note: n.note?.trim() || null,
    question: n.question ?? null,
  }));

function checkTimes(startedAt: Date, endedAt: Date): void {
  if (endedAt < startedAt) throw badInput('The visit ends before it starts.', { field: 'endedAt' });
  if (endedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
    throw badInput('The visit ends in the future; check the clock of the device.', { field: 'endedAt' });
}

/** Where, what and for which assignment: from the assignment, or given with the inspector's eligibility. */
async function target(ctx: RequestContext, inspectorId: string, input: SubmitVisitInput) {
  if (input.assignmentId) {
    const a = await ctx.em.findOne(
      Assignment,
      { id: requireId('Assignment', input.assignmentId) },
      { populate: ['plan', 'unit'] },
    );
    if (!a || a.inspector.id !== inspectorId) throw notFound('Assignment', input.assignmentId);
    if (a.visitId) throw conflict('This assignment has its visit already; correct that visit instead.');
    const plan = a.plan.getEntity();
    return { assignment: a, unit: a.unit.getEntity(), kindId: plan.kind.id, versionId: plan.questionnaireVersionId };
  }
  if (!input.unitId || !input.kindId || !input.questionnaireVersionId)
    throw badInput('Give the assignment, or the unit, the inspection kind and the scoring sheet version.', {
      field: 'assignmentId',
    });
  const unit = await ctx.em.findOne(OrgUnit, { id: requireId('Org unit', input.unitId) });
  if (!unit) throw notFound('Org unit', input.unitId);
  return { assignment: null, unit, kindId: input.kindId, versionId: input.questionnaireVersionId };
}

/** Stores the visit and, in the same transaction, its contribution to the inspection cells (a correction's old one out). */
async function flushRolled(ctx: RequestContext, added: Visit, removed?: Visit): Promise<void> {
  await ctx.em.begin();
  try {
    await rollVisit(ctx.em, requirePrincipal(ctx).orgId, added, removed);
    await ctx.em.flush();
    await ctx.em.commit();
  } catch (error) {
    await ctx.em.rollback();
    throw error;
  }
}

/**
 * Stores a visit submitted by the signed-in inspector (docs/fieldwork.md, Visits). Idempotent by
 * `clientId`: the same visit sent again (an offline phone retrying) returns the first.
 */
export async function submitVisit(ctx: RequestContext, input: SubmitVisitInput): Promise<Visit> {
  const inspector = await currentInspector(ctx);
  if (!inspector) throw forbidden('You are not in the inspector register: only registered inspectors record visits.');
  const again = await ctx.em.findOne(Visit, { clientId: input.clientId });
  if (again) {
    if (again.inspector.id !== inspector.id) throw conflict('Another visit was stored under this clientId.');
    return again;
  }
  const { assignment, unit, kindId, versionId } = await target(ctx, inspector.id, input);
  const kind = await kindById(ctx, kindId);
  if (!assignment) requireEligible((await reachOf(ctx.em, [inspector])).get(inspector.id)!, unit, kind, 'unitId');
  checkTimes(input.startedAt, input.endedAt);
  const version = await sheet(ctx, versionId);
  const answers = await judgeCompletedAnswers(version, input.answers);
  const staffIds = await checkStaff(ctx, unit, input.staffIds ?? []);
  const visit = ctx.em.create(Visit, {
    organization: requirePrincipal(ctx).orgId,
    clientId: input.clientId,
    rootId: '',
    revision: 1,
    assignmentId: assignment?.id ?? null,
    inspector,
    unit,
    keyClient: assignment?.keyClient ?? null,
    kind,
    questionnaireVersionId: version.id,
    staffIds,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    answers,
    nonConformities: findings(input.nonConformities),
    submittedBy: requirePrincipal(ctx).userId,
  });
  visit.rootId = visit.id;
  visit.attachmentIds = await checkEvidence(ctx, inspector.id, input.attachmentIds ?? [], visit.id);
  if (assignment) {
    assignment.visitId = visit.id;
    assignment.doneAt = new Date();
  }
  try {
    await flushRolled(ctx, visit);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    ctx.em.clear(); // the same clientId raced in: answer with the one stored
    return ctx.em.findOneOrFail(Visit, { clientId: input.clientId });
  }
  return visit;
}

/**
 * A correction: a new revision with the reason, the earlier one kept unchanged in the history
 * (only marked superseded). By the inspector who made the visit, or FIELDWORK_MANAGE over its unit.
 */
export async function correctVisit(ctx: RequestContext, input: CorrectVisitInput): Promise<Visit> {
  const current = await visibleVisit(ctx, input.visitId);
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: current.unit.id });
  const mine = (await currentInspector(ctx))?.id === current.inspector.id;
  if (!mine && !canAccessPath(requirePrincipal(ctx), Permission.FIELDWORK_MANAGE, unit.path))
    throw forbidden('Only the inspector who made the visit, or a manager of the unit, may correct it.');
  const version = await sheet(ctx, current.questionnaireVersionId);
  const answers = input.answers === undefined ? current.answers : await judgeCompletedAnswers(version, input.answers);
  const next = ctx.em.create(Visit, {
    organization: requirePrincipal(ctx).orgId,
    clientId: `${current.rootId}:r${current.revision + 1}`,
    rootId: current.rootId,
    revision: current.revision + 1,
    assignmentId: current.assignmentId,
    inspector: current.inspector,
    unit,
    keyClient: current.keyClient,
    kind: current.kind,
    questionnaireVersionId: current.questionnaireVersionId,
    staffIds: input.staffIds ? await checkStaff(ctx, unit, input.staffIds, current.staffIds) : current.staffIds,
    startedAt: current.startedAt,
    endedAt: current.endedAt,
    answers,
    nonConformities: input.nonConformities ? findings(input.nonConformities) : current.nonConformities,
    correctionReason: input.reason.trim(),
    submittedBy: requirePrincipal(ctx).userId,
  });
  next.attachmentIds = input.attachmentIds
    ? await checkEvidence(ctx, current.inspector.id, input.attachmentIds, current.rootId)
    : current.attachmentIds;
  current.supersededAt = new Date();
  await flushRolled(ctx, next, current);
  return next;
}

/** Every revision of a visit, oldest first (bounded: 500, documented on the query). */
export async function visitHistory(ctx: RequestContext, id: string): Promise<Visit[]> {
  const current = await visibleVisit(ctx, id);
  return ctx.em.find(Visit, { rootId: current.rootId }, { orderBy: { revision: 'asc' }, limit: 500 });
}

/** Current visits to a unit's subtree ending in [from, to), with FIELDWORK_READ there; bounded (1000). */
export async function unitVisits(ctx: RequestContext, unitId: string, from?: Date | null, to?: Date | null) {
  const unit = await ctx.em.findOne(OrgUnit, { id: requireId('Org unit', unitId) });
  if (!unit) throw notFound('Org unit', unitId);
  if (!canAccessPath(requirePrincipal(ctx), Permission.FIELDWORK_READ, unit.path))
    throw forbidden(`You cannot read the visits of "${unit.name}": it needs FIELDWORK_READ over the unit.`);
  return ctx.em.find(
    Visit,
    {
      unit: { path: { $like: `${unit.path}%` } },
      supersededAt: null,
      ...(from || to ? { endedAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {}),
    },
    { orderBy: { endedAt: 'desc' }, limit: 1000 },
  );
}

/** The signed-in inspector's own current visits, newest first; bounded (500). */
export async function myVisits(ctx: RequestContext): Promise<Visit[]> {
  const inspector = await currentInspector(ctx);
  if (!inspector) return [];
  return ctx.em.find(Visit, { inspector, supersededAt: null }, { orderBy: { endedAt: 'desc' }, limit: 500 });
}
