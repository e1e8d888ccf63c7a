import { once } from 'node:events';
import { parse } from 'csv-parse';
import { LIMITS, textProblem } from '../http/public-input.js';
import { columnsFor, rowToAnswers, unknownColumns, type Meta } from './import-columns.js';
import { MAX_SURVEY_DURATION_MS } from './submission-input.js';

/*
 * Reading an import's file into rows: strict UTF-8, CSV or JSON lines streamed with a bounded
 * line length, meta values checked for what PostgreSQL can store. Validation and storage are
 * import.service.ts's.
 */

/** The file's bytes: a request stream, or an in-memory string. */
export type Source = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/** The longest JSON-lines line read; longer lines are a problem of their own, skipped unread. */
export const MAX_LINE_CHARS = 2 * 1024 * 1024;
const META_LIMITS: Record<keyof Meta, number> = {
  completed_at: 40,
  started_at: 40,
  respondent_category: LIMITS.label,
  service_situation: LIMITS.label,
  language: LIMITS.language,
  unit: LIMITS.label,
  channel: 16,
  questionnaire_version: 40,
  staff: LIMITS.label,
};

/** Why a row's meta values cannot be stored (`names`: how the file calls them), or null. */
function metaProblem(meta: Record<string, unknown>, names: Record<keyof Meta, string>): string | null {
  for (const key of Object.keys(META_LIMITS) as (keyof Meta)[]) {
    const value = meta[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return `has a ${names[key]} that is not text.`;
    const problem = textProblem(value);
    if (problem) return `has a ${names[key]} that ${problem}.`;
    if (value.length > META_LIMITS[key]) return `has a ${names[key]} longer than ${META_LIMITS[key]} characters.`;
  }
  return null;
}
/** The names a file gives the response columns: snake_case in CSV, camelCase in JSON lines. */
export const CSV_NAMES = Object.fromEntries(Object.keys(META_LIMITS).map((k) => [k, k])) as Record<keyof Meta, string>;
export const JSONL_NAMES: Record<keyof Meta, string> = {
  completed_at: 'completedAt',
  started_at: 'startedAt',
  respondent_category: 'respondentCategory',
  service_situation: 'serviceSituation',
  language: 'language',
  unit: 'unit',
  channel: 'channel',
  questionnaire_version: 'questionnaireVersion',
  staff: 'staff',
};

/**
 * The versions an import's rows may go to: a row naming none (no questionnaire_version column, or an
 * empty cell) goes to the import's own version; `all` gives the columns a CSV header may name.
 */
export interface RowVersions {
  definitionOf(key: string | undefined): Record<string, unknown> | null;
  all: Record<string, unknown>[];
}

export const unknownVersion = (field: string, key: string) =>
  `has ${field} "${key}", which is not a published version of this questionnaire (give its number, e.g. 2).`;

/** The whole file is refused (not UTF-8, unknown columns, a record too long): nothing is stored. */
export class FileRefused extends Error {}

/** Decodes UTF-8 strictly, so a Latin-1 or UTF-16 file is refused instead of read as mojibake. */
async function* utf8(source: Source): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      yield decoder.decode(bytes, { stream: true });
    } catch {
      throw new FileRefused(
        `The file is not UTF-8 text (the problem is within bytes ${offset}–${offset + bytes.length}); save it as UTF-8 (CSV UTF-8 in Excel) and import again.`,
      );
    }
    offset += bytes.length;
  }
  yield decoder.decode();
}

export interface SourceRow {
  row: number;
  answers?: Record<string, unknown>;
  meta?: Meta;
  problem?: string;
}

/** The columns of every version: a file mixing versions may name any of them. */
function unionColumns(versions: RowVersions) {
  const union: ReturnType<typeof columnsFor> = new Map();
  for (const definition of versions.all)
    for (const [k, c] of columnsFor(definition)) if (!union.has(k)) union.set(k, c);
  return union;
}

export async function* csvRows(source: Source, versions: RowVersions): AsyncGenerator<SourceRow> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_LINE_CHARS,
  });
  const feeding = (async () => {
    try {
      for await (const text of utf8(source)) if (!parser.write(text)) await once(parser, 'drain');
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const columns = unionColumns(versions);
  const byDefinition = new Map<Record<string, unknown>, ReturnType<typeof columnsFor>>();
  const columnsOf = (definition: Record<string, unknown>) => {
    if (!byDefinition.has(definition)) byDefinition.set(definition, columnsFor(definition));
    return byDefinition.get(definition)!;
  };
  let header: string[] | null = null;
  let versionAt = -1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((h) => h.trim());
        const unknown = unknownColumns(columns, header);
        if (unknown.length)
          throw new FileRefused(
            `Unknown columns: ${unknown.join(', ')}. Columns are question names (matrix rows as name.row) or ${Object.keys(CSV_NAMES).join(', ')}.`,
          );
        versionAt = header.indexOf('questionnaire_version');
        continue;
      }
      if (record.length !== header.length) {
        yield { row: info.lines, problem: `has ${record.length} cells; the header has ${header.length}.` };
        continue;
      }
      const key = versionAt >= 0 ? record[versionAt]!.trim() || undefined : undefined;
      const definition = versions.definitionOf(key);
      if (!definition) {
        yield { row: info.lines, problem: unknownVersion('questionnaire_version', key!) };
        continue;
      }
      const { foreign, ...row } = rowToAnswers(columnsOf(definition), header, record);
      const problem =
        metaProblem(row.meta, CSV_NAMES) ??
        (foreign.length
          ? `has values in ${foreign.join(', ')}, which ${key ? `version ${key}` : 'the import’s version'} of the questionnaire does not ask.`
          : null);
      yield problem ? { row: info.lines, problem } : { row: info.lines, ...row };
    }
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused(`The CSV cannot be read: ${(error as Error).message}.`);
  } finally {
    await feeding;
  }
}

/**
 * The lines of a file, streamed: each chunk is scanned once, so a line of any length costs time
 * in proportion to its length. A line over MAX_LINE_CHARS comes as null (its text is dropped).
 */
async function* linesOf(source: Source): AsyncGenerator<string | null> {
  let parts: string[] = [];
  let size = 0;
  let tooLong = false;
  for await (const chunk of utf8(source)) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      yield tooLong || size + piece.length > MAX_LINE_CHARS ? null : parts.join('') + piece;
      [parts, size, tooLong, start] = [[], 0, false, nl + 1];
    }
    const rest = chunk.slice(start);
    if (tooLong || size + rest.length > MAX_LINE_CHARS) [parts, size, tooLong] = [[], 0, true];
    else if (rest) [parts, size] = [[...parts, rest], size + rest.length];
  }
  if (tooLong || size) yield tooLong ? null : parts.join('');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function* jsonlRows(source: Source): AsyncGenerator<SourceRow> {
  let line = 0;
  const parseLine = (text: string): SourceRow | null => {
    if (!text.trim()) return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { row: line, problem: 'is not valid JSON.' };
    }
    if (!isObject(value)) return { row: line, problem: 'is not a JSON object.' };
    const answers = 'answers' in value ? value.answers : value;
    if (!isObject(answers))
      return { row: line, problem: 'has answers that are not an object of question name → value.' };
    const meta = {
      completed_at: value.completedAt,
      started_at: value.startedAt,
      respondent_category: value.respondentCategory,
      service_situation: value.serviceSituation,
      language: value.language,
      unit: value.unit,
      channel: value.channel,
      questionnaire_version:
        typeof value.questionnaireVersion === 'number'
          ? String(value.questionnaireVersion)
          : value.questionnaireVersion,
      staff: value.staff,
    };
    if (!('answers' in value)) return { row: line, answers, meta: {} };
    const problem = metaProblem(meta, JSONL_NAMES);
    return problem ? { row: line, problem } : { row: line, answers, meta: meta as Meta };
  };
  for await (const text of linesOf(source)) {
    line++;
    const row =
      text === null
        ? {
            row: line,
            problem: `is longer than ${MAX_LINE_CHARS / 1024 / 1024} MB, the most a line may hold; nothing of it was read.`,
          }
        : parseLine(text);
    if (row) yield row;
  }
}

export function date(value: string | undefined, field: string, now: Date): Date | string | null {
  if (value === undefined || value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    return `${field} "${value}" is not a date and time (ISO 8601, e.g. 2026-03-14T10:30:00Z).`;
  if (d > now) return `${field} ${value} is in the future.`;
  if (d.getUTCFullYear() < 1900) return `${field} ${value} is before 1900.`;
  return d;
}

/** Why a row's start cannot go with its end (the duration is a 32-bit number of seconds), or null. */
export function durationProblem(
  started: Date | null,
  completed: Date,
  value: string | undefined,
  names: Pick<Record<keyof Meta, string>, 'started_at' | 'completed_at'> = CSV_NAMES,
): string | null {
  if (!started) return null;
  if (started > completed) return `${names.started_at} ${value} is after ${names.completed_at}.`;
  if (completed.getTime() - started.getTime() > MAX_SURVEY_DURATION_MS)
    return `${names.started_at} ${value} is more than 366 days before ${names.completed_at}.`;
  return null;
}
