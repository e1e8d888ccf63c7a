import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/sql.js';
import type { Observation } from './engine/metric.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, conflict, notFound } from '../graphql/errors.js';
import { requireAccess, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { Permission } from '../org/index.js';
import type { MetricDefinition } from './engine/types.js';
import { Metric, MetricKind } from './metric.entity.js';
import { MetricObservation } from './metric-observation.entity.js';
import { MetricObservationChange } from './metric-observation-change.entity.js';

export interface MetricInput {
  key: string;
  label: string;
  measurementUnit?: string | null;
  kind: MetricKind;
  worst: number;
  target: number;
  denominatorLabel?: string | null;
}

export interface RecordMetricInput {
  metricKey: string;
  unitId: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  denominator?: number | null;
}

const KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkMetric(input: MetricInput): void {
  if (!KEY.test(input.key))
    throw badInput(
      `Metric key "${input.key}" is not valid: start with a letter, then letters, digits, ".", "-" or "_".`,
      { field: 'key' },
    );
  if (!input.label.trim()) throw badInput('A metric needs a label.', { field: 'label' });
  if (!Number.isFinite(input.worst) || !Number.isFinite(input.target))
    throw badInput('worst and target must be numbers.');
  if (input.worst === input.target) {
    throw badInput(
      `Metric "${input.key}": target and worst are both ${input.target}; a score needs them apart (target above worst when higher is better, below when lower is better).`,
      { field: 'target' },
    );
  }
}

/** Defines an administrative statistic for the organisation. */
/** The bound of the `metrics` list, which is not paged (the model editor offers every metric). */
export const MAX_METRICS = 500;

export async function createMetric(ctx: RequestContext, input: MetricInput): Promise<Metric> {
  // A metric's key is the organisation's (every unit records under it): declared at the head office.
  await requireOrganisationWide(ctx, Permission.QUESTIONNAIRE_AUTHOR, 'Metrics');
  checkMetric(input);
  if ((await ctx.em.count(Metric, {})) >= MAX_METRICS) {
    throw badInput(`An organisation can have at most ${MAX_METRICS} metrics; reuse one of the existing metrics.`);
  }
  const principal = requirePrincipal(ctx);
  const metric = ctx.em.create(Metric, {
    organization: principal.orgId,
    key: input.key,
    label: input.label.trim(),
    measurementUnit: input.measurementUnit?.trim() ?? '',
    kind: input.kind,
    worst: input.worst,
    target: input.target,
    denominatorLabel: input.denominatorLabel?.trim() || null,
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict(`A metric with key "${input.key}" already exists.`, { field: 'key' });
    throw error;
  }
  return metric;
}

export async function listMetrics(ctx: RequestContext): Promise<Metric[]> {
  return ctx.em.find(Metric, {}, { orderBy: { key: 'asc' } });
}

/** The organisation's metrics as the engine sees them, by key. */
export async function metricDefinitions(ctx: RequestContext): Promise<Map<string, MetricDefinition>> {
  const metrics = await listMetrics(ctx);
  return new Map(
    metrics.map((m) => [
      m.key,
      { key: m.key, kind: m.kind, worst: m.worst, target: m.target, hasDenominator: m.denominatorLabel !== null },
    ]),
  );
}

function checkPeriod(start: string, end: string): void {
  const valid = (d: string) =>
    DAY.test(d) &&
    !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
    new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!valid(start)) throw badInput(`periodStart "${start}" is not a date (YYYY-MM-DD).`, { field: 'periodStart' });
  if (!valid(end)) throw badInput(`periodEnd "${end}" is not a date (YYYY-MM-DD).`, { field: 'periodEnd' });
  if (end <= start)
    throw badInput(
      `The period is empty: periodEnd (${end}) must be after periodStart (${start}); periodEnd is the day after the last day.`,
      { field: 'periodEnd' },
    );
}

/**
 * Records a value for a unit and period: a second record for the same metric, unit and period
 * replaces the first, and every change is kept (who, when, before, after).
 */
export async function recordMetric(ctx: RequestContext, input: RecordMetricInput): Promise<MetricObservation> {
  checkPeriod(input.periodStart, input.periodEnd);
  if (!Number.isFinite(input.value)) throw badInput('value must be a number.', { field: 'value' });
  const unit = await requireAccess(ctx, Permission.METRIC_RECORD, input.unitId);
  const metric = await ctx.em.findOne(Metric, { key: input.metricKey });
  if (!metric) throw notFound('Metric', input.metricKey);
  const denominator = input.denominator ?? null;
  if (metric.denominatorLabel !== null && (denominator === null || !(denominator >= 0))) {
    throw badInput(
      `Metric "${metric.key}" is a rate: give the denominator (${metric.denominatorLabel}), zero or more.`,
      { field: 'denominator' },
    );
  }
  if (metric.denominatorLabel === null && denominator !== null)
    throw badInput(`Metric "${metric.key}" has no denominator; leave it out.`, { field: 'denominator' });
  const principal = requirePrincipal(ctx);
  return ctx.em.transactional(async (em) => {
    // Upsert in one statement, so two simultaneous records of one period never both insert.
    const [row] = await em.execute(
      `insert into metric_observation (id, organization_id, metric_id, unit_id, period_start, period_end, value, denominator, updated_at, updated_by)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, now(), ?)
       on conflict (organization_id, metric_id, unit_id, period_start, period_end) do update
         set value = excluded.value, denominator = excluded.denominator, updated_at = now(), updated_by = excluded.updated_by
       returning id`,
      [
        principal.orgId,
        metric.id,
        unit.id,
        input.periodStart,
        input.periodEnd,
        input.value,
        denominator,
        principal.userId,
      ],
    );
    const before = await em
      .getConnection()
      .execute(
        `select value_after, denominator_after from metric_observation_change where observation_id = ? order by changed_at desc, id desc limit 1`,
        [row.id],
      );
    em.create(MetricObservationChange, {
      organization: principal.orgId,
      observationId: row.id,
      valueBefore: before[0]?.value_after ?? null,
      denominatorBefore: before[0]?.denominator_after ?? null,
      valueAfter: input.value,
      denominatorAfter: denominator,
      changedBy: principal.userId,
    });
    await em.flush();
    return em.findOneOrFail(MetricObservation, { id: row.id }, { refresh: true });
  });
}

export async function observationHistory(
  ctx: RequestContext,
  observation: MetricObservation,
): Promise<MetricObservationChange[]> {
  return ctx.em.find(
    MetricObservationChange,
    { observationId: observation.id },
    { orderBy: { changedAt: 'asc', id: 'asc' } },
  );
}

/**
 * Observations of a metric for a unit and its subtree, optionally within [from, to), by period
 * start then id, one page at a time.
 */
export async function listObservations(
  ctx: RequestContext,
  query: { metricKey: string; unitId: string; from?: string | null; to?: string | null },
  args: PageArgs,
): Promise<Page<MetricObservation>> {
  const first = pageSize(args);
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, query.unitId);
  const metric = await ctx.em.findOne(Metric, { key: query.metricKey });
  if (!metric) throw notFound('Metric', query.metricKey);
  const where: Record<string, unknown> = { metric, unit: { path: { $like: `${unit.path}%` } } };
  if (query.from) where.periodStart = { $gte: query.from };
  if (query.to) where.periodEnd = { $lte: query.to };
  const total = await ctx.em.count(MetricObservation, where);
  const after = decodeCursor(args.after);
  const paged = after
    ? {
        $and: [
          where,
          {
            $or: [
              { periodStart: { $gt: String(after[0]) } },
              { periodStart: String(after[0]), id: { $gt: String(after[1]) } },
            ],
          },
        ],
      }
    : where;
  const rows = await ctx.em.find(MetricObservation, paged, {
    orderBy: { periodStart: 'asc', id: 'asc' },
    limit: first + 1,
  });
  return toPage(rows, first, total, (o) => [o.periodStart, o.id], Boolean(after));
}

/** Sums of a metric's observations per unit and calendar quarter, counting only periods inside one quarter. */
export async function metricTotalsByQuarter(
  em: EntityManager,
  orgId: string,
  metricKey: string,
  from: string,
  to: string,
) {
  const rows: { unit_id: string; quarter: string; total: number }[] = await em.getConnection().execute(
    `select o.unit_id, to_char(o.period_start, 'YYYY-"Q"Q') as quarter, sum(o.value) as total
       from metric_observation o join metric m on m.id = o.metric_id
      where o.organization_id = ? and m.key = ? and o.period_start >= ? and o.period_end <= ?
        and to_char(o.period_start, 'YYYY-"Q"Q') = to_char(o.period_end - 1, 'YYYY-"Q"Q')
      group by o.unit_id, quarter`,
    [orgId, metricKey, from, to],
  );
  return rows.map((r) => ({ unitId: r.unit_id, quarter: r.quarter, total: Number(r.total) }));
}

/** Observations of some metrics lying wholly inside [from, to), for units under `unitPath` (or that unit alone). */
export async function observationsInPeriod(
  em: EntityManager,
  q: { orgId: string; unitPath: string; exact: boolean; metricKeys: string[]; from: string; to: string },
): Promise<(Observation & { key: string })[]> {
  const rows: {
    key: string;
    unit_id: string;
    period_start: string;
    period_end: string;
    value: number;
    denominator: number | null;
  }[] = await em.getConnection().execute(
    `select m.key, o.unit_id, to_char(o.period_start, 'YYYY-MM-DD') as period_start, to_char(o.period_end, 'YYYY-MM-DD') as period_end,
              o.value, o.denominator
         from metric_observation o join metric m on m.id = o.metric_id join org_unit u on u.id = o.unit_id
        where o.organization_id = ? and u.path like ? and m.key = any(?::text[]) and o.period_start >= ? and o.period_end <= ?`,
    [q.orgId, q.exact ? q.unitPath : `${q.unitPath}%`, pgArray(q.metricKeys), q.from, q.to],
  );
  return rows.map((r) => ({
    key: r.key,
    unitId: r.unit_id,
    periodStart: new Date(r.period_start),
    periodEnd: new Date(r.period_end),
    value: r.value,
    denominator: r.denominator,
  }));
}
