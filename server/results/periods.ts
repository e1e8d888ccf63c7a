/**
 * Periods and buckets in an organisation's time zone (design.md §4): a day is a local day, a
 * week an ISO week, and so on. Dates are `YYYY-MM-DD` local dates; instants are UTC.
 */

export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(value);
}

// Building an Intl.DateTimeFormat costs about a hundred times formatting with it: one per zone and kind.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(kind: 'parts' | 'date', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format =
      kind === 'parts'
        ? new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          })
        : new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(key, format);
  }
  return format;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatOf('parts', timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** The instant a local date starts in `timeZone`. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const m = DAY.exec(date)!;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let instant = new Date(guess - offsetMinutes(new Date(guess), timeZone) * 60000);
  instant = new Date(guess - offsetMinutes(instant, timeZone) * 60000); // second pass settles DST edges
  return instant;
}

/** The local date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return formatOf('date', timeZone).format(instant);
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  const d = utcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return ymd(d);
}

export function addYears(date: string, years: number): string {
  const d = utcDate(date);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return ymd(d);
}

/** The bucket a local date falls in: its first day and the day after its last. */
export function bucketOf(date: string, granularity: Granularity): { start: string; end: string; label: string } {
  const d = utcDate(date);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  switch (granularity) {
    case 'DAY':
      return { start: date, end: addDays(date, 1), label: date };
    case 'WEEK': {
      const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
      const start = addDays(date, -weekday);
      const thursday = utcDate(addDays(start, 3));
      const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
      const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
      return { start, end: addDays(start, 7), label: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}` };
    }
    case 'MONTH':
      return {
        start: ymd(new Date(Date.UTC(y, m, 1))),
        end: ymd(new Date(Date.UTC(y, m + 1, 1))),
        label: ymd(new Date(Date.UTC(y, m, 1))).slice(0, 7),
      };
    case 'QUARTER': {
      const q = Math.floor(m / 3);
      return {
        start: ymd(new Date(Date.UTC(y, q * 3, 1))),
        end: ymd(new Date(Date.UTC(y, q * 3 + 3, 1))),
        label: `${y}-Q${q + 1}`,
      };
    }
    default:
      return { start: `${y}-01-01`, end: `${y + 1}-01-01`, label: String(y) };
  }
}

/** Consecutive buckets covering [from, to). */
export function bucketsBetween(
  from: string,
  to: string,
  granularity: Granularity,
): { start: string; end: string; label: string }[] {
  const out: { start: string; end: string; label: string }[] = [];
  for (let b = bucketOf(from, granularity); b.start < to && out.length < 5000; b = bucketOf(b.end, granularity))
    out.push(b);
  return out;
}

/** The first day of the first whole month that starts on or after `date`. */
export function firstMonthFrom(date: string): string {
  if (date.endsWith('-01')) return date;
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The first day of the month `to` falls in: whole months before it end there ([… , to) half-open). */
export const lastMonthUntil = (to: string) => `${to.slice(0, 7)}-01`;
