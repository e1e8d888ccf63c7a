import { registerEnumType } from 'type-graphql';
import { conflict } from '../graphql/errors.js';

/** Where an action stands: OPEN → IN_PROGRESS → SUBMITTED → MET | NOT_MET | NO_DATA → CLOSED, or CANCELLED. */
export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum ActionSourceKind {
  RANKING = 'RANKING',
  LOST_POINTS = 'LOST_POINTS',
  DASHBOARD_INDICATOR = 'DASHBOARD_INDICATOR',
  DASHBOARD_QUESTION = 'DASHBOARD_QUESTION',
  CASE = 'CASE',
  INSPECTION = 'INSPECTION',
  ACTION = 'ACTION',
  MANUAL = 'MANUAL',
}

export enum TargetKind {
  SCORE_REACH = 'SCORE_REACH',
  SCORE_RISE = 'SCORE_RISE',
  METRIC_VALUE = 'METRIC_VALUE',
}

export type Verdict = ActionStatus.MET | ActionStatus.NOT_MET | ActionStatus.NO_DATA;

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Where a rectification action stands.',
  valuesConfig: {
    OPEN: { description: 'Opened; work has not started.' },
    IN_PROGRESS: { description: 'Being worked on: progress notes and evidence are added.' },
    SUBMITTED: { description: 'Reported done by the responsible person; waiting for its re-check.' },
    MET: { description: 'Re-checked: the target was reached (and the rise significant where asked).' },
    NOT_MET: { description: 'Re-checked: the target was not reached.' },
    NO_DATA: { description: "Re-checked: too few responses on either side (below the model's minimum)." },
    CLOSED: { description: 'Closed after its verdict.' },
    CANCELLED: { description: 'Cancelled, with a reason.' },
  },
});
registerEnumType(ActionSourceKind, {
  name: 'ActionSourceKind',
  description: 'Where an action was opened from.',
  valuesConfig: {
    RANKING: { description: 'A row of a ranking (unit × index or indicator).' },
    LOST_POINTS: { description: 'A row of the lost-points view (unit × indicator).' },
    DASHBOARD_INDICATOR: { description: "A unit's dashboard, one indicator." },
    DASHBOARD_QUESTION: { description: "A unit's dashboard, one question." },
    CASE: { description: 'A complaint or alert case (sourceId is the case id).' },
    INSPECTION: {
      description: 'An inspection non-conformity (sourceId is "<visit revision id>:<finding number from 0>").',
    },
    ACTION: { description: 'An earlier action that was not met (a follow-up).' },
    MANUAL: { description: 'Opened by hand.' },
  },
});
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: 'What a re-check judges an action against.',
  valuesConfig: {
    SCORE_REACH: { description: 'The indicator score (0–100) must reach targetValue.' },
    SCORE_RISE: { description: 'The indicator score must rise by at least targetValue points.' },
    METRIC_VALUE: { description: "A METRIC indicator's value must reach targetValue (in the metric's direction)." },
  },
});

/** The moves a person may make; re-check verdicts are set by the re-check alone. */
const MOVES: Record<string, ActionStatus[]> = {
  [ActionStatus.OPEN]: [ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED],
  [ActionStatus.IN_PROGRESS]: [ActionStatus.SUBMITTED, ActionStatus.CANCELLED],
  [ActionStatus.SUBMITTED]: [ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED],
  [ActionStatus.MET]: [ActionStatus.CLOSED],
  [ActionStatus.NOT_MET]: [ActionStatus.CLOSED],
  [ActionStatus.NO_DATA]: [ActionStatus.CLOSED, ActionStatus.CANCELLED],
  [ActionStatus.CLOSED]: [],
  [ActionStatus.CANCELLED]: [],
};

/** States a re-check may start from: before a verdict, or again after NO_DATA (more data may have come). */
export const RECHECKABLE = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.SUBMITTED, ActionStatus.NO_DATA];

/** States in which progress notes and evidence may be added. */
export const WORKING = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS];

export const isFinal = (s: ActionStatus) => s === ActionStatus.CLOSED || s === ActionStatus.CANCELLED;

/** Refuses a move the workflow does not allow, saying which moves are possible. */
export function requireMove(from: ActionStatus, to: ActionStatus): void {
  if (MOVES[from].includes(to)) return;
  const allowed = MOVES[from];
  throw conflict(
    `An action that is ${from} cannot become ${to}: ` +
      (allowed.length ? `from ${from} it can only become ${allowed.join(' or ')}.` : `${from} is final.`),
    { from, to },
  );
}
