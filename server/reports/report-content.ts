/**
 * What a report says, as stored: every number copied from the results module's answers when the
 * report is generated, so an issued report shows exactly what it showed when it was issued.
 */
export interface ContentNode {
  key: string;
  parentKey: string | null;
  depth: number;
  kind: string;
  label: string;
  score: number | null;
  value: number | null;
  n: number;
  ci95: number | null;
  band: string | null;
  target: number | null;
  lostPoints: number | null;
}

export interface SiblingEntry {
  unitId: string;
  name: string;
  rank: number | null;
  score: number | null;
  n: number;
  insufficient: boolean;
  self: boolean;
}

export interface TrendPoint {
  label: string;
  start: string;
  score: number | null;
  n: number;
  delta: number | null;
  significant: boolean;
}

export interface AnswerDifference {
  question: string;
  title: string;
  answer: string;
  /** Share among respondents who scored the item low (bottom two scale points), 0–1. */
  lowShare: number;
  highShare: number;
}

export interface LostPointItem {
  key: string;
  label: string;
  score: number | null;
  lostPoints: number;
  lowComments: string[];
  answers: AnswerDifference[];
}

/** Complaints received in the period by the unit's subtree (the cases module's caseStatistics). */
export interface CasesSummary {
  received: number;
  accepted: number;
  resolved: number;
  resolvedOnTime: number;
  reopened: number;
  /** Follow-up surveys answered, and how many of those were satisfied with the handling. */
  followUpsAnswered: number;
  satisfied: number;
}

/** Rectification actions of the unit's subtree (the actions module's actionSummary). */
export interface ActionsSummary {
  /** Opened in the period. */
  opened: number;
  /** Due in the period, and of those: met on time, judged not met, overdue. */
  due: number;
  metOnTime: number;
  notMet: number;
  overdue: number;
}

export interface ReportContent {
  organization: { name: string; logoDataUrl: string | null };
  unit: { id: string; name: string; code: string };
  period: { kind: string; start: string; end: string; label: string };
  model: { id: string; version: number };
  generatedAt: string;
  responseCount: number;
  withheldReason: string | null;
  index: { score: number | null; band: string | null; ci95: number | null; n: number; target: number | null };
  siblings: { parentName: string; entries: SiblingEntry[] } | null;
  trend: TrendPoint[];
  nodes: ContentNode[];
  lostPoints: LostPointItem[];
  comments: { top: string[]; bottom: string[] };
  /** Administrative statistics: the model's METRIC leaves. */
  metrics: { key: string; label: string; value: number | null; score: number | null }[];
  /** Present only when the subtree received complaints in the period (absent in reports made before). */
  cases?: CasesSummary | null;
  /** Present only when actions were opened or due in the period. */
  actions?: ActionsSummary | null;
}
