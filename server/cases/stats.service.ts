import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { isDate, startOfLocalDay } from '../distribution/index.js';
import { Metric, observationsInPeriod, recordMetric } from '../indicators/index.js';
import { Organization, OrgUnit, Permission, requireAccess, requirePrincipal } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseCategory } from './case-category.entity.js';
import { CaseStatistic, type CaseAnalysisInput, type CaseStatisticsInput } from './stats.inputs.js';
import { followUpOf } from './follow-up.js';

export interface CaseCounts {
  received: number;
  accepted: number;
  rejected: number;
  resolved: number;
  resolvedOnTime: number;
  reopened: number;
}

export interface CaseStatistics extends CaseCounts {
  followUpsAnswered: number;
  satisfied: number;
}

function checkPeriod(start: string, end: string): void {
  if (!isDate(start)) throw badInput(`periodStart "${start}" is not a date (YYYY-MM-DD).`, { field: 'periodStart' });
  if (!isDate(end)) throw badInput(`periodEnd "${end}" is not a date (YYYY-MM-DD).`, { field: 'periodEnd' });
  if (end <= start)
    throw badInput('periodEnd (the day after the last day) must be after periodStart.', { field: 'periodEnd' });
}

/** The counts of one group of complaints, as SQL (complaint_case c). */
const COUNTS = `count(*)::int received,
  count(*) filter (where c.accepted_at is not null)::int accepted,
  count(*) filter (where c.state = 'REJECTED')::int rejected,
  count(*) filter (where c.resolved_at is not null)::int resolved,
  count(*) filter (where c.resolved_at < c.resolve_due_at)::int resolved_on_time,
  count(*) filter (where c.reopen_count > 0)::int reopened`;

const counts = (r: Record<string, number>): CaseCounts => ({
  received: r.received,
  accepted: r.accepted,
  rejected: r.rejected,
  resolved: r.resolved,
  resolvedOnTime: r.resolved_on_time,
  reopened: r.reopened,
});

/** The unit (checked: RESULTS_READ), the organisation and the period's instants in its time zone. */
async function scope(ctx: RequestContext, input: CaseStatisticsInput) {
  checkPeriod(input.periodStart, input.periodEnd);
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, input.unitId);
  const org = await ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
  const from = startOfLocalDay(input.periodStart, org.timeZone);
  const to = startOfLocalDay(input.periodEnd, org.timeZone);
  return { unit, org, from, to };
}

/**
 * Complaints (not alerts) received in the period by the unit's subtree: how many were accepted,
 * rejected, resolved, resolved by their deadline, reopened; and of their follow-up surveys, how
 * many were answered and how many of those were satisfied with the handling (score 70 or more).
 */
export async function caseStatistics(ctx: RequestContext, input: CaseStatisticsInput): Promise<CaseStatistics> {
  const { unit, org, from, to } = await scope(ctx, input);
  const where = `c.organization_id = ? and c.origin = 'COMPLAINT' and c.received_at >= ? and c.received_at < ?
    and exists (select 1 from org_unit u where u.id = c.unit_id and u.path like ?)`;
  const params = [org.id, from, to, `${unit.path}%`];
  const [row] = await ctx.em.getConnection().execute(`select ${COUNTS} from complaint_case c where ${where}`, params);
  const tally = await followUps(ctx, `select '' as key, c.id from complaint_case c where ${where}`, params);
  return { ...counts(row), ...(tally.get('') ?? { followUpsAnswered: 0, satisfied: 0 }) };
}

/**
 * Of the complaints `select` finds (columns key, id), those with a follow-up survey: per key, how many
 * surveys were answered (with a score) and how many of those were satisfied with the handling.
 */
async function followUps(ctx: RequestContext, select: string, params: unknown[]) {
  const followed: { key: unknown; id: string }[] = await ctx.em
    .getConnection()
    .execute(`${select} and c.follow_up_invitation_id is not null`, params);
  const keyOf = new Map(followed.map((f) => [f.id, String(f.key)]));
  const tally = new Map<string, { followUpsAnswered: number; satisfied: number }>();
  for (const c of await ctx.em.find(Case, { id: { $in: [...keyOf.keys()] } })) {
    const f = await followUpOf(ctx.em, c);
    if (f?.satisfied === null || f?.satisfied === undefined) continue;
    const t = tally.get(keyOf.get(c.id)!) ?? { followUpsAnswered: 0, satisfied: 0 };
    t.followUpsAnswered++;
    if (f.satisfied) t.satisfied++;
    tally.set(keyOf.get(c.id)!, t);
  }
  return tally;
}

/** A statistic as a count and its natural base: clients served, complaints received, resolved or surveyed. */
function valueOf(s: CaseStatistics, statistic: CaseStatistic, clientsServed: number | null) {
  switch (statistic) {
    case CaseStatistic.RECEIVED:
      return { count: s.received, base: clientsServed };
    case CaseStatistic.ACCEPTED:
      return { count: s.accepted, base: s.received };
    case CaseStatistic.RESOLVED_ON_TIME:
      return { count: s.resolvedOnTime, base: s.resolved };
    case CaseStatistic.REOPENED:
      return { count: s.reopened, base: s.resolved };
    case CaseStatistic.SATISFIED_WITH_HANDLING:
      return { count: s.satisfied, base: s.followUpsAnswered };
  }
}

/**
 * Records a case statistic as a METRIC observation, so it enters indicator models without anyone
 * typing it: a rate metric gets the count over its base (RECEIVED: over `clientsServed`, which the
 * caller gives); a metric without a denominator gets the count, or for the shares (resolved on
 * time, satisfied) the percentage.
 */
export async function recordCaseMetric(
  ctx: RequestContext,
  input: CaseStatisticsInput & { metricKey: string; statistic: CaseStatistic; clientsServed?: number | null },
) {
  const metric = await ctx.em.findOne(Metric, { key: input.metricKey });
  if (!metric) throw notFound('Metric', input.metricKey);
  const stats = await caseStatistics(ctx, input);
  const { count, base } = valueOf(stats, input.statistic, input.clientsServed ?? null);
  const isRate = metric.denominatorLabel !== null;
  const share =
    input.statistic === CaseStatistic.RESOLVED_ON_TIME || input.statistic === CaseStatistic.SATISFIED_WITH_HANDLING;
  if (isRate && (base === null || !(base >= 0)))
    throw badInput(`Metric "${metric.key}" is a rate per ${metric.denominatorLabel}: give clientsServed.`, {
      field: 'clientsServed',
    });
  if (!isRate && share && !base)
    throw badInput(`No cases to take a share of in this period: there is no ${input.statistic} to record.`, {
      field: 'periodStart',
    });
  return recordMetric(ctx, {
    metricKey: metric.key,
    unitId: input.unitId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    value: isRate || !share ? count : (count / base!) * 100,
    denominator: isRate ? base : null,
  });
}

const GROUPS = {
  CATEGORY: `coalesce(c.category_id::text, '')`,
  UNIT: 'c.unit_id::text',
  CHANNEL: 'c.channel',
  CAUSE: `coalesce(c.cause, '')`,
  MONTH: `to_char(c.received_at at time zone ?, 'YYYY-MM')`,
} as const;

/**
 * The complaint analysis: complaints of the unit's subtree in the period, grouped by category,
 * unit, channel, cause or month, most first; by unit, with the clients served (a metric's
 * observations in the period) and complaints per 1,000 of them.
 */
export async function caseAnalysis(ctx: RequestContext, input: CaseAnalysisInput) {
  const { unit, org, from, to } = await scope(ctx, input);
  const key = GROUPS[input.by];
  const tz = input.by === 'MONTH' ? [org.timeZone] : [];
  const where = `c.organization_id = ? and c.origin = 'COMPLAINT' and c.received_at >= ? and c.received_at < ?
        and exists (select 1 from org_unit u where u.id = c.unit_id and u.path like ?)`;
  const params = [...tz, org.id, from, to, `${unit.path}%`];
  const rows: Record<string, number | string>[] = await ctx.em
    .getConnection()
    .execute(
      `select ${key} as key, ${COUNTS} from complaint_case c where ${where} group by 1 order by received desc, 1 limit 500`,
      params,
    );
  // Every row answers how many of its follow-up surveys were answered and satisfied (the web's analysis shows it).
  const tally = await followUps(ctx, `select ${key} as key, c.id from complaint_case c where ${where}`, params);
  const served = new Map<string, number>();
  if (input.by === 'UNIT' && input.clientsServedMetricKey) {
    const obs = await observationsInPeriod(ctx.em, {
      orgId: org.id,
      unitPath: unit.path,
      exact: false,
      metricKeys: [input.clientsServedMetricKey],
      from: input.periodStart,
      to: input.periodEnd,
    });
    for (const o of obs) served.set(o.unitId, (served.get(o.unitId) ?? 0) + o.value);
  }
  const names = await labels(
    ctx,
    input.by,
    rows.map((r) => String(r.key)),
  );
  return rows
    .map((r) => {
      const k = String(r.key);
      const clients = served.get(k) ?? null;
      const c = counts(r as Record<string, number>);
      return {
        key: k,
        label: names.get(k) ?? (k || '—'),
        ...c,
        ...(tally.get(k) ?? { followUpsAnswered: 0, satisfied: 0 }),
        clientsServed: clients,
        perThousandClients: clients ? (c.received / clients) * 1000 : null,
      };
    })
    .sort((a, b) => (b.perThousandClients ?? -1) - (a.perThousandClients ?? -1) || b.received - a.received);
}

/** Readable labels of group keys: unit names and category names. */
async function labels(ctx: RequestContext, by: string, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (by === 'UNIT') return new Map((await ctx.em.find(OrgUnit, { id: { $in: ids } })).map((u) => [u.id, u.name]));
  if (by === 'CATEGORY') {
    return new Map((await ctx.em.find(CaseCategory, { id: { $in: ids } })).map((c) => [c.id, c.name]));
  }
  return new Map();
}
