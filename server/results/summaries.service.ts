import { pgArray } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { Organization, Permission, requireAccess, requirePrincipal } from '../org/index.js';
import { Questionnaire, versionsOf } from '../questionnaires/index.js';
import { isLocalDate, startOfLocalDate } from './periods.js';
import { questionShapes, valueKey, type QuestionShape, type SummaryKind } from './question-shapes.js';
import { filterSql, type ResultsFilter } from './scope.service.js';

export interface SummariesQuery {
  questionnaireId: string;
  unitId: string;
  from: string;
  to: string;
  filters?: ResultsFilter | null;
  /** Latest free texts per question (default 20, at most 100). */
  texts?: number | null;
}

export interface AnswerCount {
  value: unknown;
  label: string;
  count: number;
  share: number;
}

export interface FreeText {
  text: string;
  completedAt: Date;
  unitName: string;
}

export interface QuestionSummary {
  name: string;
  title: string;
  kind: SummaryKind;
  n: number;
  distribution: AnswerCount[];
  mean: number | null;
  top2: number | null;
  nps: number | null;
  texts: FreeText[];
  withheldReason: string | null;
}

export interface Summaries {
  responseCount: number;
  questions: QuestionSummary[];
}

const withheld = (min: number) =>
  `Fewer than ${min} answers, some from anonymous or confidential surveys: withheld so no one's answers can be read out of the result.`;

/** The shared conditions on `r` (response_fact) and `u` (org_unit): the completed responses in scope. */
function scopeWhere(
  orgId: string,
  path: string,
  from: Date,
  to: Date,
  questionnaireId: string,
  filters: ResultsFilter,
) {
  const f = filterSql(filters);
  const sql = `r.organization_id = ? and u.path like ? and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null
    and r.completed_at >= ? and r.completed_at < ? and r.questionnaire_id = ? ${f.where.map((w) => `and ${w}`).join(' ')}`;
  return { sql, params: [orgId, `${path}%`, from, to, questionnaireId, ...f.params] };
}

interface CountRow {
  name: string | null;
  value: unknown;
  total: number;
  n: number;
  confidential: number;
}

/** Counts per question and answer value (one row per question with total = 1), and the scope's response count. */
async function countAnswers(
  ctx: RequestContext,
  where: ReturnType<typeof scopeWhere>,
  counted: string[],
  texts: string[],
): Promise<CountRow[]> {
  return ctx.em.execute(
    `with r as (select r.id, r.answers, r.confidential from response_fact r join org_unit u on u.id = r.unit_id where ${where.sql})
     select null as name, null as value, 1 as total, count(*)::int as n, count(*) filter (where r.confidential)::int as confidential from r
     union all
     select name, value, grouping(value) as total, count(distinct id)::int, 0 from (
       select r.id, a.key as name, case when a.key = any(?::text[]) then null else e.value end as value
         from r cross join lateral jsonb_each(r.answers) a
         cross join lateral jsonb_array_elements(case when jsonb_typeof(a.value) = 'array' then a.value else jsonb_build_array(a.value) end) e
        where a.key = any(?::text[]) and e.value <> 'null'::jsonb
          and not (jsonb_typeof(e.value) = 'string' and btrim(e.value #>> '{}') = '')) x
     group by grouping sets ((name, value), (name))`,
    [...where.params, pgArray(texts), pgArray(counted)],
  );
}

/** The latest `limit` non-blank texts of each free-text question, by completion time (read from the index). */
async function latestTexts(ctx: RequestContext, where: ReturnType<typeof scopeWhere>, names: string[], limit: number) {
  if (!names.length) return [];
  const rows: { name: string; text: string; completed_at: Date; unit_name: string }[] = await ctx.em.execute(
    `select q.name, t.text, t.completed_at, t.unit_name from unnest(?::text[]) q(name)
     cross join lateral (
       select r.answers ->> q.name as text, r.completed_at, u.name as unit_name
         from response_fact r join org_unit u on u.id = r.unit_id
        where ${where.sql} and jsonb_typeof(r.answers -> q.name) = 'string' and btrim(r.answers ->> q.name) <> ''
        order by r.completed_at desc, r.id desc limit ?) t`,
    [pgArray(names), ...where.params, limit],
  );
  return rows;
}

/** Mean, top-2-box (top point only under five points) and NPS (0–10 scales) of a scale's counts. */
function scaleStats(q: QuestionShape, counts: Map<string, number>, n: number) {
  if (!n || (q.kind !== 'RATING' && q.kind !== 'BOOLEAN')) return { mean: null, top2: null, nps: null };
  const numeric = q.points.every((p) => typeof p.value === 'number');
  const countOf = (v: unknown) => counts.get(valueKey(v)) ?? 0;
  let mean: number | null = null;
  if (q.kind === 'RATING' && numeric) {
    let sum = 0;
    for (const [key, c] of counts) sum += Number(JSON.parse(key)) * c;
    mean = sum / n;
  }
  // BOOLEAN lists true first; a rating's points ascend.
  const ordered = q.kind === 'BOOLEAN' ? [...q.points].reverse() : q.points;
  const top = ordered.slice(ordered.length < 5 ? -1 : -2);
  const top2 = top.reduce((s, p) => s + countOf(p.value), 0) / n;
  const values = q.points.map((p) => p.value);
  const isNps = numeric && values.length === 11 && values[0] === 0 && values[10] === 10;
  let nps: number | null = null;
  if (isNps) {
    const share = (lo: number, hi: number) =>
      values.filter((v) => (v as number) >= lo && (v as number) <= hi).reduce((s: number, v) => s + countOf(v), 0) / n;
    nps = 100 * (share(9, 10) - share(0, 6));
  }
  return { mean, top2, nps };
}

function distributionOf(q: QuestionShape, counts: Map<string, number>, n: number): AnswerCount[] {
  const known = new Set(q.points.map((p) => valueKey(p.value)));
  const extra = [...counts.keys()]
    .filter((k) => !known.has(k))
    .map((k) => ({ value: JSON.parse(k), label: String(JSON.parse(k)) }));
  return [...q.points, ...extra].map((p) => {
    const count = counts.get(valueKey(p.value)) ?? 0;
    return { value: p.value, label: p.label, count, share: n ? count / n : 0 };
  });
}

/**
 * Per-question summaries of a published questionnaire over a unit subtree and period, no model
 * needed: counts per answer, mean, top-2-box and NPS, the latest free texts. Two queries.
 */
export async function questionSummaries(ctx: RequestContext, query: SummariesQuery): Promise<Summaries> {
  for (const [field, value] of [
    ['from', query.from],
    ['to', query.to],
  ] as const) {
    if (!isLocalDate(value)) throw badInput(`"${field}" must be a date (YYYY-MM-DD), it is "${value}".`, { field });
  }
  if (query.from >= query.to)
    throw badInput(`The period is empty: "to" (${query.to}) must be after "from" (${query.from}).`, { field: 'to' });
  const limit = query.texts ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > 100)
    throw badInput('texts must be a whole number from 0 to 100.', { field: 'texts' });
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, query.unitId);
  const questionnaire = await ctx.em.findOne(Questionnaire, { id: requireId('Questionnaire', query.questionnaireId) });
  if (!questionnaire) throw notFound('Questionnaire', query.questionnaireId);
  const versions = await versionsOf(ctx, questionnaire);
  if (!versions.length)
    throw badInput(`"${questionnaire.title}" has no published version yet: publish it to see its results.`, {
      field: 'questionnaireId',
    });
  const org = await ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
  const shapes = questionShapes(versions.map((v) => v.definition));
  const from = startOfLocalDate(query.from, org.timeZone);
  const to = startOfLocalDate(query.to, org.timeZone);
  const where = scopeWhere(org.id, unit.path, from, to, questionnaire.id, query.filters ?? {});
  const textNames = shapes.filter((q) => q.kind === 'TEXT').map((q) => q.name);
  const rows = await countAnswers(
    ctx,
    where,
    shapes.map((q) => q.name),
    textNames,
  );
  const scope = rows.find((r) => r.name === null)!;
  const counts = new Map<string, Map<string, number>>();
  const answered = new Map<string, number>();
  for (const r of rows) {
    if (r.name === null) continue;
    if (r.total) answered.set(r.name, r.n);
    else if (r.value !== null) counts.set(r.name, (counts.get(r.name) ?? new Map()).set(valueKey(r.value), r.n));
  }
  const isWithheld = (n: number) => scope.confidential > 0 && n < org.minGroupSize;
  const shownTexts = textNames.filter((name) => !isWithheld(answered.get(name) ?? 0));
  const texts = await latestTexts(ctx, where, limit ? shownTexts : [], limit);
  const questions = shapes.map((q): QuestionSummary => {
    const n = answered.get(q.name) ?? 0;
    const base = { name: q.name, title: q.title, kind: q.kind, n };
    if (n > 0 && isWithheld(n))
      return {
        ...base,
        distribution: [],
        mean: null,
        top2: null,
        nps: null,
        texts: [],
        withheldReason: withheld(org.minGroupSize),
      };
    const own = counts.get(q.name) ?? new Map<string, number>();
    return {
      ...base,
      distribution: q.kind === 'TEXT' ? [] : distributionOf(q, own, n),
      ...scaleStats(q, own, n),
      texts: texts
        .filter((t) => t.name === q.name)
        .map((t) => ({ text: t.text, completedAt: new Date(t.completed_at), unitName: t.unit_name })),
      withheldReason: null,
    };
  });
  return { responseCount: scope.n, questions };
}
