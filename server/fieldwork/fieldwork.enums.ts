import { registerEnumType } from 'type-graphql';

/** Who an inspector is: the organisation's own staff, or one of the external supervisors of domain.md. */
export enum InspectorCategory {
  STAFF = 'STAFF',
  CONSUMER_REPRESENTATIVE = 'CONSUMER_REPRESENTATIVE',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  PROFESSIONAL = 'PROFESSIONAL',
  LAWYER = 'LAWYER',
  JOURNALIST = 'JOURNALIST',
  MYSTERY_SHOPPER = 'MYSTERY_SHOPPER',
}
registerEnumType(InspectorCategory, {
  name: 'InspectorCategory',
  description: 'Who an inspector is: internal staff or an external supervisor.',
  valuesConfig: {
    STAFF: { description: "The organisation's own staff (self- or cross-inspection)." },
    CONSUMER_REPRESENTATIVE: { description: 'An external consumer representative.' },
    CIVIL_SERVANT: { description: 'An external civil servant.' },
    PROFESSIONAL: { description: 'An external professional of the trade.' },
    LAWYER: { description: 'An external lawyer.' },
    JOURNALIST: { description: 'An external journalist.' },
    MYSTERY_SHOPPER: { description: 'A third-party mystery shopper.' },
  },
});

/** The post of a staff member (domain.md: indicators are linked to the posts and people responsible). */
export enum StaffPost {
  COUNTER_CLERK = 'COUNTER_CLERK',
  CLAIMS_ADJUSTER = 'CLAIMS_ADJUSTER',
  CALL_CENTRE_AGENT = 'CALL_CENTRE_AGENT',
  MANAGER = 'MANAGER',
  OTHER = 'OTHER',
}
registerEnumType(StaffPost, {
  name: 'StaffPost',
  description: 'The post a staff member holds at their unit.',
  valuesConfig: {
    COUNTER_CLERK: { description: 'Serves clients at the counter.' },
    CLAIMS_ADJUSTER: { description: 'Handles claims.' },
    CALL_CENTRE_AGENT: { description: 'Answers the phone in the call centre.' },
    MANAGER: { description: 'Manages the unit or a team in it.' },
    OTHER: { description: 'Any other post.' },
  },
});

/** What a plan's visits are for. */
export enum PlanPurpose {
  INSPECTION = 'INSPECTION',
  KEY_CLIENT = 'KEY_CLIENT',
}
registerEnumType(PlanPurpose, {
  name: 'PlanPurpose',
  description: 'Whether a plan inspects units or visits key clients.',
  valuesConfig: {
    INSPECTION: { description: 'Visits inspect units (outlets, counters, call centres).' },
    KEY_CLIENT: { description: 'Visits call on key clients of the units.' },
  },
});

/** How often a plan repeats between its start and end. */
export enum PlanFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}
registerEnumType(PlanFrequency, {
  name: 'PlanFrequency',
  description: 'How often a plan repeats; each occurrence gives one assignment per unit or key client.',
  valuesConfig: {
    WEEKLY: { description: 'Every 7 days from the start date.' },
    MONTHLY: { description: 'The same day of every month from the start date.' },
    QUARTERLY: { description: 'The same day every three months from the start date.' },
  },
});

/** Where an assignment stands against its plan on a given day. */
export enum AssignmentStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  OVERDUE = 'OVERDUE',
  MISSED = 'MISSED',
}
registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  description: 'Where an assignment stands on a given day (docs/fieldwork.md, Progress).',
  valuesConfig: {
    OPEN: { description: 'Not visited yet, and not yet due.' },
    DONE: { description: 'A visit was submitted for it.' },
    OVERDUE: { description: 'Past its due date without a visit, while the plan still runs.' },
    MISSED: { description: 'Past its due date without a visit, and the plan has ended.' },
  },
});

/** How serious a non-conformity is. */
export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(Severity, {
  name: 'Severity',
  description: 'How serious a non-conformity found on a visit is.',
  valuesConfig: {
    LOW: { description: 'Minor: note and correct in the normal course.' },
    MEDIUM: { description: 'To correct within the period.' },
    HIGH: { description: 'Serious: to follow up at once (a case or rectification action once those exist).' },
  },
});

/** Whether a key client is an enterprise or a person. */
export enum KeyClientKind {
  ENTERPRISE = 'ENTERPRISE',
  PERSON = 'PERSON',
}
registerEnumType(KeyClientKind, {
  name: 'KeyClientKind',
  description: 'Whether a key client is an enterprise or a person.',
  valuesConfig: {
    ENTERPRISE: { description: 'An enterprise or other organisation.' },
    PERSON: { description: 'A natural person.' },
  },
});

/** What a staff breakdown groups by. */
export enum StaffBreakdownBy {
  POST = 'POST',
  STAFF_MEMBER = 'STAFF_MEMBER',
}
registerEnumType(StaffBreakdownBy, {
  name: 'StaffBreakdownBy',
  description: 'Group a staff breakdown by post or by staff member.',
  valuesConfig: {
    POST: { description: 'One row per post.' },
    STAFF_MEMBER: { description: 'One row per staff member.' },
  },
});
