/**
 * Working days in the organisation's time zone: weekends (days not in `workingDays`) and listed
 * holidays are skipped. Pure functions, so deadlines are tested without a database.
 */
export interface WorkCalendar {
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  workingDays: number[];
  /** YYYY-MM-DD. */
  holidays: string[];
}

export const DEFAULT_CALENDAR: WorkCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: [] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Every problem of a calendar, each naming the value; empty when it is fine. */
export function calendarProblems(calendar: WorkCalendar): string[] {
  const problems: string[] = [];
  if (!calendar.workingDays.length) problems.push('A calendar needs at least one working day.');
  for (const d of calendar.workingDays)
    if (!Number.isInteger(d) || d < 1 || d > 7)
      problems.push(`Working day ${d} is not a weekday number (1 Monday … 7 Sunday).`);
  if (new Set(calendar.workingDays).size !== calendar.workingDays.length)
    problems.push('A working day is listed twice.');
  for (const h of calendar.holidays)
    if (!isDate(h)) problems.push(`Holiday "${h}" is not a date (YYYY-MM-DD, e.g. 2026-12-25).`);
  return problems;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a local date begins in a time zone (DST-aware). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let at = guess - offsetMs(new Date(guess), timeZone);
  at = guess - offsetMs(new Date(at), timeZone);
  return new Date(at);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  return calendar.workingDays.includes(weekday) && !calendar.holidays.includes(date);
}

/**
 * The follow-up deadline: the end of the N-th working day after the day of the event (N = 0:
 * the end of the event's own day), in the organisation's time zone. Returned as the instant
 * the next day begins (exclusive).
 */
export function deadlineAfter(occurredAt: Date, workingDays: number, calendar: WorkCalendar, timeZone: string): Date {
  let day = localDate(occurredAt, timeZone);
  let counted = 0;
  for (let guard = 0; counted < workingDays; guard++) {
    if (guard > 3660) throw new Error('The calendar has no working day within ten years.');
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return startOfLocalDay(addDays(day, 1), timeZone);
}
