/** The stored shape of a report's content as the page reads it (server/reports/report-content.ts). */
export interface ReportContentView {
  organization: { name: string };
  unit: { id: string; name: string; code: string };
  period: { kind: string; start: string; end: string; label: string };
  responseCount: number;
  withheldReason: string | null;
  index: { score: number | null; band: string | null; ci95: number | null; n: number };
  siblings: {
    parentName: string;
    entries: {
      unitId: string;
      name: string;
      rank: number | null;
      score: number | null;
      n: number;
      insufficient: boolean;
      self: boolean;
    }[];
  } | null;
  trend: { label: string; score: number | null; n: number; delta: number | null; significant: boolean }[];
  nodes: {
    key: string;
    depth: number;
    label: string;
    score: number | null;
    ci95: number | null;
    n: number;
    lostPoints: number | null;
  }[];
  lostPoints: {
    key: string;
    label: string;
    score: number | null;
    lostPoints: number;
    lowComments: string[];
    answers: { question: string; title: string; answer: string; lowShare: number; highShare: number }[];
  }[];
  comments: { top: string[]; bottom: string[] };
  metrics: { key: string; label: string; value: number | null; score: number | null }[];
  cases?: {
    received: number;
    accepted: number;
    resolved: number;
    resolvedOnTime: number;
    reopened: number;
    followUpsAnswered: number;
    satisfied: number;
  } | null;
  actions?: { opened: number; due: number; metOnTime: number; notMet: number; overdue: number } | null;
}
