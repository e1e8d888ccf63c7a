/** A re-check's reason in the reader's language, written from its code and stored numbers (docs/actions.md). */

export interface ReasonFacts {
  reasonCode?: string | null;
  reason: string;
  beforeScore?: number | null;
  afterScore?: number | null;
  beforeValue?: number | null;
  afterValue?: number | null;
  beforeN: number;
  afterN: number;
  minResponses: number;
  delta?: number | null;
  targetKind?: string | null;
  targetValue?: number | null;
}

type T = (key: string, args?: Record<string, unknown>) => string;
/** One decimal, as format.ts's `one` (not imported: this file is also compiled by the server's tsconfig). */
const one = (x: number | null | undefined) =>
  x == null ? '—' : (Math.round((x + Number.EPSILON) * 10) / 10).toFixed(1);
const raw = (x: number | null | undefined) => (x == null ? '—' : String(x));

/**
 * The sentence for a re-check. Re-checks stored before reason codes existed have only the English sentence:
 * it is returned as it is (the page marks it lang="en").
 */
export function reasonText(t: T, r: ReasonFacts, action?: { targetKind: string; targetValue: number }): string {
  const code = r.reasonCode;
  if (!code) return r.reason;
  const kind = r.targetKind ?? action?.targetKind ?? 'SCORE_RISE';
  const target = r.targetValue ?? action?.targetValue ?? null;
  if (code === 'FEW_BEFORE') return t('actionReason.FEW_BEFORE', { n: r.beforeN, min: r.minResponses });
  if (code === 'FEW_AFTER') return t('actionReason.FEW_AFTER', { n: r.afterN, min: r.minResponses });
  if (code === 'METRIC_REACHED' || code === 'METRIC_SHORT')
    return t(`actionReason.${code}`, { before: raw(r.beforeValue), after: raw(r.afterValue), target: raw(target) });
  if (code === 'TARGET_REACHED' || code === 'SHORT_OF_TARGET' || code === 'NOT_SIGNIFICANT') {
    const delta = r.delta == null ? '—' : `${r.delta >= 0 ? '+' : ''}${one(r.delta)}`;
    const change = t('actionReason.change', { before: one(r.beforeScore), after: one(r.afterScore), delta });
    const wanted = t(`actionReason.wanted.${kind === 'SCORE_REACH' ? 'SCORE_REACH' : 'SCORE_RISE'}`, {
      value: one(target),
    });
    return t(`actionReason.${code}`, { change, wanted });
  }
  return t(`actionReason.${code}`);
}
