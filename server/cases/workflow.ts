import { CasePriority, CaseState, CaseStep } from './case.enums.js';
import type { PriorityDays } from './case-category.entity.js';

const S = CaseState;
const HANDLING = [S.TRANSFERRED, S.INVESTIGATING, S.RESOLVED];

/** The moves of the workflow (docs/cases.md): anything else is refused with the allowed ones named. */
export const TRANSITIONS: Record<CaseState, readonly CaseState[]> = {
  [S.RECEIVED]: [S.ACKNOWLEDGED],
  [S.ACKNOWLEDGED]: [S.ACCEPTED, S.REJECTED],
  [S.ACCEPTED]: [S.ASSIGNED],
  [S.ASSIGNED]: HANDLING,
  [S.TRANSFERRED]: [S.ASSIGNED, S.TRANSFERRED],
  [S.INVESTIGATING]: [S.TRANSFERRED, S.RESOLVED],
  [S.RESOLVED]: [S.CLOSED, S.INVESTIGATING],
  [S.CLOSED]: [S.REOPENED],
  [S.REJECTED]: [S.REOPENED],
  [S.REOPENED]: [S.ASSIGNED, ...HANDLING],
};

/** Why `from → to` is not a move, or null when it is. */
export function transitionProblem(from: CaseState, to: CaseState): string | null {
  const allowed = TRANSITIONS[from];
  if (allowed.includes(to)) return null;
  return (
    `A case that is ${from} cannot become ${to}` +
    (allowed.length ? `; from ${from} it can become ${allowed.join(' or ')}.` : '.')
  );
}

/** Deadlines when a case has no category, or its category leaves them out (acknowledge 1, resolve 5). */
export const DEFAULT_DAYS: { acknowledge: PriorityDays; resolve: PriorityDays } = {
  acknowledge: { LOW: 2, NORMAL: 1, HIGH: 1, URGENT: 0 },
  resolve: { LOW: 10, NORMAL: 5, HIGH: 3, URGENT: 1 },
};

export const daysFor = (days: PriorityDays, priority: CasePriority): number => days[priority];

/** The step a case is measured against in `state`, or null once it needs nothing more from staff. */
export function currentStep(state: CaseState): CaseStep | null {
  if (state === S.RECEIVED) return CaseStep.ACKNOWLEDGE;
  if (state === S.RESOLVED || state === S.CLOSED || state === S.REJECTED) return null;
  return CaseStep.RESOLVE;
}

/**
 * The escalation levels due `hoursLate` hours after the due time, given the hours at which each
 * level fires (the organisation's rules, case-settings.entity.ts): 1 the owner, 2 the unit
 * manager, 3 the parent unit's manager.
 */
export function levelsDue(hoursLate: number, hours: readonly number[]): number[] {
  return hours.flatMap((h, i) => (hoursLate >= h ? [i + 1] : []));
}

/** Whether a state is open (counts in the inbox as something to do). */
export const isOpen = (state: CaseState) => ![S.CLOSED, S.REJECTED].includes(state);
