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

/**
 * Why a re-check came out as it did, as a code: the stored verdict keeps it with its numbers, and each reader's
 * page (and each manager's e-mail) writes the sentence in their own language. `reason` stays the English one.
 */
export enum RecheckReason {
  NO_INDICATOR = 'NO_INDICATOR',
  FEW_BEFORE = 'FEW_BEFORE',
  FEW_AFTER = 'FEW_AFTER',
  NO_VALUE_BEFORE = 'NO_VALUE_BEFORE',
  NO_VALUE_AFTER = 'NO_VALUE_AFTER',
  METRIC_REACHED = 'METRIC_REACHED',
  METRIC_SHORT = 'METRIC_SHORT',
  TARGET_REACHED = 'TARGET_REACHED',
  SHORT_OF_TARGET = 'SHORT_OF_TARGET',
  NOT_SIGNIFICANT = 'NOT_SIGNIFICANT',
}

export interface VerdictResult {
  verdict: Verdict;
  delta: number | null;
  significant: boolean | null;
  reasonCode: RecheckReason;
  reason: string;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** Significance of a change (design.md §4): |Δ| > 1.96·√(SE₁² + SE₂²); null without both standard errors. */
export function isSignificant(delta: number, se1: number | null, se2: number | null): boolean | null {
  if (se1 === null || se2 === null) return null;
  return Math.abs(delta) > 1.96 * Math.sqrt(se1 ** 2 + se2 ** 2);
}

type Missing = { code: RecheckReason; reason: string };

function noData(input: VerdictInput): Missing | null {
  const { before, after, minResponses, isMetric } = input;
  if (isMetric) {
    if (before.value === null)
      return { code: RecheckReason.NO_VALUE_BEFORE, reason: 'No value of the metric in the period before the action.' };
    if (after.value === null)
      return { code: RecheckReason.NO_VALUE_AFTER, reason: 'No value of the metric over the re-check period.' };
    return null;
  }
  if (before.n < minResponses || before.score === null)
    return {
      code: RecheckReason.FEW_BEFORE,
      reason: `Only ${before.n} responses before the action; the model needs ${minResponses}.`,
    };
  if (after.n < minResponses || after.score === null)
    return {
      code: RecheckReason.FEW_AFTER,
      reason: `Only ${after.n} responses over the re-check period; the model needs ${minResponses}.`,
    };
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
    return {
      verdict: ActionStatus.NO_DATA,
      delta,
      significant: null,
      reasonCode: missing.code,
      reason: missing.reason,
    };
  }
  if (input.isMetric) {
    const delta = after.value! - before.value!;
    const reached = input.higherIsBetter === false ? after.value! <= targetValue : after.value! >= targetValue;
    return {
      verdict: reached ? ActionStatus.MET : ActionStatus.NOT_MET,
      delta,
      significant: null,
      reasonCode: reached ? RecheckReason.METRIC_REACHED : RecheckReason.METRIC_SHORT,
      reason: `The value is ${after.value}, ${reached ? 'reaching' : 'short of'} the target of ${targetValue} (it was ${before.value}).`,
    };
  }
  const delta = after.score! - before.score!;
  const significant = isSignificant(delta, before.se, after.se);
  const reached =
    targetKind === TargetKind.SCORE_RISE ? delta >= targetValue : Math.round(after.score! * 10) / 10 >= targetValue;
  const wanted =
    targetKind === TargetKind.SCORE_RISE ? `a rise of ${fmt(targetValue)} points` : `a score of ${fmt(targetValue)}`;
  const now = `${fmt(before.score!)} → ${fmt(after.score!)} (Δ ${delta >= 0 ? '+' : ''}${fmt(delta)})`;
  if (!reached)
    return {
      verdict: ActionStatus.NOT_MET,
      delta,
      significant,
      reasonCode: RecheckReason.SHORT_OF_TARGET,
      reason: `${now}: short of ${wanted}.`,
    };
  if (input.requireSignificant && !(significant && delta > 0))
    return {
      verdict: ActionStatus.NOT_MET,
      delta,
      significant,
      reasonCode: RecheckReason.NOT_SIGNIFICANT,
      reason: `${now}: ${wanted} reached, but the rise is not significant.`,
    };
  return {
    verdict: ActionStatus.MET,
    delta,
    significant,
    reasonCode: RecheckReason.TARGET_REACHED,
    reason: `${now}: ${wanted} reached.`,
  };
}
