import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { canAccessPath, OrgUnit, Permission, requirePrincipal } from '../org/index.js';
import { groupsUnder, loadGroups, type Group } from './groups.js';
import { pooledResults, unitResult, type Aggregate, type NodeScore } from './results.service.js';
import { splitGroups } from './split-groups.js';
import { resolveScope, scanRows, type ResultsQuery, type Scope } from './scope.service.js';
import { byStaff } from './staff-breakdown.js';

/** What a breakdown splits the scope by (design.md §4; issue 16). */
export type BreakdownBy =
  | 'CATEGORY'
  | 'SITUATION'
  | 'CHANNEL'
  | 'LANGUAGE'
  | 'QUESTIONNAIRE_VERSION'
  | 'ANSWER'
  | 'UNIT_CHILDREN'
  | 'POST'
  | 'STAFF';

/** A node of one value, beside the rest of the scope: Δ and whether it is significant. */
export type BreakdownNode = NodeScore & {
  restScore: number | null;
  deltaRest: number | null;
  significant: boolean;
};

export interface BreakdownValue {
  /** The value (category, situation, channel, language, version id, answer, unit id); null: not recorded. */
  value: string | null;
  unit: OrgUnit | null;
  responseCount: number;
  nodes: BreakdownNode[];
}

export interface BreakdownResult {
  scope: Scope;
  values: BreakdownValue[];
}

/** The most values a breakdown lists; more (an open text used as ANSWER) is refused. */
export const MAX_BREAKDOWN_VALUES = 100;

const FIELDS = {
  CATEGORY: 'category',
  SITUATION: 'situation',
  CHANNEL: 'channel',
  LANGUAGE: 'language',
  QUESTIONNAIRE_VERSION: 'versionId',
} as const satisfies Partial<Record<BreakdownBy, keyof Group>>;

/** Δ = value − rest, significant when |Δ| > 1.96·√(SE₁² + SE₂²) (design.md §4), as scoreSeries tests deltas. */
function compare(value: NodeScore[], rest: NodeScore[]): BreakdownNode[] {
  const others = new Map(rest.map((n) => [n.key, n]));
  return value.map((node) => {
    const other = others.get(node.key);
    const restScore = other?.score ?? null;
    if (node.score === null || restScore === null) return { restScore, deltaRest: null, significant: false, ...node };
    const d = node.score - restScore;
    const se = node.se !== null && other!.se !== null ? Math.sqrt(node.se ** 2 + other!.se ** 2) : null;
    return { restScore, deltaRest: d, significant: se !== null && Math.abs(d) > 1.96 * se, ...node };
  });
}

const order = (a: string | null, b: string | null) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b));

/** One value's scores and the rest's, from two sets of groups. */
async function side(ctx: RequestContext, scope: Scope, mine: Group[], rest: Group[], subtree: OrgUnit[]) {
  const own = await unitResult(ctx, scope, scope.unit, mine, scope.from, scope.to, subtree);
  const others = await unitResult(ctx, scope, scope.unit, rest, scope.from, scope.to, subtree);
  return { responseCount: own.pooled.stats.responses, nodes: compare(own.nodes, others.nodes) };
}

/** The groups split by a key in one pass, values in order (not recorded last). */
function split(groups: Group[], keyOf: (g: Group) => string | null): [string | null, Group[]][] {
  const byValue = new Map<string | null, Group[]>();
  for (const g of groups) {
    const value = keyOf(g);
    const list = byValue.get(value);
    if (list) list.push(g);
    else byValue.set(value, [g]);
  }
  return [...byValue.entries()].sort(([a], [b]) => order(a, b));
}

/** A value's pooled total as one group, so the rest of the scope is the sum of the other values' totals. */
const asGroup = (scope: Scope, total: Aggregate): Group => ({
  unitId: scope.unit.id,
  unitPath: scope.unit.path,
  subtree: false,
  category: null,
  situation: null,
  channel: null,
  language: null,
  versionId: null,
  date: scope.from,
  cell: total,
});

/**
 * Each value of `keyOf` beside the rest of the scope, from one set of groups. Pooled and
 * unweighted (the usual case), every group is summed once into its value's total and each rest
 * is the sum of the other totals; weighted or unit-averaged scopes score every value and its
 * rest from their groups, as filtered `scores` queries would. `listed` leaves values out of the
 * result (they still count in every rest).
 */
export async function splitBy(
  ctx: RequestContext,
  scope: Scope,
  groups: Group[],
  keyOf: (g: Group) => string | null,
  listed: (value: string | null) => boolean = () => true,
): Promise<BreakdownValue[]> {
  const parts = split(groups, keyOf);
  const shown = parts.flatMap(([value], i) => (listed(value) ? [i] : []));
  tooMany(shown.length);
  if (scope.rollup === 'POOLED' && !scope.weighting) {
    const own = await pooledResults(
      ctx,
      scope,
      parts.map(([, g]) => g),
    );
    const totals = own.map((o) => asGroup(scope, o.pooled));
    // Of two values, each one's rest is the other value, already scored: not scored again.
    const rest =
      parts.length === 2
        ? shown.map((i) => own[1 - i])
        : await pooledResults(
            ctx,
            scope,
            shown.map((i) => totals.filter((_, j) => j !== i)),
          );
    return shown.map((i, k) => ({
      value: parts[i][0],
      unit: null,
      responseCount: own[i].pooled.stats.responses,
      nodes: compare(own[i].nodes, rest[k].nodes),
    }));
  }
  const subtree = await subtreeOf(ctx, scope);
  const out: BreakdownValue[] = [];
  for (const i of shown) {
    const rest = parts.flatMap(([, g], j) => (j === i ? [] : g));
    out.push({ value: parts[i][0], unit: null, ...(await side(ctx, scope, parts[i][1], rest, subtree)) });
  }
  return out;
}

/** Values of a response attribute that rollup cells carry: one pass over the groups. */
async function byField(ctx: RequestContext, scope: Scope, field: (typeof FIELDS)[keyof typeof FIELDS]) {
  const pooled = scope.rollup === 'POOLED' && !scope.weighting;
  const groups =
    (pooled ? await splitGroups(ctx, scope, field) : null) ??
    (await loadGroups(ctx, scope, { from: scope.from, to: scope.to, keep: [field] }));
  return splitBy(ctx, scope, groups, (g) => g[field]);
}

const subtreeOf = (ctx: RequestContext, scope: Scope) =>
  scope.rollup === 'POOLED' ? Promise.resolve([]) : ctx.em.find(OrgUnit, { path: { $like: `${scope.unit.path}%` } });

function tooMany(count: number) {
  if (count > MAX_BREAKDOWN_VALUES)
    throw badInput(
      `The breakdown has ${count} values, more than ${MAX_BREAKDOWN_VALUES}; narrow the scope with filters or choose another dimension.`,
      { field: 'by' },
    );
}

/** The child units the caller may read, each over its whole subtree, beside the rest of the scope. */
async function byChildren(ctx: RequestContext, scope: Scope) {
  const principal = requirePrincipal(ctx);
  const subtree = await ctx.em.find(OrgUnit, { path: { $like: `${scope.unit.path}%` } }, { orderBy: { code: 'asc' } });
  const children = subtree.filter(
    (u) => u.depth === scope.unit.depth + 1 && canAccessPath(principal, Permission.RESULTS_READ, u.path),
  );
  tooMany(children.length);
  const groups = await loadGroups(ctx, scope, { from: scope.from, to: scope.to });
  const out: BreakdownValue[] = [];
  for (const unit of children) {
    const mine = groupsUnder(groups, unit);
    const rest = groups.filter((g) => !mine.includes(g));
    const own = await unitResult(ctx, scope, unit, mine, scope.from, scope.to, subtree);
    const others = await unitResult(ctx, scope, scope.unit, rest, scope.from, scope.to, subtree);
    out.push({
      value: unit.id,
      unit,
      responseCount: own.pooled.stats.responses,
      nodes: compare(own.nodes, others.nodes),
    });
  }
  return out;
}

/** The answers given to `question` in scope: single values, or the elements of multi-select answers. */
async function answersGiven(ctx: RequestContext, scope: Scope, question: string): Promise<unknown[]> {
  const rows = await scanRows(ctx.em, scope, { from: scope.from, to: scope.to });
  const seen = new Map<string, unknown>();
  for (const row of rows) {
    const answer = row.answers[question];
    for (const v of Array.isArray(answer) ? answer : [answer])
      if (v !== undefined && v !== null && typeof v !== 'object') seen.set(JSON.stringify(v), v);
  }
  return [...seen.values()].sort((a, b) => String(a).localeCompare(String(b), undefined, { numeric: true }));
}

/**
 * By the answer to one choice question: each value as the `answers` filter selects it, beside
 * the responses that gave another answer (responses that left it unanswered are in neither).
 */
async function byAnswer(ctx: RequestContext, scope: Scope, question: string | null | undefined) {
  if (!question?.trim())
    throw badInput('A breakdown by ANSWER needs the question: pass its SurveyJS name as "question".', {
      field: 'question',
    });
  const values = await answersGiven(ctx, scope, question);
  tooMany(values.length);
  const subtree = await subtreeOf(ctx, scope);
  const answers = scope.filters.answers ?? [];
  const filtered = (vals: unknown[]): Scope => ({
    ...scope,
    filters: { ...scope.filters, answers: [...answers, { question, values: vals }] },
  });
  const out: BreakdownValue[] = [];
  for (const value of values) {
    const [mineScope, restScope] = [filtered([value]), filtered(values.filter((v) => v !== value))];
    const mine = await loadGroups(ctx, mineScope, { from: scope.from, to: scope.to });
    const rest = values.length > 1 ? await loadGroups(ctx, restScope, { from: scope.from, to: scope.to }) : [];
    out.push({ value: String(value), unit: null, ...(await side(ctx, mineScope, mine, rest, subtree)) });
  }
  return out;
}

/** A dimension's values, each beside the rest of the scope (`splitBy` does the scoring). */
export type DimensionHandler = (
  ctx: RequestContext,
  scope: Scope,
  question: string | null | undefined,
) => Promise<BreakdownValue[]>;

/** The dimensions by name; another file of the module adds one with `addBreakdownDimension`. */
const dimensions = new Map<string, DimensionHandler>([
  ...Object.entries(FIELDS).map(([by, field]): [string, DimensionHandler] => [
    by,
    (ctx, scope) => byField(ctx, scope, field),
  ]),
  ['UNIT_CHILDREN', (ctx, scope) => byChildren(ctx, scope)],
  ['ANSWER', byAnswer],
  // Staff attribution (fieldwork): its own permission, read from the responses (rollup cells carry no staff).
  ['POST', (ctx, scope) => byStaff(ctx, scope, 'POST', { compare, tooMany })],
  ['STAFF', (ctx, scope) => byStaff(ctx, scope, 'STAFF', { compare, tooMany })],
]);

/** Adds (or replaces) a dimension: its enum value in breakdown.types.ts and how it finds its values. */
export function addBreakdownDimension(by: string, handler: DimensionHandler): void {
  dimensions.set(by, handler);
}

/**
 * Node scores per value of one dimension, side by side, each with n, ci95 and whether it differs
 * significantly from the rest of the scope; the small-group rule applies to every value. A value
 * scores exactly as a `scores` query filtered to it would (the groups are the same rollup cells).
 */
export async function breakdown(
  ctx: RequestContext,
  query: ResultsQuery,
  by: BreakdownBy,
  question?: string | null,
): Promise<BreakdownResult> {
  const handler = dimensions.get(by);
  if (!handler) throw badInput(`Barometer cannot break down by ${by} yet; choose another dimension.`, { field: 'by' });
  const scope = await resolveScope(ctx, query);
  return { scope, values: await handler(ctx, scope, question) };
}
