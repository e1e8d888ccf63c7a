import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { pgArray } from '../db/sql.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { aggregateMetric, type Observation } from '../indicators/index.js';
import type { MetricInput } from '../indicators/index.js';
import { walk, type ModelDefinition } from '../indicators/index.js';
import { IndicatorModel, IndicatorModelVersion } from '../indicators/index.js';
import { metricDefinitions, observationsInPeriod } from '../indicators/index.js';
import { boundQuestionnaires } from '../indicators/index.js';
import type { ModelVersionRef } from '../indicators/index.js';
import { requireAccess, requirePrincipal, requireUsableAt } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { resultsSettingsOf } from '../org/index.js';
import { Permission } from '../org/index.js';
import { lineageOf, questionnaireIdsOf } from '../questionnaires/index.js';
import { isLocalDate, startOfLocalDate } from './periods.js';
import type { WeightingScheme } from './weighting-scheme.entity.js';
import { getScheme, schemeUnitsUnder } from './weighting.service.js';

export interface ResultsFilter {
  channel?: string | null;
  respondentCategory?: string | null;
  serviceSituation?: string | null;
  questionnaireVersionId?: string | null;
  language?: string | null;
  /** Only responses whose answer to `question` is one of `values` (or, for multi-select, includes one). */
  answers?: { question: string; values: unknown[] }[] | null;
}

export type RollupMode = 'POOLED' | 'EQUAL_UNITS' | 'UNIT_WEIGHTS';

export interface ResultsQuery {
  /** POOLED (default) pools the subtree's responses; the others average child units (design.md §4). */
  rollup?: RollupMode | null;
  weightingSchemeId?: string | null;
  modelId?: string | null;
  modelVersionId?: string | null;
  unitId: string;
  /** First local day of the period (YYYY-MM-DD, organisation time zone). */
  from: string;
  /** Day after the last (the period is half-open). */
  to: string;
  filters?: ResultsFilter | null;
}

/** Everything a results query is about, resolved and access-checked once. */
export interface Scope {
  orgId: string;
  timeZone: string;
  unit: OrgUnit;
  model: ModelVersionRef & { version: IndicatorModelVersion };
  from: string;
  to: string;
  /** Questionnaires whose responses the model scores: bound ones and those derived from them. */
  questionnaireIds: string[];
  filters: ResultsFilter;
  rollup: RollupMode;
  weighting: WeightingScheme | null;
  /** Units of the weighting scheme's cells inside the scope (post-stratification), whose cells may be uncovered. */
  weightingUnits?: ReadonlySet<string> | null;
  /** Smallest group whose scores are shown when responses from anonymous or confidential distributions are in it. */
  minGroupSize: number;
}

/** One completed response in scope, as the aggregation reads it. */
export interface ScopeRow {
  unitId: string;
  unitPath: string;
  category: string | null;
  situation: string | null;
  channel: string;
  language: string | null;
  versionId: string;
  localDate: string;
  answers: Record<string, unknown>;
  confidential: boolean;
}

export async function resolveScope(ctx: RequestContext, query: ResultsQuery): Promise<Scope> {
  for (const [field, value] of [
    ['from', query.from],
    ['to', query.to],
  ] as const) {
    if (!isLocalDate(value)) throw badInput(`"${field}" must be a date (YYYY-MM-DD), it is "${value}".`, { field });
  }
  if (query.from >= query.to)
    throw badInput(
      `The period is empty: "to" (${query.to}) must be after "from" (${query.from}); "to" is the day after the last day.`,
      { field: 'to' },
    );
  // Independent reads run together (each is a round trip); a refusal is still reported in this order.
  const orgId = requirePrincipal(ctx).orgId;
  const [unit, version, org, all] = await inOrder([
    requireAccess(ctx, Permission.RESULTS_READ, query.unitId),
    scoredVersion(ctx, query),
    resultsSettingsOf(ctx.em, orgId),
    questionnaireIdsOf(ctx.em, orgId),
  ]);
  // Head office's model scores its branches: a model of a unit above is usable by anyone reading
  // results below it; any other model needs read access where it lives.
  const model = await ctx.em.findOneOrFail(IndicatorModel, { id: version.model.id });
  await requireUsableAt(ctx, Permission.QUESTIONNAIRE_READ, unit, model.unit.id);
  const bound = boundQuestionnaires(version.definition);
  const questionnaireIds: string[] = [];
  for (const id of all) if ((await lineageOf(ctx.em, id)).some((l) => bound.includes(l))) questionnaireIds.push(id);
  const weighting = query.weightingSchemeId ? await getScheme(ctx, query.weightingSchemeId) : null;
  return {
    orgId,
    timeZone: org.timeZone,
    unit,
    model: { id: version.id, definition: version.definition, version },
    from: query.from,
    to: query.to,
    questionnaireIds,
    filters: restricted(version, query.filters ?? {}),
    rollup: query.rollup ?? 'POOLED',
    weighting,
    weightingUnits: await schemeUnitsUnder(ctx, weighting, unit.path),
    minGroupSize: org.minGroupSize,
  };
}

/** The model version a query scores: the one named, or the model's latest published one. */
async function scoredVersion(ctx: RequestContext, query: ResultsQuery): Promise<IndicatorModelVersion> {
  if (query.modelVersionId) {
    const id = requireId('Indicator model version', query.modelVersionId);
    const version = await ctx.em.findOne(IndicatorModelVersion, { id });
    if (!version) throw notFound('Indicator model version', query.modelVersionId);
    return version;
  }
  if (!query.modelId)
    throw badInput('Name the indicator model (modelId) or one of its versions (modelVersionId).', { field: 'modelId' });
  const id = requireId('Indicator model', query.modelId);
  // Versions exist only once published, so the latest is the highest number: one read with its model.
  const latest = await ctx.em.findOne(
    IndicatorModelVersion,
    { model: id },
    { orderBy: { number: 'desc' }, populate: ['model'] },
  );
  if (latest) return latest;
  const model = await ctx.em.findOne(IndicatorModel, { id });
  if (!model) throw notFound('Indicator model', query.modelId);
  throw badInput(`The model "${model.name}" has no published version yet; publish it first.`, { field: 'modelId' });
}

/** Awaits every promise, then throws the first refusal in the order given (not the first to arrive). */
async function inOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * The filters with the model's client group added (a model restricted to a respondent category or
 * service situation scores only its responses). A filter naming another group is refused: the
 * model has no responses there.
 */
function restricted(version: IndicatorModelVersion, filters: ResultsFilter): ResultsFilter {
  const { respondentCategory, serviceSituation } = version.definition;
  const out = { ...filters };
  for (const [field, value] of [
    ['respondentCategory', respondentCategory],
    ['serviceSituation', serviceSituation],
  ] as const) {
    if (!value) continue;
    if (filters[field] && filters[field] !== value)
      throw badInput(
        `This model is restricted to ${field === 'respondentCategory' ? 'respondent category' : 'service situation'} ` +
          `"${value}": it has no results for "${filters[field]}". Drop the filter, or choose that group's model.`,
        { field: `filters.${field}` },
      );
    out[field] = value;
  }
  return out;
}

export interface ScanOptions {
  from: string;
  to: string;
  /** Only responses the rollups do not hold yet: those in the outbox (results/rollup/upkeep.ts). */
  tailOnly?: boolean;
  /** Also select each response's id and the staff member who served (the staff breakdown pages by id). */
  withStaff?: boolean;
}

/** The SQL conditions (on `r`, a response_fact row) of results filters, and their parameters. */
export function filterSql(f: ResultsFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => (where.push(sql), params.push(...values));
  if (f.channel) add('r.channel = ?', f.channel);
  if (f.respondentCategory) add('r.category = ?', f.respondentCategory);
  if (f.serviceSituation) add('r.situation = ?', f.serviceSituation);
  if (f.questionnaireVersionId) add('r.questionnaire_version_id = ?', f.questionnaireVersionId);
  if (f.language) add('r.language = ?', f.language);
  for (const a of f.answers ?? []) {
    const values = JSON.stringify(a.values);
    add(
      `((r.answers -> ?) in (select jsonb_array_elements(?::jsonb)) or exists (select 1 from jsonb_array_elements(case when jsonb_typeof(r.answers -> ?) = 'array' then r.answers -> ? else '[]'::jsonb end) e where e in (select jsonb_array_elements(?::jsonb))))`,
      a.question,
      values,
      a.question,
      a.question,
      values,
    );
  }
  return { where, params };
}

/** The first day of the UTC month of an instant: the `partition_month` of a response completed then. */
const partitionMonthOf = (instant: Date) => `${instant.toISOString().slice(0, 7)}-01`;

/** One response row as `scanSql` selects it. */
export interface ScanRow {
  unit_id: string;
  path: string;
  category: string | null;
  situation: string | null;
  channel: string;
  language: string | null;
  questionnaire_version_id: string;
  local_date: string;
  answers: Record<string, unknown>;
  confidential: boolean;
}

/**
 * The SQL selecting the completed responses of the scope's subtree whose completion falls in
 * [from, to) local time, matching every filter: not partial, not tests, not excluded (design.md
 * §4, scope). It names the months of the period on the partition key, so PostgreSQL reads only
 * those partitions of `response` (and the default one); a completed response's `partition_month`
 * is the UTC month of its completion (docs/scale-out.md, Responses partitioned by month). Null
 * when no questionnaire is scored.
 */
export function scanSql(
  scope: Scope,
  { from, to, tailOnly = false, withStaff = false }: ScanOptions,
): { sql: string; params: unknown[] } | null {
  if (!scope.questionnaireIds.length) return null;
  const { where, params: filterParams } = filterSql(scope.filters);
  const [start, end] = [startOfLocalDate(from, scope.timeZone), startOfLocalDate(to, scope.timeZone)];
  const params: unknown[] = [
    scope.timeZone,
    scope.orgId,
    `${scope.unit.path}%`,
    start,
    end,
    partitionMonthOf(start),
    partitionMonthOf(new Date(end.getTime() - 1)),
    pgArray(scope.questionnaireIds),
    ...filterParams,
  ];
  const sql = `select r.unit_id, u.path, r.category, r.situation, r.channel, r.language, r.questionnaire_version_id, to_char(r.completed_at at time zone ?, 'YYYY-MM-DD') as local_date, r.answers, r.confidential${withStaff ? ', r.id, r.staff_id' : ''}
       from ${tailOnly ? 'rollup_outbox o join response_fact r on r.id = o.response_id join' : 'response_fact r join'} org_unit u on u.id = r.unit_id
      where r.organization_id = ? and u.path like ? and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null
        and r.completed_at >= ? and r.completed_at < ? and r.partition_month >= ?::date and r.partition_month <= ?::date
        and r.questionnaire_id = any(?::uuid[])
        ${where.map((w) => `and ${w}`).join(' ')}`;
  return { sql, params };
}

/** A row of `scanSql` as the aggregation reads it. */
export const scopeRowOf = (r: ScanRow): ScopeRow => ({
  unitId: r.unit_id,
  unitPath: r.path,
  category: r.category,
  situation: r.situation,
  channel: r.channel,
  language: r.language,
  versionId: r.questionnaire_version_id,
  localDate: r.local_date,
  answers: r.answers,
  confidential: r.confidential,
});

/** The rows of `scanSql`, read. */
export async function scanRows(em: EntityManager, scope: Scope, options: ScanOptions): Promise<ScopeRow[]> {
  const scan = scanSql(scope, options);
  if (!scan) return [];
  const rows: ScanRow[] = await em.execute(scan.sql, scan.params);
  return rows.map(scopeRowOf);
}

// Published model versions never change: their METRIC keys are listed once.
const metricKeys = new WeakMap<ModelDefinition, string[]>();
function metricKeysOf(model: ModelDefinition): string[] {
  let keys = metricKeys.get(model);
  if (!keys)
    metricKeys.set(
      model,
      (keys = [...new Set([...walk(model.root)].map((w) => w.node.metricKey).filter((k): k is string => Boolean(k)))]),
    );
  return keys;
}

/**
 * The model's administrative statistics over a unit subtree and a period: observations lying
 * wholly inside it, aggregated as design.md §4 says. Response filters do not apply to them.
 */
export async function scopeMetrics(
  ctx: RequestContext,
  scope: Scope,
  from = scope.from,
  to = scope.to,
  under = scope.unit.path,
  exact = false,
): Promise<Map<string, MetricInput>> {
  const keys = metricKeysOf(scope.model.definition);
  if (!keys.length) return new Map();
  const definitions = await metricDefinitions(ctx);
  const rows = await observationsInPeriod(ctx.em, {
    orgId: scope.orgId,
    unitPath: under,
    exact,
    metricKeys: keys,
    from,
    to,
  });
  const out = new Map<string, MetricInput>();
  for (const key of keys) {
    const metric = definitions.get(key);
    if (!metric) continue;
    const observations: Observation[] = rows.filter((r) => r.key === key);
    out.set(key, {
      value: aggregateMetric(metric, observations, new Date(from), new Date(to)).value,
      worst: metric.worst,
      target: metric.target,
    });
  }
  return out;
}
