import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { ActionStatus, TargetKind } from '../../server/actions/action-status.js';
import { judge, RecheckReason, type Side, type VerdictInput } from '../../server/actions/recheck-verdict.js';
import { reasonText } from '../../web/src/actions/reason.js';
import { messages } from '../../web/src/messages/index.js';

const i18n = createI18n({ legacy: false, locale: 'en', fallbackLocale: 'en', messages });
const t = (locale: 'en' | 'zh-CN' | 'uk') => (key: string, args?: Record<string, unknown>) =>
  i18n.global.t(key, args ?? {}, { locale });
const side = (score: number | null, n: number, se: number | null, value: number | null = null): Side => ({
  score,
  value,
  n,
  se,
  ci95: se === null ? null : 1.96 * se,
});
const base = { requireSignificant: false, minResponses: 3, isMetric: false } as const;

/** The verdict as the server stores it: the code, the numbers and the target, as the page reads them. */
function stored(input: VerdictInput) {
  const r = judge(input);
  return {
    verdict: r.verdict,
    reasonCode: r.reasonCode,
    reason: r.reason,
    beforeScore: input.before.score,
    afterScore: input.after.score,
    beforeValue: input.before.value,
    afterValue: input.after.value,
    beforeN: input.before.n,
    afterN: input.after.n,
    minResponses: input.minResponses,
    delta: r.delta,
    targetKind: input.targetKind,
    targetValue: input.targetValue,
  };
}

// One input per reason code. B of the escalation test: 33.3 → 41.7 (Δ +8.3), target a rise of 20.
const CASES: [RecheckReason, VerdictInput][] = [
  [
    RecheckReason.SHORT_OF_TARGET,
    {
      ...base,
      before: side(100 / 3, 3, 5),
      after: side(125 / 3, 3, 5),
      targetKind: TargetKind.SCORE_RISE,
      targetValue: 20,
    },
  ],
  [
    RecheckReason.NOT_SIGNIFICANT,
    {
      ...base,
      requireSignificant: true,
      before: side(50, 5, 10),
      after: side(60, 5, 10),
      targetKind: TargetKind.SCORE_RISE,
      targetValue: 10,
    },
  ],
  [
    RecheckReason.TARGET_REACHED,
    { ...base, before: side(70, 5, 3), after: side(80, 5, 3), targetKind: TargetKind.SCORE_REACH, targetValue: 80 },
  ],
  [
    RecheckReason.FEW_BEFORE,
    { ...base, before: side(50, 2, 10), after: side(90, 30, 1), targetKind: TargetKind.SCORE_RISE, targetValue: 5 },
  ],
  [
    RecheckReason.FEW_AFTER,
    { ...base, before: side(50, 3, 10), after: side(90, 2, 1), targetKind: TargetKind.SCORE_RISE, targetValue: 5 },
  ],
  ...(['METRIC_REACHED', 'METRIC_SHORT', 'NO_VALUE_BEFORE', 'NO_VALUE_AFTER'] as const).map(
    (code, i): [RecheckReason, VerdictInput] => [
      RecheckReason[code],
      {
        ...base,
        isMetric: true,
        higherIsBetter: false,
        targetKind: TargetKind.METRIC_VALUE,
        targetValue: 0.02,
        before: side(null, 0, null, i === 2 ? null : 0.05),
        after: side(null, 0, null, [0.015, 0.03, 0.01, null][i]),
      },
    ],
  ),
];

describe('re-check reasons in the reader’s language', () => {
  it('stores a code for every verdict, and the page’s English sentence is the server’s', () => {
    for (const [code, input] of CASES) {
      const r = stored(input);
      expect(r.reasonCode).toBe(code);
      expect(reasonText(t('en'), r)).toBe(r.reason);
    }
  });

  it('writes the sentence in Chinese and Ukrainian from the code and the numbers, with no English left', () => {
    const short = stored(CASES[0][1]);
    expect(short.verdict).toBe(ActionStatus.NOT_MET);
    expect(reasonText(t('zh-CN'), short)).toBe('33.3 → 41.7（Δ +8.3）：未达到提升 20.0 分的目标。');
    expect(reasonText(t('uk'), short)).toBe('33.3 → 41.7 (Δ +8.3): зростання на 20.0 бала не досягнуто.');
    const few = stored(CASES[3][1]);
    expect(reasonText(t('zh-CN'), few)).toBe('整改前仅有 2 份答卷，模型要求至少 3 份。');
    for (const [, input] of CASES)
      for (const locale of ['zh-CN', 'uk'] as const) {
        const text = reasonText(t(locale), stored(input));
        expect(text).not.toMatch(/\b(the|of|responses|value|short|reached|rise)\b/i);
        expect(text).not.toContain('actionReason.');
      }
  });

  it('falls back to the stored English sentence for a re-check made before reason codes', () => {
    const old = { ...stored(CASES[0][1]), reasonCode: null, reason: 'An old sentence.' };
    expect(reasonText(t('zh-CN'), old)).toBe('An old sentence.');
  });
});
