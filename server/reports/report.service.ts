import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { emit } from '../events/index.js';
import { OrgUnit, Permission, requireAccess, requirePrincipal, User } from '../org/index.js';
import './events.js';
import { buildContent } from './content.service.js';
import { checkPeriodStart, periodEnd, periodLabel } from './periods.js';
import { Report, ReportPeriodKind, ReportStatus, type UnitNote } from './report.entity.js';
import { cleanRichText } from './sanitize.js';

export const REPORT_LANGUAGES = ['en', 'zh-CN', 'uk'];

export interface DraftInput {
  unitId: string;
  modelId: string;
  periodKind: ReportPeriodKind;
  periodStart: string;
  language: string;
}

export interface EditInput {
  reportId: string;
  commentary: string;
  unitNotes?: { unitId: string; requirements: string; advice: string }[] | null;
}

function checkLanguage(language: string) {
  if (!REPORT_LANGUAGES.includes(language))
    throw badInput(`A report is written in ${REPORT_LANGUAGES.join(', ')}; "${language}" is not one of them.`, {
      field: 'language',
    });
}

/** The report, if the caller may read its unit's results (another organisation's: NOT_FOUND). */
export async function getReport(ctx: RequestContext, id: string, permission = Permission.RESULTS_READ) {
  const report = await ctx.em.findOne(Report, { id: requireId('Report', id) });
  if (!report) throw notFound('Report', id);
  await requireAccess(ctx, permission, report.unitId);
  return report;
}

/** Generates a draft report of a unit and period (ANALYST and up), from the results as they are now. */
export async function createDraft(ctx: RequestContext, input: DraftInput): Promise<Report> {
  checkPeriodStart(input.periodKind, input.periodStart);
  checkLanguage(input.language);
  await requireAccess(ctx, Permission.RESULTS_READ, input.unitId);
  const content = await buildContent(ctx, {
    unitId: input.unitId,
    modelId: input.modelId,
    kind: input.periodKind,
    start: input.periodStart,
    language: input.language,
  });
  const report = ctx.em.create(Report, {
    organization: requirePrincipal(ctx).orgId,
    unitId: input.unitId,
    modelId: input.modelId,
    periodKind: input.periodKind,
    periodStart: input.periodStart,
    periodEnd: periodEnd(input.periodKind, input.periodStart),
    language: input.language,
    content,
    createdById: requirePrincipal(ctx).userId,
  });
  await ctx.em.persistAndFlush(report);
  return report;
}

function requireDraft(report: Report) {
  if (report.status === ReportStatus.ISSUED)
    throw conflict(`Report ${report.number} is issued: its numbers and text never change. Draft a new report instead.`);
}

/** Saves the commentary and the notes per problem unit of a draft, cleaned to the allowlist. */
export async function editDraft(ctx: RequestContext, input: EditInput): Promise<Report> {
  const report = await getReport(ctx, input.reportId);
  requireDraft(report);
  const notes: UnitNote[] = [];
  for (const note of input.unitNotes ?? []) {
    const unit = await requireAccess(ctx, Permission.RESULTS_READ, note.unitId);
    if (!unit.path.startsWith((await ctx.em.findOneOrFail(OrgUnit, { id: report.unitId })).path))
      throw badInput(`${unit.name} is not in the report's subtree; notes are for its own units.`, {
        field: 'unitNotes',
      });
    notes.push({
      unitId: unit.id,
      unitName: unit.name,
      requirements: cleanRichText(note.requirements),
      advice: cleanRichText(note.advice),
    });
  }
  report.commentary = cleanRichText(input.commentary);
  report.unitNotes = notes;
  await ctx.em.flush();
  return report;
}

/** Regenerates a draft's numbers from the results as they are now (the commentary stays). */
export async function refreshDraft(ctx: RequestContext, reportId: string): Promise<Report> {
  const report = await getReport(ctx, reportId);
  requireDraft(report);
  report.content = await buildContent(ctx, {
    unitId: report.unitId,
    modelId: report.modelId,
    kind: report.periodKind,
    start: report.periodStart,
    language: report.language,
  });
  await ctx.em.flush();
  return report;
}

async function nextNumber(ctx: RequestContext, report: Report): Promise<string> {
  const year = report.periodStart.slice(0, 4);
  const rows = await ctx.em.getConnection().execute<{ last: number }[]>(
    `insert into report_sequence (id, organization_id, label, last) values (gen_random_uuid(), ?, ?, 1)
     on conflict (organization_id, label) do update set last = report_sequence.last + 1 returning last`,
    [report.organization.id, year],
    'all',
    ctx.em.getTransactionContext(),
  );
  return `${periodLabel(report.periodKind, report.periodStart)}-${String(rows[0].last).padStart(4, '0')}`;
}

/**
 * Issues a draft (ADMIN or UNIT_MANAGER of its unit): numbers it, records who issued it and
 * freezes it. Emits `reportIssued` in the same transaction.
 */
export async function issueReport(ctx: RequestContext, reportId: string, issuer?: string): Promise<Report> {
  const report = await getReport(ctx, reportId, Permission.UNIT_MANAGE);
  requireDraft(report);
  const principal = requirePrincipal(ctx);
  const user = principal.userId ? await ctx.em.findOne(User, { id: principal.userId }) : null;
  await ctx.em.transactional(async (tx) => {
    const locked = await tx.findOneOrFail(Report, { id: report.id }, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
    requireDraft(locked);
    locked.number = await nextNumber({ ...ctx, em: tx }, locked);
    locked.status = ReportStatus.ISSUED;
    locked.issuedAt = new Date();
    locked.issuedById = user?.id ?? null;
    locked.issuedByName = user?.displayName ?? issuer ?? 'Scheduled circulation';
    await tx.flush();
    await emit(tx, 'reportIssued', {
      orgId: principal.orgId,
      reportId: locked.id,
      unitId: locked.unitId,
      number: locked.number,
      periodStart: locked.periodStart,
    });
  });
  return ctx.em.findOneOrFail(Report, { id: report.id }, { refresh: true });
}

/** The archive of a unit: its reports, newest period first (drafts too, unless `issuedOnly`). */
/**
 * The archive of a unit, or with `subtree` of the unit and every unit under it (roles hold over subtrees,
 * so reading the unit is reading them all). Bounded: the newest 200.
 */
export async function listReports(
  ctx: RequestContext,
  unitId: string,
  issuedOnly: boolean,
  subtree = false,
): Promise<Report[]> {
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, unitId);
  const units = subtree
    ? (await ctx.em.find(OrgUnit, { path: { $like: `${unit.path}%` } }, { fields: ['id'] })).map((u) => u.id)
    : [unit.id];
  return ctx.em.find(
    Report,
    { unitId: { $in: units }, ...(issuedOnly ? { status: ReportStatus.ISSUED } : {}) },
    { orderBy: { periodStart: 'desc', createdAt: 'desc' }, limit: 200 },
  );
}
