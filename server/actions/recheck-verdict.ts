import { ActionStatus, TargetKind, type Verdict } from './action-status.js';

/** One side of a re-check: an indicator's result over a period. */
export interface Side {
  score: number | null;
  value: number | null;
  n: number;
  se: number | null;
  ci95: number | null;
}

export interface VerdictInput {
  before: Side;
  after: Side;
  targetKind: TargetKind;
  targetValue: number;
  requireSignificant: boolean;
  /** The model's minimum responses; METRIC indicators have none (n is 0 for them). */
  minResponses: number;
  isMetric: boolean;
  /** METRIC only: true when a higher value is better (the metric's target above its worst). */
  higherIsBetter?: boolean;
}

export interface VerdictResult {
  verdict: Verdict;
  delta: number | null;
  significant: boolean | null;
  reason: string;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** Significance of a change (design.md §4): |Δ| > 1.96·√(SE₁² + SE₂²); null without both standard errors. */
export function isSignificant(delta: number, se1: number | null, se2: number | null): boolean | null {
  if (se1 === null || se2 === null) return null;
  return Math.abs(delta) > 1.96 * Math.sqrt(se1 ** 2 + se2 ** 2);
}

function noData(input: VerdictInput): string | null {
  const { before, after, minResponses, isMetric } = input;
  if (isMetric) {
    if (before.value === null) return 'No value of the metric in the period before the action.';
    if (after.value === null) return 'No value of the metric over the re-check period.';
    return null;
  }
  if (before.n < minResponses || before.score === null)
    return `Only ${before.n} responses before the action; the model needs ${minResponses}.`;
  if (after.n < minResponses || after.score === null)
    return `Only ${after.n} responses over the re-check period; the model needs ${minResponses}.`;
  return null;
}

/**
 * The re-check's verdict. NO_DATA when either side has fewer responses than the model's minimum;
 * otherwise MET when the target is reached and, where asked, the rise is significant.
 */
export function judge(input: VerdictInput): VerdictResult {
  const missing = noData(input);
  const { before, after, targetKind, targetValue } = input;
  if (missing) {
    const delta = before.score !== null && after.score !== null ? after.score - before.score : null;
    return { verdict: ActionStatus.NO_DATA, delta, significant: null, reason: missing };
  }
  if (input.isMetric) {
    const delta = after.value! - before.value!;
    const reached = input.higherIsBetter === false ? after.value! <= targetValue : after.value! >= targetValue;
    return {
      verdict: reached ? ActionStatus.MET : ActionStatus.NOT_MET,
      delta,
      significant: null,
      reason: `The value is ${after.value} against a target of ${targetValue} (it was ${before.value}).`,
    };
  }
  const delta = after.score! - before.score!;
  const significant = isSignificant(delta, before.se, after.se);
  const reached =
    targetKind === TargetKind.SCORE_RISE ? delta >= targetValue : Math.round(after.score! * 10) / 10 >= targetValue;
  const wanted =
    targetKind === TargetKind.SCORE_RISE ? `a rise of ${fmt(targetValue)} points` : `a score of ${fmt(targetValue)}`;
  const now = `${fmt(before.score!)} → ${fmt(after.score!)} (Δ ${delta >= 0 ? '+' : ''}${fmt(delta)})`;
  if (!reached) return { verdict: ActionStatus.NOT_MET, delta, significant, reason: `${now}: short of ${wanted}.` };
  if (input.requireSignificant && !(significant && delta > 0))
    return {
      verdict: ActionStatus.NOT_MET,
      delta,
      significant,
      reason: `${now}: ${wanted} reached, but the rise is not significant.`,
    };
  return { verdict: ActionStatus.MET, delta, significant, reason: `${now}: ${wanted} reached.` };
}
