import { registerEnumType } from 'type-graphql';

export enum CaseOrigin {
  COMPLAINT = 'COMPLAINT',
  ALERT = 'ALERT',
}
registerEnumType(CaseOrigin, {
  name: 'CaseOrigin',
  description: 'Where a case comes from.',
  valuesConfig: {
    COMPLAINT: { description: 'A client’s complaint (hotline, form, e-mail, counter, letter, referral, API).' },
    ALERT: { description: 'Opened by an alert rule on a response (a low score, a chosen answer, a keyword…).' },
  },
});

/** The workflow (ISO 10002 and Qualtrics tickets as the anchors); see workflow.ts for the moves. */
export enum CaseState {
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ASSIGNED = 'ASSIGNED',
  TRANSFERRED = 'TRANSFERRED',
  INVESTIGATING = 'INVESTIGATING',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
registerEnumType(CaseState, {
  name: 'CaseState',
  description: 'Where a case is in its handling.',
  valuesConfig: {
    RECEIVED: { description: 'Registered; the client has not been told yet.' },
    ACKNOWLEDGED: { description: 'The client was told, with the reference, that the complaint arrived.' },
    ACCEPTED: { description: 'Found valid: it will be handled.' },
    REJECTED: { description: 'Found invalid, with the reason the client is told. Final unless reopened.' },
    ASSIGNED: { description: 'Given to a unit and an owner who handle it.' },
    TRANSFERRED: { description: 'Moved to another unit (the history stays); it waits for its new owner.' },
    INVESTIGATING: { description: 'The owner is investigating and verifying; notes are added.' },
    RESOLVED: { description: 'Resolved: the resolution, responsibility and what was agreed are recorded.' },
    CLOSED: { description: 'Closed: the follow-up survey of satisfaction with the handling is scheduled.' },
    REOPENED: { description: 'Reopened because the client disputes the outcome; handled again.' },
  },
});

export enum CasePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(CasePriority, {
  name: 'CasePriority',
  description: 'How urgent a case is; deadlines are set per category and priority.',
  valuesConfig: {
    LOW: { description: 'Can wait longer than usual.' },
    NORMAL: { description: 'The usual deadlines.' },
    HIGH: { description: 'Shorter deadlines.' },
    URGENT: { description: 'The shortest deadlines (e.g. the same day).' },
  },
});

export enum CaseChannel {
  PHONE_HOTLINE = 'PHONE_HOTLINE',
  ONLINE_FORM = 'ONLINE_FORM',
  EMAIL = 'EMAIL',
  COUNTER = 'COUNTER',
  LETTER = 'LETTER',
  REGULATOR_REFERRAL = 'REGULATOR_REFERRAL',
  OTHER_SYSTEM = 'OTHER_SYSTEM',
  SURVEY_ALERT = 'SURVEY_ALERT',
}
registerEnumType(CaseChannel, {
  name: 'CaseChannel',
  description: 'How a case came in.',
  valuesConfig: {
    PHONE_HOTLINE: { description: 'The complaint hotline (operator entry).' },
    ONLINE_FORM: { description: 'The public complaint form of a unit.' },
    EMAIL: { description: 'The complaint mailbox.' },
    COUNTER: { description: 'In person at a counter.' },
    LETTER: { description: 'By post.' },
    REGULATOR_REFERRAL: { description: 'Referred by a regulator or supervisor.' },
    OTHER_SYSTEM: { description: 'Sent by another system through the API or webhook.' },
    SURVEY_ALERT: { description: 'Opened by an alert rule on a survey response.' },
  },
});

export enum Responsibility {
  UNIT = 'UNIT',
  STAFF = 'STAFF',
  NONE = 'NONE',
}
registerEnumType(Responsibility, {
  name: 'Responsibility',
  description: 'Who the investigation found responsible.',
  valuesConfig: {
    UNIT: { description: 'The unit (its processes, premises, rules).' },
    STAFF: { description: 'A member of staff.' },
    NONE: { description: 'Nobody: the complaint was not founded.' },
  },
});

/** The step whose deadline a case is measured against, and escalated on. */
export enum CaseStep {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  RESOLVE = 'RESOLVE',
}
registerEnumType(CaseStep, {
  name: 'CaseStep',
  description: 'A step with its own deadline.',
  valuesConfig: {
    ACKNOWLEDGE: { description: 'Telling the client the complaint arrived.' },
    RESOLVE: { description: 'Resolving the case.' },
  },
});
