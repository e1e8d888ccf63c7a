import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { IndicatorModel } from '../indicators/index.js';
import { canAccessPath, OrgUnit, Permission, requireAccess, requirePrincipal } from '../org/index.js';
import { getQuestionnaire } from '../questionnaires/index.js';
import { ExportContent, ScheduledExport, ScheduledExportRun } from './scheduled-export.entity.js';
import type { CreateScheduledExportInput } from './scheduled-export.types.js';

/** Exports send data out of Barometer, like API keys and webhooks: an ADMIN's (docs/exports.md). */
export const EXPORT_MANAGE = Permission.API_KEY_MANAGE;

/** The checked fields of a schedule from its input: the unit must be one the caller administers. */
async function checkedFields(ctx: RequestContext, input: CreateScheduledExportInput) {
  const unit = await requireAccess(ctx, EXPORT_MANAGE, input.unitId);
  const name = input.name.trim();
  if (!name) throw badInput('Name the export, e.g. "Monthly results for the data warehouse".', { field: 'name' });
  const contents = [...new Set(input.contents)];
  if (contents.includes(ExportContent.RESULTS)) {
    if (!input.modelId) throw badInput('A results export needs the indicator model.', { field: 'modelId' });
    if (!(await ctx.em.findOne(IndicatorModel, { id: input.modelId })))
      throw badInput('That indicator model is not in this organisation.', { field: 'modelId' });
  }
  if (contents.includes(ExportContent.RESPONSES)) {
    if (!input.questionnaireId)
      throw badInput('A responses export needs the questionnaire.', { field: 'questionnaireId' });
    await getQuestionnaire(ctx, input.questionnaireId);
  }
  const emails = [...new Set((input.emails ?? []).map((e) => e.trim().toLowerCase()))];
  const folder = input.folder?.trim() || null;
  if (!emails.length && !folder)
    throw badInput('Give at least one e-mail address or a folder to write the files to.', { field: 'emails' });
  return {
    name,
    unitId: unit.id,
    contents,
    format: input.format,
    periodKind: input.periodKind,
    modelId: contents.includes(ExportContent.RESULTS) ? input.modelId! : null,
    questionnaireId: contents.includes(ExportContent.RESPONSES) ? input.questionnaireId! : null,
    language: input.language ?? null,
    emails,
    folder,
  };
}

/** Defines a scheduled export of a unit subtree (ADMIN over the unit); it first runs when the next period closes. */
export async function createScheduledExport(
  ctx: RequestContext,
  input: CreateScheduledExportInput,
): Promise<ScheduledExportView> {
  const principal = requirePrincipal(ctx);
  const fields = await checkedFields(ctx, input);
  const schedule = ctx.em.create(ScheduledExport, {
    organization: principal.orgId,
    ...fields,
    createdById: principal.userId,
  });
  await ctx.em.persistAndFlush(schedule);
  return view(schedule, null);
}

/** The schedule by id, checked: another organisation's answers NOT_FOUND, one outside the caller's subtree FORBIDDEN. */
async function ownSchedule(ctx: RequestContext, id: string): Promise<ScheduledExport> {
  const schedule = await ctx.em.findOne(ScheduledExport, { id: requireId('ScheduledExport', id) });
  if (!schedule) throw notFound('ScheduledExport', id);
  await requireAccess(ctx, EXPORT_MANAGE, schedule.unitId);
  return schedule;
}

/** Changes what, where and how often a schedule exports (ADMIN over both its old and its new unit). */
export async function updateScheduledExport(
  ctx: RequestContext,
  id: string,
  input: CreateScheduledExportInput,
): Promise<ScheduledExportView> {
  const schedule = await ownSchedule(ctx, id);
  ctx.em.assign(schedule, await checkedFields(ctx, input));
  await ctx.em.flush();
  return (await lastRuns(ctx, [schedule]))[0];
}

/** Pauses or resumes a schedule: a paused one is skipped by the runs. */
export async function pauseScheduledExport(
  ctx: RequestContext,
  id: string,
  paused: boolean,
): Promise<ScheduledExportView> {
  const schedule = await ownSchedule(ctx, id);
  schedule.paused = paused;
  await ctx.em.flush();
  return (await lastRuns(ctx, [schedule]))[0];
}

/** A schedule as the API shows it: its fields and its last run. */
export type ScheduledExportView = ScheduledExport & { lastRun: ScheduledExportRun | null };
const view = (s: ScheduledExport, lastRun: ScheduledExportRun | null): ScheduledExportView =>
  Object.assign(s, { lastRun });

/** Each schedule with its latest run (one query; a schedule has one run per period, a few dozen at most). */
async function lastRuns(ctx: RequestContext, schedules: ScheduledExport[]): Promise<ScheduledExportView[]> {
  if (!schedules.length) return [];
  const runs = await ctx.em.find(
    ScheduledExportRun,
    { exportId: { $in: schedules.map((s) => s.id) } },
    { orderBy: { ranAt: 'desc', attempt: 'desc' } },
  );
  const latest = new Map<string, ScheduledExportRun>();
  for (const r of runs) if (!latest.has(r.exportId)) latest.set(r.exportId, r);
  return schedules.map((s) => view(s, latest.get(s.id) ?? null));
}

/** The scheduled exports of units the caller administers (bounded: 200), oldest first. */
export async function listScheduledExports(ctx: RequestContext): Promise<ScheduledExportView[]> {
  const principal = requirePrincipal(ctx);
  const all = await ctx.em.find(ScheduledExport, {}, { orderBy: { createdAt: 'asc' }, limit: 200 });
  const units = await ctx.em.find(OrgUnit, { id: { $in: [...new Set(all.map((s) => s.unitId))] } });
  const ok = new Set(units.filter((u) => canAccessPath(principal, EXPORT_MANAGE, u.path)).map((u) => u.id));
  return lastRuns(
    ctx,
    all.filter((s) => ok.has(s.unitId)),
  );
}

/** Ends a scheduled export (files already sent or written stay). */
export async function deleteScheduledExport(ctx: RequestContext, id: string): Promise<boolean> {
  const schedule = await ownSchedule(ctx, id);
  await ctx.em.removeAndFlush(schedule);
  return true;
}
