/*
 * Reading a CSV of metric values (unit code, period, value, optional denominator) before anything
 * is stored: every problem is named by its row (pure; metric-import.service.ts stores).
 */
import { parse } from 'csv-parse/sync';

export const MAX_IMPORT_ROWS = 5000;

export interface MetricValueRow {
  /** The file's line number (the header is line 1). */
  row: number;
  unitCode: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  denominator: number | null;
}

export interface RowProblem {
  row: number;
  message: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number) => `${y}-${pad(m)}-01`;

/**
 * A period as [start, end): a year `2026`, a quarter `2026-Q1`, a month `2026-03`, or two dates
 * `2026-03-01/2026-04-01` (the end is the day after the last day). Null when unreadable.
 */
export function parsePeriod(text: string): { start: string; end: string } | null {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { start: day(+m[1], 1), end: day(+m[1] + 1, 1) };
  m = /^(\d{4})-Q([1-4])$/.exec(t);
  if (m) {
    const q = +m[2];
    return { start: day(+m[1], q * 3 - 2), end: q === 4 ? day(+m[1] + 1, 1) : day(+m[1], q * 3 + 1) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12)
    return { start: day(+m[1], +m[2]), end: +m[2] === 12 ? day(+m[1] + 1, 1) : day(+m[1], +m[2] + 1) };
  m = /^(\d{4}-\d{2}-\d{2})\s*(?:\/|\.\.)\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m) return { start: m[1], end: m[2] };
  return null;
}

function number(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text.trim());
  return Number.isFinite(n) ? n : NaN;
}

const COLUMNS: Record<string, string> = {
  unit: 'unit',
  unitcode: 'unit',
  code: 'unit',
  period: 'period',
  value: 'value',
};

/** The rows of the file, and every problem found, each with its line. */
export function metricValuesFromCsv(csv: string): { rows: MetricValueRow[]; problems: RowProblem[] } {
  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      columns: (h: string[]) =>
        h
          .map((c) =>
            c
              .trim()
              .toLowerCase()
              .replace(/[\s_-]/g, ''),
          )
          .map((c) => COLUMNS[c] ?? c),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    });
  } catch (error) {
    return { rows: [], problems: [{ row: 0, message: `The file is not readable CSV: ${(error as Error).message}` }] };
  }
  if (!records.length)
    return {
      rows: [],
      problems: [{ row: 1, message: 'The file has no rows after its header (unit code, period, value).' }],
    };
  const missing = ['unit', 'period', 'value'].filter((c) => !(c in records[0]));
  if (missing.length)
    return {
      rows: [],
      problems: [
        {
          row: 1,
          message: `The header lacks ${missing.join(', ')}: expected columns unit code, period, value (and denominator).`,
        },
      ],
    };
  if (records.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      problems: [{ row: 0, message: `The file has ${records.length} rows; at most ${MAX_IMPORT_ROWS} per upload.` }],
    };
  const rows: MetricValueRow[] = [];
  const problems: RowProblem[] = [];
  records.forEach((r, i) => {
    const row = i + 2;
    const period = parsePeriod(r.period ?? '');
    const value = number(r.value);
    const denominator = number(r.denominator);
    if (!r.unit) problems.push({ row, message: 'The unit code is empty.' });
    if (!period)
      problems.push({
        row,
        message: `Period "${r.period ?? ''}" is not 2026, 2026-Q1, 2026-03 or 2026-03-01/2026-04-01.`,
      });
    if (value === null || Number.isNaN(value))
      problems.push({ row, message: `Value "${r.value ?? ''}" is not a number.` });
    if (Number.isNaN(denominator)) problems.push({ row, message: `Denominator "${r.denominator}" is not a number.` });
    if (r.unit && period && value !== null && !Number.isNaN(value) && !Number.isNaN(denominator))
      rows.push({ row, unitCode: r.unit, periodStart: period.start, periodEnd: period.end, value, denominator });
  });
  return { rows, problems };
}
