import type { Writable } from 'node:stream';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { checkFormat, writeTable, type Cell } from '../http/table-stream.js';
import { walk } from '../indicators/index.js';
import { canAccessPath, requireAccess, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Organization } from '../org/index.js';
import { Permission } from '../org/index.js';
import { getQuestionnaire } from '../questionnaires/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import { elementsByName } from '../questionnaires/index.js';
import { isLocalDate, startOfLocalDate } from './periods.js';
import { unitResult } from './results.service.js';
import { answerCountsByQuarter, linkViewsByQuarter, type CxScope } from '../responses/index.js';
import { invitationsDeliveredByQuarter } from '../distribution/index.js';
import { metricTotalsByQuarter } from '../indicators/index.js';
import { loadGroups } from './groups.js';
import { resolveScope, type ResultsQuery } from './scope.service.js';
import { recordExport } from '../db/audit-trail.js';

const NODE_COLUMNS = [
  'unit_code',
  'unit_name',
  'node_key',
  'parent_key',
  'kind',
  'label',
  'weight',
  'score',
  'value',
  'band',
  'n',
  'n_eff',
  'sd',
  'se',
  'ci95',
  'top2',
  'partial',
  'effective_weight',
  'lost_points',
];

/** Every node's result for the unit (and, on request, each child unit), one row per node. */
async function* resultRows(
  ctx: RequestContext,
  query: ResultsQuery,
  children: boolean,
  language: string | null,
): AsyncGenerator<Cell[]> {
  const scope = await resolveScope(ctx, query);
  const labels = new Map(
    [...walk(scope.model.definition.root)].map(({ node }) => [
      node.key,
      (language && node.labelTranslations.find((t) => t.locale === language)?.text) || node.label,
    ]),
  );
  yield NODE_COLUMNS;
  const principal = requirePrincipal(ctx);
  const units = [scope.unit];
  if (children) {
    const below = await ctx.em.find(OrgUnit, { path: { $like: `${scope.unit.path}%` } }, { orderBy: { code: 'asc' } });
    units.push(
      ...below.filter(
        (u) => u.depth === scope.unit.depth + 1 && canAccessPath(principal, Permission.RESULTS_READ, u.path),
      ),
    );
  }
  const groups = await loadGroups(ctx, scope, { from: scope.from, to: scope.to });
  for (const unit of units) {
    const { nodes } = await unitResult(ctx, scope, unit, groups);
    for (const n of nodes) {
      yield [
        unit.code,
        unit.name,
        n.key,
        n.parentKey,
        n.kind,
        labels.get(n.key) ?? n.label,
        n.weight,
        n.score,
        n.value,
        n.band?.key ?? null,
        n.n,
        n.nEff,
        n.sd,
        n.se,
        n.ci95,
        n.top2,
        n.partial,
        n.effectiveWeight,
        n.lostPoints,
      ];
    }
  }
}

export async function exportResults(
  ctx: RequestContext,
  query: ResultsQuery,
  options: { format: string; children: boolean; language: string | null },
  out: Writable,
  onStart: () => void,
): Promise<void> {
  let started = false;
  try {
    await writeTable(
      checkFormat(options.format),
      resultRows(ctx, query, options.children, options.language),
      out,
      'Results',
      () => ((started = true), onStart()),
    );
  } finally {
    if (started) await recordExport(ctx.em, 'ResultsExport', { query, ...options });
  }
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
  const values = (list: unknown) =>
    Array.isArray(list)
      ? list.map((v) => (typeof v === 'object' && v !== null ? (v as { value: unknown }).value : v))
      : [];
  if (element.type === 'rating') {
    if (Array.isArray(element.rateValues) && element.rateValues.length)
      return values(element.rateValues).join() === '1,2,3,4,5';
    return (element.rateMin ?? 1) === 1 && (element.rateMax ?? 5) === 5 && (element.rateStep ?? 1) === 1;
  }
  return (
    (element.type === 'radiogroup' || element.type === 'dropdown') && values(element.choices).join() === '1,2,3,4,5'
  );
}

/**
 * A customer-experience data collection modelled on US OMB Circular A-11 §280: one row per unit
 * (service), channel and quarter, with customers served (from a METRIC when recorded), surveys
 * offered (invitations delivered, plus views of the survey through links), respondents, and for up to seven five-point
 * questions the count of each answer (q1_1 … q7_5).
 */
async function* cxRows(ctx: RequestContext, query: CxQuery): AsyncGenerator<Cell[]> {
  for (const [field, value] of [
    ['from', query.from],
    ['to', query.to],
  ] as const)
    if (!isLocalDate(value)) throw badInput(`"${field}" must be a date (YYYY-MM-DD).`, { field });
  if (!query.questions.length || query.questions.length > 7)
    throw badInput('Choose one to seven five-point questions.', { field: 'questions' });
  const questionnaire = await getQuestionnaire(ctx, query.questionnaireId);
  const unit = await requireAccess(ctx, Permission.RESULTS_READ, query.unitId);
  if (!questionnaire.latestVersionNumber) throw badInput('The questionnaire has no published version.');
  const latest = await ctx.em.findOneOrFail(QuestionnaireVersion, {
    questionnaire,
    number: questionnaire.latestVersionNumber,
  });
  const elements = elementsByName(latest.definition);
  const wrong = query.questions.filter((q) => !elements.has(q) || !fivePoint(elements.get(q)!.element));
  if (wrong.length)
    throw badInput(`Not five-point questions (1–5) of this questionnaire: ${wrong.join(', ')}.`, {
      field: 'questions',
    });
  const org = await ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
  const versions = await ctx.em.find(QuestionnaireVersion, { questionnaire }, { fields: ['id'] });
  const scope: CxScope = {
    orgId: org.id,
    questionnaireId: questionnaire.id,
    versionIds: versions.map((v) => v.id),
    unitPath: unit.path,
    timeZone: org.timeZone,
    fromInstant: startOfLocalDate(query.from, org.timeZone),
    toInstant: startOfLocalDate(query.to, org.timeZone),
    fromDay: query.from,
    toDay: query.to,
  };
  const rows = await answerCountsByQuarter(ctx.em, scope, query.questions);
  const served = new Map<string, number>();
  if (query.servedMetric) {
    for (const o of await metricTotalsByQuarter(ctx.em, org.id, query.servedMetric, query.from, query.to)) {
      served.set(`${o.unitId}|${o.quarter}`, o.total);
    }
  }
  // Surveys offered: invitations delivered and link views of this questionnaire, per unit, channel and quarter.
  const offered = new Map<string, number>();
  for (const o of [
    ...(await invitationsDeliveredByQuarter(ctx.em, scope)),
    ...(await linkViewsByQuarter(ctx.em, scope)),
  ]) {
    const key = `${o.unit_id}|${o.channel}|${o.quarter}`;
    offered.set(key, (offered.get(key) ?? 0) + o.offered);
  }
  yield [
    'unit_code',
    'unit_name',
    'channel',
    'quarter',
    'customers_served',
    'surveys_offered',
    'respondents',
    ...Array.from({ length: 7 }, (_, i) => [1, 2, 3, 4, 5].map((k) => `q${i + 1}_${k}`)).flat(),
  ];
  for (const r of rows) {
    yield [
      String(r.code),
      String(r.name),
      String(r.channel),
      String(r.quarter),
      served.get(`${r.unit_id}|${r.quarter}`) ?? null,
      offered.get(`${r.unit_id}|${r.channel}|${r.quarter}`) ?? null,
      Number(r.respondents),
      ...Array.from({ length: 7 }, (_, i) =>
        [1, 2, 3, 4, 5].map((k) => (i < query.questions.length ? Number(r[`q${i + 1}_${k}`]) : null)),
      ).flat(),
    ];
  }
}

export async function exportCx(
  ctx: RequestContext,
  query: CxQuery,
  format: string,
  out: Writable,
  onStart: () => void,
): Promise<void> {
  let started = false;
  try {
    await writeTable(checkFormat(format), cxRows(ctx, query), out, 'CX A-11', () => ((started = true), onStart()));
  } finally {
    if (started) await recordExport(ctx.em, 'CxExport', { query, format });
  }
}
