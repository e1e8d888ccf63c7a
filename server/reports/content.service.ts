import type { RequestContext } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { walk, type ModelDefinition } from '../indicators/index.js';

type IndicatorNode = ModelDefinition['root'];
import { Organization, OrgUnit, requirePrincipal } from '../org/index.js';
import { lostPointsOf, questionSummaries, ranking, scores, scoreSeries } from '../results/index.js';
import type { NodeScore, QuestionSummary, ResultsQuery } from '../results/index.js';
import { caseStatistics } from '../cases/index.js';
import { actionSummary } from '../actions/index.js';
import type {
  ActionsSummary,
  AnswerDifference,
  CasesSummary,
  ContentNode,
  LostPointItem,
  ReportContent,
  SiblingEntry,
} from './report-content.js';
import type { ReportPeriodKind } from './report.entity.js';
import { periodEnd, periodLabel, previousPeriod } from './periods.js';

export interface ContentQuery {
  unitId: string;
  modelId: string;
  kind: ReportPeriodKind;
  start: string;
  language: string;
}

/** How many earlier periods the trend shows beside the reported one. */
const TREND_PERIODS = 4;
const LOST_ITEMS = 3;
const COMMENTS = 5;

type Translated = { label: string; labelTranslations?: { locale: string; text: string }[] };
const labelIn = (node: Translated, language: string) =>
  node.labelTranslations?.find((t) => t.locale === language)?.text ?? node.label;

function contentNodes(root: IndicatorNode, nodes: NodeScore[], language: string): ContentNode[] {
  const depth = new Map<string, number>();
  const byKey = new Map([...walk(root)].map(({ node }) => [node.key, node]));
  return nodes.map((n) => {
    const d = n.parentKey ? (depth.get(n.parentKey) ?? 0) + 1 : 0;
    depth.set(n.key, d);
    const def = byKey.get(n.key);
    return {
      key: n.key,
      parentKey: n.parentKey,
      depth: d,
      kind: n.kind,
      label: def ? labelIn(def, language) : n.label,
      score: n.score,
      value: n.value,
      n: n.n,
      ci95: n.ci95,
      band: n.band ? labelIn(n.band, language) : null,
      target: n.target,
      lostPoints: n.lostPoints,
    };
  });
}

async function siblingsOf(ctx: RequestContext, unit: OrgUnit, query: ResultsQuery) {
  const parentId = unit.parent?.id;
  if (!parentId) return null;
  try {
    const entries = await ranking(ctx, { ...query, unitId: parentId }, null);
    const parent = await ctx.em.findOneOrFail(OrgUnit, { id: parentId });
    return {
      parentName: parent.name,
      entries: entries.map((e): SiblingEntry => ({
        unitId: e.unit.id,
        name: e.unit.name,
        rank: e.rank,
        score: e.score,
        n: e.n,
        insufficient: e.insufficient,
        self: e.unit.id === unit.id,
      })),
    };
  } catch (error) {
    // A branch may not read its parent's results: its report then has no sibling comparison.
    if (error instanceof AppError && error.extensions.code === 'FORBIDDEN') return null;
    throw error;
  }
}

async function trendOf(ctx: RequestContext, q: ContentQuery, query: ResultsQuery) {
  const from = previousPeriod(q.kind, q.start, TREND_PERIODS);
  const series = await scoreSeries(ctx, { ...query, from }, q.kind);
  return series.map((p) => ({
    label: p.label,
    start: p.start,
    score: p.nodes[0]?.score ?? null,
    n: p.responseCount,
    delta: p.deltaPrevious?.delta ?? null,
    significant: p.deltaPrevious?.significant ?? false,
  }));
}

const textsOf = (s: { questions: QuestionSummary[] }) => s.questions.flatMap((q) => q.texts.map((t) => t.text));

/** Choice answers whose share differs most between low and high scorers of an item. */
function differences(low: QuestionSummary[], high: QuestionSummary[], item: string): AnswerDifference[] {
  const out: AnswerDifference[] = [];
  for (const q of low) {
    if (q.name === item || !['CHOICE', 'MULTI_CHOICE', 'BOOLEAN'].includes(q.kind) || q.withheldReason) continue;
    const other = high.find((h) => h.name === q.name);
    if (!other || other.withheldReason) continue;
    for (const a of q.distribution) {
      const highShare = other.distribution.find((b) => JSON.stringify(b.value) === JSON.stringify(a.value))?.share ?? 0;
      out.push({ question: q.name, title: q.title, answer: a.label, lowShare: a.share, highShare });
    }
  }
  return out
    .filter((d) => d.lowShare !== d.highShare)
    .sort((a, b) => Math.abs(b.lowShare - b.highShare) - Math.abs(a.lowShare - a.highShare))
    .slice(0, 3);
}

/** Likely causes of one lost-point leaf, from its first bound question's low and high scorers. */
async function causesOf(ctx: RequestContext, node: IndicatorNode, query: ResultsQuery) {
  const binding = node.items[0];
  if (!binding || binding.row) return { lowComments: [], highComments: [], answers: [] };
  const base = { questionnaireId: binding.questionnaireId, unitId: query.unitId, from: query.from, to: query.to };
  const all = await questionSummaries(ctx, { ...base, texts: 0 });
  const shape = all.questions.find((q) => q.name === binding.question);
  const points = shape?.distribution.map((d) => d.value) ?? [];
  if (points.length < 3) return { lowComments: [], highComments: [], answers: [] };
  const [bottom, top] = binding.reverse
    ? [points.slice(-2), points.slice(0, 2)]
    : [points.slice(0, 2), points.slice(-2)];
  const of = (values: unknown[]) =>
    questionSummaries(ctx, {
      ...base,
      texts: COMMENTS,
      filters: { answers: [{ question: binding.question, values }] },
    });
  const [low, high] = [await of(bottom), await of(top)];
  return {
    lowComments: textsOf(low),
    highComments: textsOf(high),
    answers: differences(low.questions, high.questions, binding.question),
  };
}

/** The complaints of the period, from the cases module's public face; null when there were none. */
async function casesOf(ctx: RequestContext, query: ResultsQuery): Promise<CasesSummary | null> {
  const s = await caseStatistics(ctx, { unitId: query.unitId, periodStart: query.from, periodEnd: query.to });
  if (!s.received) return null;
  const { received, accepted, resolved, resolvedOnTime, reopened, followUpsAnswered, satisfied } = s;
  return { received, accepted, resolved, resolvedOnTime, reopened, followUpsAnswered, satisfied };
}

/** The rectification actions of the period, from the actions module's public face; null when there were none. */
async function actionsOf(ctx: RequestContext, query: ResultsQuery): Promise<ActionsSummary | null> {
  const [s] = await actionSummary(ctx, query.unitId, query.from, query.to);
  if (!s || (!s.opened && !s.due)) return null;
  return { opened: s.opened, due: s.due, metOnTime: s.metOnTime, notMet: s.notMet, overdue: s.overdue };
}

/**
 * The report's numbers, each taken from the results module's public face — the functions behind
 * the `scores`, `ranking`, `scoreSeries`, `lostPoints` and `questionSummaries` queries — with the
 * caller's access (so small groups and anonymous surveys are withheld exactly as there).
 */
export async function buildContent(ctx: RequestContext, q: ContentQuery): Promise<ReportContent> {
  const query: ResultsQuery = { modelId: q.modelId, unitId: q.unitId, from: q.start, to: periodEnd(q.kind, q.start) };
  const result = await scores(ctx, query);
  const unit = result.scope.unit;
  const org = await ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
  const definition = result.scope.model.definition;
  const nodes = contentNodes(definition.root, result.nodes, q.language);
  const byKey = new Map([...walk(definition.root)].map(({ node }) => [node.key, node]));
  const lost: LostPointItem[] = [];
  const comments = { top: [] as string[], bottom: [] as string[] };
  for (const leaf of (await lostPointsOf(ctx, query)).slice(0, LOST_ITEMS)) {
    const def = byKey.get(leaf.key);
    if (!def || !leaf.lostPoints) continue;
    const causes = def.kind === 'SURVEY' ? await causesOf(ctx, def, query) : null;
    lost.push({
      key: leaf.key,
      label: labelIn(def, q.language),
      score: leaf.score,
      lostPoints: leaf.lostPoints,
      lowComments: causes?.lowComments ?? [],
      answers: causes?.answers ?? [],
    });
    comments.bottom.push(...(causes?.lowComments ?? []));
    comments.top.push(...(causes?.highComments ?? []));
  }
  const root = nodes[0];
  return {
    organization: { name: org.name, logoDataUrl: org.logoDataUrl },
    unit: { id: unit.id, name: unit.name, code: unit.code },
    period: { kind: q.kind, start: query.from, end: query.to, label: periodLabel(q.kind, q.start) },
    model: { id: q.modelId, version: result.scope.model.version.number },
    generatedAt: new Date().toISOString(),
    responseCount: result.responseCount,
    withheldReason: result.withheldReason,
    index: { score: root.score, band: root.band, ci95: root.ci95, n: root.n, target: root.target },
    siblings: await siblingsOf(ctx, unit, query),
    trend: await trendOf(ctx, q, query),
    nodes,
    lostPoints: lost,
    comments: {
      top: [...new Set(comments.top)].slice(0, COMMENTS),
      bottom: [...new Set(comments.bottom)].slice(0, COMMENTS),
    },
    metrics: nodes
      .filter((n) => n.kind === 'METRIC')
      .map((n) => ({ key: n.key, label: n.label, value: n.value, score: n.score })),
    cases: await casesOf(ctx, query),
    actions: await actionsOf(ctx, query),
  };
}
