/** Calendar days as YYYY-MM-DD text: the arithmetic plans need, free of time zones. */

const parse = (day: string) => new Date(`${day}T00:00:00Z`);
const format = (date: Date) => date.toISOString().slice(0, 10);

export const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && format(parse(text)) === text;

export const addDays = (day: string, days: number) => format(new Date(parse(day).getTime() + days * 86_400_000));

/** The same day of the month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = parse(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return format(target);
}

/** Today in a time zone, YYYY-MM-DD. */
export const today = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
