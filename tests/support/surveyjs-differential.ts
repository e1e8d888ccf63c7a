import type { PlanResult } from '../../server/responses/validation-plan.js';
import type { RecordedSet } from './surveyjs-corpus.js';

export type Finding = 'false refusal' | 'false acceptance' | 'stored difference';

export interface Discrepancy {
  file: string;
  label: string;
  finding: Finding;
  detail: string;
}

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/**
 * Compares Barometer's judgement of one answer set with survey-core's. A set no runner can make
 * (`offDomain`) may be refused by Barometer's documented additions; otherwise the verdicts must be
 * equal, and an accepted response must be stored exactly as survey-core's data at completion.
 */
export function compare(file: string, set: RecordedSet, ours: PlanResult): Discrepancy | null {
  const refused = ours.problems.length > 0;
  const say = (finding: Finding, detail: string) => ({ file, label: set.label, finding, detail });
  if (refused && set.offDomain) return null;
  if (refused && set.verdict.accepted)
    return say('false refusal', ours.problems.map((p) => `${p.question}: ${p.message}`).join('; '));
  if (!refused && !set.verdict.accepted)
    return say('false acceptance', `survey-core: ${set.verdict.errors.join(', ')}`);
  if (!refused && canonical(ours.answers) !== canonical(set.verdict.storedData)) {
    return say(
      'stored difference',
      `ours ${canonical(ours.answers)} vs survey-core ${canonical(set.verdict.storedData)}`,
    );
  }
  return null;
}

export function tally(found: Discrepancy[]): Record<Finding, number> {
  const counts: Record<Finding, number> = { 'false refusal': 0, 'false acceptance': 0, 'stored difference': 0 };
  for (const d of found) counts[d.finding]++;
  return counts;
}
