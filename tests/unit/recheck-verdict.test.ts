import { describe, expect, it } from 'vitest';
import { ActionStatus, TargetKind } from '../../server/actions/action-status.js';
import { isSignificant, judge, type Side } from '../../server/actions/recheck-verdict.js';

const side = (score: number | null, n: number, se: number | null, value: number | null = null): Side => ({
  score,
  value,
  n,
  se,
  ci95: se === null ? null : 1.96 * se,
});
const base = { requireSignificant: false, minResponses: 3, isMetric: false } as const;

describe('re-check verdict (design.md §4 comparisons)', () => {
  it('a rise of 58.3 points with se 8.33 each side is significant: 58.3 > 1.96·√(2·8.33²) = 23.1', () => {
    const r = judge({
      ...base,
      before: side(100 / 3, 3, 25 / 3),
      after: side(275 / 3, 3, 25 / 3),
      targetKind: TargetKind.SCORE_RISE,
      targetValue: 20,
      requireSignificant: true,
    });
    expect(r.verdict).toBe(ActionStatus.MET);
    expect(r.delta).toBeCloseTo(175 / 3, 9);
    expect(r.significant).toBe(true);
  });

  it('a rise that reaches the target but is within the noise is NOT_MET when significance is asked', () => {
    // Δ = 10, threshold 1.96·√(2·10²) = 27.7: not significant.
    const input = { ...base, before: side(50, 5, 10), after: side(60, 5, 10), targetKind: TargetKind.SCORE_RISE };
    expect(judge({ ...input, targetValue: 10, requireSignificant: true }).verdict).toBe(ActionStatus.NOT_MET);
    expect(judge({ ...input, targetValue: 10 }).verdict).toBe(ActionStatus.MET);
    expect(judge({ ...input, targetValue: 10.5 }).verdict).toBe(ActionStatus.NOT_MET);
  });

  it('a score to reach is compared as shown, rounded to one decimal', () => {
    const input = { ...base, before: side(70, 5, 3), targetKind: TargetKind.SCORE_REACH, targetValue: 80 };
    expect(judge({ ...input, after: side(79.96, 5, 3) }).verdict).toBe(ActionStatus.MET); // shows as 80.0
    expect(judge({ ...input, after: side(79.94, 5, 3) }).verdict).toBe(ActionStatus.NOT_MET); // shows as 79.9
  });

  it('NO_DATA when either side has fewer responses than the model minimum', () => {
    const input = { ...base, targetKind: TargetKind.SCORE_RISE, targetValue: 5 };
    expect(judge({ ...input, before: side(50, 2, 10), after: side(90, 30, 1) }).verdict).toBe(ActionStatus.NO_DATA);
    expect(judge({ ...input, before: side(50, 3, 10), after: side(90, 2, 1) }).verdict).toBe(ActionStatus.NO_DATA);
    expect(judge({ ...input, before: side(50, 3, 10), after: side(90, 3, 1) }).verdict).toBe(ActionStatus.MET);
  });

  it('a METRIC value is judged in the metric’s direction', () => {
    const input = {
      ...base,
      isMetric: true,
      targetKind: TargetKind.METRIC_VALUE,
      targetValue: 0.02,
      before: side(null, 0, null, 0.05),
    };
    expect(judge({ ...input, after: side(null, 0, null, 0.015), higherIsBetter: false }).verdict).toBe(
      ActionStatus.MET,
    );
    expect(judge({ ...input, after: side(null, 0, null, 0.03), higherIsBetter: false }).verdict).toBe(
      ActionStatus.NOT_MET,
    );
    expect(judge({ ...input, after: side(null, 0, null, null), higherIsBetter: false }).verdict).toBe(
      ActionStatus.NO_DATA,
    );
  });

  it('significance needs both standard errors', () => {
    expect(isSignificant(30, null, 5)).toBeNull();
    expect(isSignificant(-30, 5, 5)).toBe(true); // 30 > 1.96·√50 = 13.9
  });
});
