import { pgArray } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, notFound } from '../graphql/errors.js';
import { recordMetric, Metric } from '../indicators/index.js';
import { OrgUnit, Permission, readableSubtrees, requireAccess, requirePrincipal, timeZoneOf } from '../org/index.js';
import { isLocalDate, localDate } from '../results/index.js';
import { RectificationAction } from './action.entity.js';
import type { ActionFilterInput } from './action.inputs.js';
import type { ActionUnitSummary } from './action.types.js';

const timeZones = new WeakMap<RequestContext, Promise<string>>();

/** Today in the organisation's time zone, once per request. */
export async function todayOf(ctx: RequestContext): Promise<string> {
  let tz = timeZones.get(ctx);
  if (!tz) timeZones.set(ctx, (tz = timeZoneOf(ctx.em, requirePrincipal(ctx).orgId)));
  return localDate(new Date(), await tz);
}

/** Whole days from today to the deadline: negative once overdue. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Every action of the caller's readable units (or of one subtree), by deadline. */
export async function listActions(
  ctx: RequestContext,
  filter: ActionFilterInput | null | undefined,
  page: PageArgs,
): Promise<Page<RectificationAction>> {
  const prefixes = (await readableSubtrees(ctx, Permission.RESULTS_READ, filter?.under)).map((p) => `${p}%`);
  const first = pageSize(page);
  const where = ['a.organization_id = ?', 'u.path like any(?::text[])'];
  const params: unknown[] = [requirePrincipal(ctx).orgId, pgArray(prefixes)];
  if (filter?.status?.length) {
    where.push('a.status = any(?::text[])');
    params.push(pgArray(filter.status));
  }
  if (filter?.overdue) where.push(`a.overdue_at <= now() and a.status in ('OPEN', 'IN_PROGRESS')`);
  if (filter?.responsibleUserId) {
    where.push('a.responsible_user_id::text = ?');
    params.push(filter.responsibleUserId);
  }
  const total = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int n from rectification_action a join org_unit u on u.id = a.unit_id where ${where.join(' and ')}`,
    params,
  );
  const after = decodeCursor(page.after);
  if (after) {
    where.push('(a.deadline, a.id) > (?::date, ?::uuid)');
    params.push(after[0], after[1]);
  }
  const rows = await ctx.em.execute<{ id: string }[]>(
    `select a.id from rectification_action a join org_unit u on u.id = a.unit_id
      where ${where.join(' and ')} order by a.deadline, a.id limit ?`,
    [...params, first + 1],
  );
  const found = new Map(
    (await ctx.em.find(RectificationAction, { id: { $in: rows.map((r) => r.id) } })).map((a) => [a.id, a]),
  );
  return toPage(
    rows.map((r) => found.get(r.id)!),
    first,
    total[0].n,
    (a) => [a.deadline, a.id],
    Boolean(after),
  );
}

interface SummaryRow {
  opened: number;
  due: number;
  met_on_time: number;
  not_met: number;
  overdue: number;
}

async function summaryOf(ctx: RequestContext, unit: OrgUnit, from: string, to: string): Promise<SummaryRow> {
  const [row] = await ctx.em.execute<SummaryRow[]>(
    `with scoped as (
       select a.*, (select r.verdict from action_recheck r where r.action_id = a.id
                     order by r.checked_at desc limit 1) last_verdict
         from rectification_action a join org_unit u on u.id = a.unit_id
        where a.organization_id = ? and u.path like ? and a.status <> 'CANCELLED')
     select count(*) filter (where created_at >= ?::date and created_at < ?::date)::int opened,
            count(*) filter (where deadline >= ?::date and deadline < ?::date)::int due,
            count(*) filter (where deadline >= ?::date and deadline < ?::date and last_verdict = 'MET'
                               and submitted_at is not null and submitted_at < overdue_at)::int met_on_time,
            count(*) filter (where deadline >= ?::date and deadline < ?::date and last_verdict = 'NOT_MET')::int not_met,
            count(*) filter (where deadline >= ?::date and deadline < ?::date and overdue_at <= now()
                               and (submitted_at is null or submitted_at >= overdue_at))::int overdue
       from scoped`,
    [requirePrincipal(ctx).orgId, `${unit.path}%`, from, to, from, to, from, to, from, to, from, to],
  );
  return row;
}

function checkPeriod(from: string, to: string): void {
  if (!isLocalDate(from)) throw badInput(`"from" must be a date (YYYY-MM-DD), it is "${from}".`, { field: 'from' });
  if (!isLocalDate(to)) throw badInput(`"to" must be a date (YYYY-MM-DD), it is "${to}".`, { field: 'to' });
  if (to <= from) throw badInput('The period is empty: "to" must be after "from" (the day after the last).');
}

/** The unit and each of its children, each over its whole subtree: actions due in [from, to). */
export async function actionSummary(
  ctx: RequestContext,
  unitId: string,
  from: string,
  to: string,
): Promise<ActionUnitSummary[]> {
  checkPeriod(from, to);
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, unitId);
  // Bounded (documented on the query): at most 500 children.
  const children = await ctx.em.find(OrgUnit, { parent: unit.id }, { orderBy: { code: 'asc' }, limit: 500 });
  const out: ActionUnitSummary[] = [];
  for (const u of [unit, ...children]) {
    const r = await summaryOf(ctx, u, from, to);
    out.push({
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      opened: r.opened,
      due: r.due,
      metOnTime: r.met_on_time,
      notMet: r.not_met,
      overdue: r.overdue,
      onTimeRate: r.due ? r.met_on_time / r.due : null,
    });
  }
  return out;
}

/**
 * Records "rectifications completed on time" as a METRIC observation through indicators: met on
 * time ÷ due (a rate metric), or the percentage (a metric without denominator).
 */
export async function recordActionsMetric(
  ctx: RequestContext,
  input: { metricKey: string; unitId: string; periodStart: string; periodEnd: string },
) {
  const [summary] = await actionSummary(ctx, input.unitId, input.periodStart, input.periodEnd);
  const metric = await ctx.em.findOne(Metric, { key: input.metricKey });
  if (!metric) throw notFound('Metric', input.metricKey);
  const rate = metric.denominatorLabel !== null;
  if (!rate && summary.onTimeRate === null)
    throw badInput('No action was due in this period: there is no rate to record.', { field: 'periodStart' });
  return recordMetric(ctx, {
    metricKey: input.metricKey,
    unitId: input.unitId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    value: rate ? summary.metOnTime : summary.onTimeRate! * 100,
    denominator: rate ? summary.due : null,
  });
}
