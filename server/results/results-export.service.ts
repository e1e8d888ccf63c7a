import type { Writable } from 'node:stream';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { checkFormat, writeTable, type Cell } from '../http/table-stream.js';
import { walk } from '../indicators/engine/types.js';
import { canAccessPath, requireAccess, requirePrincipal } from '../org/access.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Organization } from '../org/organization.entity.js';
import { Permission } from '../org/roles.js';
import { getQuestionnaire } from '../questionnaires/questionnaire.service.js';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-version.entity.js';
import { elementsByName } from '../questionnaires/survey-json.js';
import { isLocalDate, startOfLocalDate } from './periods.js';
import { unitResult } from './results.service.js';
import { loadGroups } from './groups.js';
import { resolveScope, type ResultsQuery } from './scope.service.js';

const NODE_COLUMNS = ['unit_code', 'unit_name', 'node_key', 'parent_key', 'kind', 'label', 'weight', 'score', 'value', 'band', 'n', 'n_eff', 'sd', 'se', 'ci95', 'top2', 'partial', 'effective_weight', 'lost_points'];

/** Every node's result for the unit (and, on request, each child unit), one row per node. */
async function* resultRows(ctx: RequestContext, query: ResultsQuery, children: boolean, language: string | null): AsyncGenerator<Cell[]> {
  const scope = await resolveScope(ctx, query);
  const labels = new Map([...walk(scope.model.definition.root)].map(({ node }) => [node.key, (language && node.labelTranslations.find((t) => t.locale === language)?.text) || node.label]));
  yield NODE_COLUMNS;
  const principal = requirePrincipal(ctx);
  const units = [scope.unit];
  if (children) {
    const below = await ctx.em.find(OrgUnit, { path: { $like: `${scope.unit.path}%` } }, { orderBy: { code: 'asc' } });
    units.push(...below.filter((u) => u.depth === scope.unit.depth + 1 && canAccessPath(principal, Permission.RESULTS_READ, u.path)));
  }
  const groups = await loadGroups(ctx, scope, { from: scope.from, to: scope.to });
  for (const unit of units) {
    const { nodes } = await unitResult(ctx, scope, unit, groups);
    for (const n of nodes) {
      yield [unit.code, unit.name, n.key, n.parentKey, n.kind, labels.get(n.key) ?? n.label, n.weight, n.score, n.value, n.band?.key ?? null, n.n, n.nEff, n.sd, n.se, n.ci95, n.top2, n.partial, n.effectiveWeight, n.lostPoints];
    }
  }
}

export async function exportResults(ctx: RequestContext, query: ResultsQuery, options: { format: string; children: boolean; language: string | null }, out: Writable, onStart: () => void): Promise<void> {
  await writeTable(checkFormat(options.format), resultRows(ctx, query, options.children, options.language), out, 'Results', onStart);
}

export interface CxQuery {
  questionnaireId: string;
  unitId: string;
  from: string;
  to: string;
  /** Up to seven five-point questions, in column order q1 … q7. */
  questions: string[];
  /** A FLOW metric counting customers served, per unit and period. */
  servedMetric?: string | null;
}

/** Whether a question is answered on five points 1–5. */
function fivePoint(element: Record<string, unknown>): boolean {
  const values = (list: unknown) => (Array.isArray(list) ? list.map((v) => (typeof v === 'object' && v !== null ? (v as { value: unknown }).value : v)) : []);
  if (element.type === 'rating') {
    if (Array.isArray(element.rateValues) && element.rateValues.length) return values(element.rateValues).join() === '1,2,3,4,5';
    return (element.rateMin ?? 1) === 1 && (element.rateMax ?? 5) === 5 && (element.rateStep ?? 1) === 1;
  }
  return (element.type === 'radiogroup' || element.type === 'dropdown') && values(element.choices).join() === '1,2,3,4,5';
}

/**
 * A customer-experience data collection modelled on US OMB Circular A-11 §280: one row per unit
 * (service), channel and quarter, with customers served (from a METRIC when recorded), surveys
 * offered (invitations delivered, plus views of the survey through links), respondents, and for up to seven five-point
 * questions the count of each answer (q1_1 … q7_5).
 */
async function* cxRows(ctx: RequestContext, query: CxQuery): AsyncGenerator<Cell[]> {
  for (const [field, value] of [['from', query.from], ['to', query.to]] as const) if (!isLocalDate(value)) throw badInput(`"${field}" must be a date (YYYY-MM-DD).`, { field });
  if (!query.questions.length || query.questions.length > 7) throw badInput('Choose one to seven five-point questions.', { field: 'questions' });
  const questionnaire = await getQuestionnaire(ctx, query.questionnaireId);
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, query.unitId);
  if (!questionnaire.latestVersionNumber) throw badInput('The questionnaire has no published version.');
  const latest = await ctx.em.findOneOrFail(QuestionnaireVersion, { questionnaire, number: questionnaire.latestVersionNumber });
  const elements = elementsByName(latest.definition);
  const wrong = query.questions.filter((q) => !elements.has(q) || !fivePoint(elements.get(q)!.element));
  if (wrong.length) throw badInput(`Not five-point questions (1–5) of this questionnaire: ${wrong.join(', ')}.`, { field: 'questions' });
  const org = await ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
  const counts = query.questions.flatMap((q, i) => [1, 2, 3, 4, 5].map((k) => [`count(*) filter (where r.answers ->> ? = '${k}') as "q${i + 1}_${k}"`, q] as const));
  const rows: Record<string, unknown>[] = await ctx.em.getConnection().execute(
    `select u.id as unit_id, u.code, u.name, r.channel, to_char(r.completed_at at time zone ?, 'YYYY-"Q"Q') as quarter, count(*) as respondents
            ${counts.map(([sql]) => `, ${sql}`).join('')}
       from response r join org_unit u on u.id = r.unit_id
      where r.organization_id = ? and r.questionnaire_id = ? and u.path like ? and r.status = 'COMPLETE' and not r.is_test and r.excluded_at is null
        and r.completed_at >= ? and r.completed_at < ?
      group by u.id, u.code, u.name, r.channel, quarter
      order by u.code, r.channel, quarter`,
    [org.timeZone, ...counts.map(([, q]) => q), org.id, questionnaire.id, `${unit.path}%`, startOfLocalDate(query.from, org.timeZone), startOfLocalDate(query.to, org.timeZone)],
  );
  const served = new Map<string, number>();
  if (query.servedMetric) {
    const observations: { unit_id: string; quarter: string; total: number }[] = await ctx.em.getConnection().execute(
      `select o.unit_id, to_char(o.period_start, 'YYYY-"Q"Q') as quarter, sum(o.value) as total
         from metric_observation o join metric m on m.id = o.metric_id
        where o.organization_id = ? and m.key = ? and o.period_start >= ? and o.period_end <= ?
          and to_char(o.period_start, 'YYYY-"Q"Q') = to_char(o.period_end - 1, 'YYYY-"Q"Q')
        group by o.unit_id, quarter`,
      [org.id, query.servedMetric, query.from, query.to],
    );
    for (const o of observations) served.set(`${o.unit_id}|${o.quarter}`, Number(o.total));
  }
  // Surveys offered: invitations delivered and link views of this questionnaire, per unit, channel and quarter.
  const offered = new Map<string, number>();
  const offers: { unit_id: string; channel: string; quarter: string; offered: number }[] = await ctx.em.getConnection().execute(
    `select i.unit_id, i.channel, to_char(i.delivered_at at time zone ?, 'YYYY-"Q"Q') as quarter, count(*)::int as offered
       from invitation i join distribution d on d.id = i.distribution_id join org_unit u on u.id = i.unit_id
      where i.organization_id = ? and d.questionnaire_id = ? and u.path like ? and i.delivered_at >= ? and i.delivered_at < ?
      group by i.unit_id, i.channel, quarter
     union all
     select l.unit_id, l.channel, to_char(v.day, 'YYYY-"Q"Q') as quarter, sum(v.views)::int as offered
       from link_view v join response_link l on l.id = v.link_id join questionnaire_version qv on qv.id = l.questionnaire_version_id join org_unit u on u.id = l.unit_id
      where v.organization_id = ? and qv.questionnaire_id = ? and u.path like ? and v.day >= ? and v.day < ?
      group by l.unit_id, l.channel, quarter`,
    [org.timeZone, org.id, questionnaire.id, `${unit.path}%`, startOfLocalDate(query.from, org.timeZone), startOfLocalDate(query.to, org.timeZone), org.id, questionnaire.id, `${unit.path}%`, query.from, query.to],
  );
  for (const o of offers) offered.set(`${o.unit_id}|${o.channel}|${o.quarter}`, (offered.get(`${o.unit_id}|${o.channel}|${o.quarter}`) ?? 0) + o.offered);
  yield ['unit_code', 'unit_name', 'channel', 'quarter', 'customers_served', 'surveys_offered', 'respondents', ...Array.from({ length: 7 }, (_, i) => [1, 2, 3, 4, 5].map((k) => `q${i + 1}_${k}`)).flat()];
  for (const r of rows) {
    yield [
      String(r.code), String(r.name), String(r.channel), String(r.quarter),
      served.get(`${r.unit_id}|${r.quarter}`) ?? null, offered.get(`${r.unit_id}|${r.channel}|${r.quarter}`) ?? null, Number(r.respondents),
      ...Array.from({ length: 7 }, (_, i) => [1, 2, 3, 4, 5].map((k) => (i < query.questions.length ? Number(r[`q${i + 1}_${k}`]) : null))).flat(),
    ];
  }
}

export async function exportCx(ctx: RequestContext, query: CxQuery, format: string, out: Writable, onStart: () => void): Promise<void> {
  await writeTable(checkFormat(format), cxRows(ctx, query), out, 'CX A-11', onStart);
}
