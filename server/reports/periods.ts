import { badInput } from '../graphql/errors.js';
import { ReportPeriodKind } from './report.entity.js';

const MONTHS: Record<ReportPeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** Adds whole months to a first-of-month date (YYYY-MM-01). */
export function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** Refuses a start that does not begin a period of its kind (2026-07-01 for Q3, 2026-01-01 for a year). */
export function checkPeriodStart(kind: ReportPeriodKind, start: string): void {
  const match = /^(\d{4})-(\d{2})-01$/.exec(start);
  const month = match ? Number(match[2]) : 0;
  const ok = match && month >= 1 && month <= 12 && (month - 1) % MONTHS[kind] === 0;
  if (!ok)
    throw badInput(
      `"${start}" does not start a ${kind.toLowerCase()}: give its first day, such as 2026-07-01 for the third quarter.`,
      { field: 'periodStart' },
    );
}

export const periodEnd = (kind: ReportPeriodKind, start: string) => addMonths(start, MONTHS[kind]);
export const previousPeriod = (kind: ReportPeriodKind, start: string, back = 1) =>
  addMonths(start, -MONTHS[kind] * back);

/** 2026-07, 2026-Q3, 2026. */
export function periodLabel(kind: ReportPeriodKind, start: string): string {
  const [y, m] = start.split('-');
  if (kind === ReportPeriodKind.YEAR) return y;
  if (kind === ReportPeriodKind.QUARTER) return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
  return `${y}-${m}`;
}

/** The period of `kind` that ended last before `today` (YYYY-MM-DD). */
export function lastClosedPeriod(kind: ReportPeriodKind, today: string): string {
  const [y, m] = today.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1);
  const currentStart = monthIndex - (monthIndex % MONTHS[kind]);
  return addMonths(
    `${Math.floor(currentStart / 12)}-${String((currentStart % 12) + 1).padStart(2, '0')}-01`,
    -MONTHS[kind],
  );
}
