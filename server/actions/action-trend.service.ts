import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { addDays, scoreSeries } from '../results/index.js';
import type { RectificationAction } from './action.entity.js';
import { TrendPhase, type ActionTrendPoint } from './action.types.js';

/** The first day of the month `months` before or after the month of `date`. */
function monthStart(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The action's indicator month by month, from the month its baseline period starts to the end of
 * the re-check period, with the model version fixed at opening; each month marked before (inside the
 * baseline period), after (from the re-check period on) or during (between them).
 */
export async function actionTrend(ctx: RequestContext, action: RectificationAction): Promise<ActionTrendPoint[]> {
  if (!action.modelVersionId || !action.indicatorKey || !action.baselineFrom) return [];
  const from = monthStart(action.baselineFrom, 0);
  const to = monthStart(addDays(action.recheckTo, -1), 1);
  if (from >= to) throw badInput('The action’s periods are empty.');
  const series = await scoreSeries(
    ctx,
    { unitId: action.unitId, modelVersionId: action.modelVersionId, from, to },
    'MONTH',
  );
  return series.map((p) => {
    const node = p.nodes.find((n) => n.key === action.indicatorKey);
    const phase =
      p.end <= action.baselineTo!
        ? TrendPhase.BEFORE
        : p.start >= action.recheckFrom
          ? TrendPhase.AFTER
          : TrendPhase.DURING;
    return {
      label: p.label,
      start: p.start,
      end: p.end,
      phase,
      score: node?.score ?? null,
      value: node?.kind === 'METRIC' ? node.value : null,
      n: node?.n ?? 0,
      ci95: node?.ci95 ?? null,
    };
  });
}
