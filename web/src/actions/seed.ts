import type { ActionSourceKind } from '../gql/graphql';

/** What a results row knows when an action is opened from it: the unit × indicator and its numbers then. */
export interface ActionSeed {
  unitId: string;
  unitName: string;
  modelId: string;
  indicatorKey: string;
  /** A question of the model (a per-question row): the action is judged on its indicator (`judgedOn`). */
  question?: string | null;
  /** For a question: the indicator it is bound to, whose numbers are frozen and re-checked. */
  judgedOn?: { label: string; score: number | null; n: number | null; ci95: number | null } | null;
  indicatorLabel: string;
  metric: boolean;
  score: number | null;
  n: number | null;
  ci95: number | null;
  /** The period shown, [from, to): the baseline the numbers are frozen over. */
  from: string;
  to: string;
  sourceKind: ActionSourceKind;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));

/** Defaults: a deadline 30 days on (never before the baseline ends), then a 30-day re-check period. */
export function defaultDates(baselineTo: string, today = iso(new Date())) {
  const start = today > baselineTo ? today : baselineTo;
  const deadline = addDays(start, 30);
  const recheckFrom = addDays(deadline, 1);
  return { deadline, recheckFrom, recheckTo: addDays(recheckFrom, 30) };
}

/** A node (an indicator row of lost points, or the index of a ranking row) as the seed of an action on a unit. */
export function seedOf(
  scope: { modelId: string; from: string; to: string },
  unit: { id: string; name: string },
  node: { key: string; label: string; kind: string; score: number | null; n: number | null; ci95?: number | null },
  sourceKind: ActionSourceKind,
): ActionSeed {
  return {
    unitId: unit.id,
    unitName: unit.name,
    modelId: scope.modelId,
    indicatorKey: node.key,
    indicatorLabel: node.label,
    metric: node.kind === 'METRIC',
    score: node.score,
    n: node.n,
    ci95: node.ci95 ?? null,
    from: scope.from,
    to: scope.to,
    sourceKind,
  };
}

/** A per-question row as the seed of an action: unit × question, judged on the indicator the question is bound to. */
export function questionSeed(
  scope: { modelId: string; from: string; to: string },
  unit: { id: string; name: string },
  node: { key: string; label: string; kind: string; score: number | null; n: number | null; ci95?: number | null },
  q: { question: string; title: string; score: number | null; n: number; ci95: number | null },
): ActionSeed {
  return {
    ...seedOf(scope, unit, { ...node, label: q.title, score: q.score, n: q.n, ci95: q.ci95 }, 'DASHBOARD_QUESTION'),
    question: q.question,
    judgedOn: { label: node.label, score: node.score, n: node.n, ci95: node.ci95 ?? null },
  };
}
