import type { ReportPeriodKind } from '../gql/graphql';
import { LOCALES } from '../i18n';

export const PERIOD_KINDS: ReportPeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];
const MONTHS: Record<ReportPeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** 2026-07, 2026-Q3, 2026: the server's period labels (server/reports/periods.ts). */
export function periodLabel(kind: ReportPeriodKind, start: string): string {
  const [y, m] = start.split('-').map(Number);
  if (kind === 'YEAR') return String(y);
  if (kind === 'QUARTER') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  return start.slice(0, 7);
}

/** The first days of the current period of a kind and the `count − 1` before it, newest first. */
export function recentPeriods(kind: ReportPeriodKind, today: Date, count: number): string[] {
  const step = MONTHS[kind];
  const now = today.getFullYear() * 12 + today.getMonth();
  const current = now - (now % step);
  return Array.from({ length: count }, (_, i) => {
    const total = current - step * i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  });
}

/** A date-time in the person's language, or a dash. */
export const when = (iso: string | null | undefined, locale: string) =>
  iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/** A score to one decimal, or a dash. */
export const num = (x: unknown, digits = 1) => (typeof x === 'number' ? x.toFixed(digits) : '—');

/** A report language's own name (English, 简体中文, Українська). */
export const languageName = (code: string) => LOCALES.find((l) => l.code === code)?.name ?? code;
