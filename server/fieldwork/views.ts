import type { RequestContext } from '../graphql/context.js';
import { OrgUnit } from '../org/index.js';
import { publishedVersion } from '../questionnaires/index.js';
import type { Assignment } from './assignment.entity.js';
import { attachmentsOf } from './evidence.service.js';
import type { AssignmentType, InspectorRef, UnitRef, VisitType } from './fieldwork.types.js';
import { InspectionKind } from './inspection-kind.entity.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';
import { asOfDay, statusOf } from './plan.service.js';
import { StaffMember } from './staff-member.entity.js';
import type { Visit } from './visit.entity.js';

export const unitRef = (u: OrgUnit): UnitRef => ({ id: u.id, code: u.code, name: u.name });
export const inspectorRef = (i: Inspector): InspectorRef => ({ id: i.id, name: i.name, category: i.category });

/** Assignments as the API shows them, each with its status today. */
export async function assignmentViews(ctx: RequestContext, list: Assignment[]): Promise<AssignmentType[]> {
  const day = await asOfDay(ctx);
  const out: AssignmentType[] = [];
  for (const a of list) {
    const plan = a.plan.getEntity();
    const client = a.keyClient?.getEntity() ?? null;
    out.push({
      id: a.id,
      planId: plan.id,
      planName: plan.name,
      kind: await ctx.em.findOneOrFail(InspectionKind, { id: plan.kind.id }),
      unit: unitRef(a.unit.getEntity()),
      keyClient: client ? { id: client.id, name: client.name } : null,
      inspector: inspectorRef(a.inspector.getEntity()),
      scheduledFor: a.scheduledFor,
      dueDate: a.dueDate,
      status: statusOf(a, plan.endDate, day),
      visitId: a.visitId,
      questionnaireVersionId: plan.questionnaireVersionId,
      scoringSheet: (await publishedVersion(ctx.em, plan.questionnaireVersionId)).definition,
    });
  }
  return out;
}

/** A visit revision as the API shows it. */
export async function visitView(ctx: RequestContext, v: Visit): Promise<VisitType> {
  const [unit, inspector, kind] = await Promise.all([
    ctx.em.findOneOrFail(OrgUnit, { id: v.unit.id }),
    ctx.em.findOneOrFail(Inspector, { id: v.inspector.id }),
    ctx.em.findOneOrFail(InspectionKind, { id: v.kind.id }),
  ]);
  const client = v.keyClient ? await ctx.em.findOne(KeyClient, { id: v.keyClient.id }) : null;
  const staff = v.staffIds.length ? await ctx.em.find(StaffMember, { id: { $in: v.staffIds } }) : [];
  return {
    id: v.id,
    rootId: v.rootId,
    revision: v.revision,
    clientId: v.clientId,
    assignmentId: v.assignmentId,
    unit: unitRef(unit),
    inspector: inspectorRef(inspector),
    keyClient: client ? { id: client.id, name: client.name } : null,
    kind,
    questionnaireVersionId: v.questionnaireVersionId,
    staff,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    answers: v.answers,
    nonConformities: v.nonConformities,
    evidence: (await attachmentsOf(ctx, v)).map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      size: a.size,
      url: `/api/fieldwork/evidence/${a.id}`,
    })),
    correctionReason: v.correctionReason,
    submittedAt: v.submittedAt,
    supersededAt: v.supersededAt,
  };
}

export async function visitViews(ctx: RequestContext, list: Visit[]): Promise<VisitType[]> {
  const out: VisitType[] = [];
  for (const v of list) out.push(await visitView(ctx, v));
  return out;
}
