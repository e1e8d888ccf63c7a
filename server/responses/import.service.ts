import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Knex } from '@mikro-orm/postgresql';
import { emit } from '../events/index.js';
import './events.js';
import { parse } from 'csv-parse';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { modelForResponses, scoreWith } from '../indicators/index.js';
import { requireAccess, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { loadVersion } from '../questionnaires/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import { columnsFor, rowToAnswers, unknownColumns, type Meta } from './import-columns.js';
import {
  ImportFormat,
  ImportMode,
  ImportStatus,
  ResponseImport,
  type ImportProblem,
} from './response-import.entity.js';
import { Channel, INTERVIEWER_CHANNELS, ResponseStatus } from './response.entity.js';
import { jsonProblem, LIMITS, storable, textProblem } from '../http/public-input.js';
import { MAX_SURVEY_DURATION_MS } from './submission-input.js';
import { judgeAnswers } from './validation/judge.js';

/** The file's bytes: a request stream, or an in-memory string. */
type Source = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

const BATCH = 2000;
export const COPY_COLUMNS = [
  'id',
  'organization_id',
  'unit_id',
  'questionnaire_id',
  'questionnaire_version_id',
  'channel',
  'category',
  'situation',
  'language',
  'status',
  'started_at',
  'completed_at',
  'submitted_at',
  'duration_seconds',
  'is_test',
  'answers',
  'entered_by',
  'score',
  'band',
  'model_version_id',
];

/** One line of COPY's CSV format: NULL is an empty unquoted field, every value else is quoted. */
export const csvLine = (values: unknown[]) =>
  `${values.map((v) => (v === null || v === undefined ? '' : `"${String(v).replaceAll('"', '""')}"`)).join(',')}\n`;
const KEPT_PROBLEMS = 1000;
/** A problem quotes at most this much of the row. */
const PROBLEM_CHARS = 500;
/** The longest JSON-lines line read; longer lines are a problem of their own, skipped unread. */
export const MAX_LINE_CHARS = 2 * 1024 * 1024;
const META_LIMITS: Record<keyof Meta, number> = {
  completed_at: 40,
  started_at: 40,
  respondent_category: LIMITS.label,
  service_situation: LIMITS.label,
  language: LIMITS.language,
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
const CSV_NAMES = Object.fromEntries(Object.keys(META_LIMITS).map((k) => [k, k])) as Record<keyof Meta, string>;
const JSONL_NAMES: Record<keyof Meta, string> = {
  completed_at: 'completedAt',
  started_at: 'startedAt',
  respondent_category: 'respondentCategory',
  service_situation: 'serviceSituation',
  language: 'language',
};

class FileRefused extends Error {}
class RolledBack extends Error {}

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

interface SourceRow {
  row: number;
  answers?: Record<string, unknown>;
  meta?: Meta;
  problem?: string;
}

async function* csvRows(source: Source, definition: Record<string, unknown>): AsyncGenerator<SourceRow> {
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
  const columns = columnsFor(definition);
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((h) => h.trim());
        const unknown = unknownColumns(columns, header);
        if (unknown.length)
          throw new FileRefused(
            `Unknown columns: ${unknown.join(', ')}. Columns are question names (matrix rows as name.row) or ${['completed_at', 'started_at', 'respondent_category', 'service_situation', 'language'].join(', ')}.`,
          );
        continue;
      }
      if (record.length !== header.length) {
        yield { row: info.lines, problem: `has ${record.length} cells; the header has ${header.length}.` };
        continue;
      }
      const row = rowToAnswers(columns, header, record);
      const problem = metaProblem(row.meta, CSV_NAMES);
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

async function* jsonlRows(source: Source): AsyncGenerator<SourceRow> {
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

function date(value: string | undefined, field: string, now: Date): Date | string | null {
  if (value === undefined || value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    return `${field} "${value}" is not a date and time (ISO 8601, e.g. 2026-03-14T10:30:00Z).`;
  if (d > now) return `${field} ${value} is in the future.`;
  if (d.getUTCFullYear() < 1900) return `${field} ${value} is before 1900.`;
  return d;
}

/** Why a row's start cannot go with its end (the duration is a 32-bit number of seconds), or null. */
function durationProblem(started: Date | null, completed: Date, value: string | undefined): string | null {
  if (!started) return null;
  if (started > completed) return `started_at ${value} is after completed_at.`;
  if (completed.getTime() - started.getTime() > MAX_SURVEY_DURATION_MS)
    return `started_at ${value} is more than 366 days before completed_at.`;
  return null;
}

/** Creates an import waiting for its file; the file is then sent to its upload URL. */
export async function startImport(
  ctx: RequestContext,
  input: { versionId: string; unitId: string; format: ImportFormat; mode: ImportMode; channel?: Channel | null },
): Promise<ResponseImport> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, input.unitId);
  const version = await loadVersion(ctx, input.versionId, Permission.QUESTIONNAIRE_READ);
  if (!version) throw notFound('Questionnaire version', input.versionId);
  const job = ctx.em.create(ResponseImport, {
    organization: principal.orgId,
    questionnaireVersion: version,
    unit,
    format: input.format,
    mode: input.mode,
    channel: input.channel ?? Channel.PAPER,
    createdBy: principal.userId,
  });
  await ctx.em.flush();
  return job;
}

export async function getImport(ctx: RequestContext, id: string): Promise<ResponseImport> {
  const job = await ctx.em.findOne(ResponseImport, { id: requireId('Import', id) });
  if (!job) throw notFound('Import', id);
  await requireAccess(ctx, Permission.QUESTIONNAIRE_AUTHOR, job.unit.id);
  return job;
}

/** What every row of one import is checked, scored and stored against. */
interface ImportTarget {
  job: ResponseImport;
  version: QuestionnaireVersion;
  unitId: string;
  orgId: string;
  enteredBy: string | null;
  lineage: Awaited<ReturnType<typeof lineageOf>>;
  model: Awaited<ReturnType<typeof modelForResponses>>;
}

/** What an import has counted so far, and the problems it keeps (the first KEPT_PROBLEMS). */
interface Tally {
  read: number;
  stored: number;
  invalid: number;
  problems: ImportProblem[];
}

/**
 * Reads, validates and stores the rows of an import. Rows are validated like submissions and
 * streamed into PostgreSQL with COPY inside one transaction: ALL_OR_NOTHING rolls back when
 * any row is invalid, SKIP_INVALID keeps the valid ones. Progress
 * is written beside it (another connection), so `responseImport` shows it while it runs.
 */
export async function runImport(ctx: RequestContext, id: string, source: Source): Promise<ResponseImport> {
  const job = await getImport(ctx, id);
  const progress = ctx.em.fork();
  const claimed = await progress.nativeUpdate(
    ResponseImport,
    { id: job.id, status: ImportStatus.WAITING_FOR_DATA },
    { status: ImportStatus.RUNNING, startedAt: new Date() },
  );
  if (!claimed) throw conflict(`This import has already received its file (status ${job.status}); start a new import.`);

  const target = await importTarget(ctx, job);
  const tally: Tally = { read: 0, stored: 0, invalid: 0, problems: [] };
  let message: string | null = null;
  try {
    await copyRows(ctx, target, source, tally, progress);
  } catch (error) {
    if (error instanceof FileRefused) message = storable(error.message.slice(0, 2000));
    else if (!(error instanceof RolledBack)) {
      // Recorded as FAILED, never left RUNNING; the details go to the log, not to the caller.
      ctx.log.error({ err: error, importId: job.id }, 'import failed on an unexpected error');
      message =
        'The import stopped on an unexpected server error; nothing was stored. It has been logged; start a new import to try again.';
    }
    tally.stored = 0;
  }
  const { read, stored, invalid, problems } = tally;
  const failed = message !== null || (job.mode === ImportMode.ALL_OR_NOTHING && invalid > 0);
  if (!message && failed)
    message = `${invalid} of ${read} rows are invalid, so nothing was stored (all or nothing). Fix them, or import with SKIP_INVALID.`;
  await progress.nativeUpdate(
    ResponseImport,
    { id: job.id },
    {
      status: failed ? ImportStatus.FAILED : ImportStatus.SUCCEEDED,
      rowsRead: read,
      rowsStored: stored,
      rowsInvalid: invalid,
      problems,
      message,
      finishedAt: new Date(),
    },
  );
  return ctx.em.refresh(job) as Promise<ResponseImport>;
}

/** The version, unit, lineage, model and validation plan an import's rows go to. */
async function importTarget(ctx: RequestContext, job: ResponseImport): Promise<ImportTarget> {
  const version = await ctx.em.findOneOrFail(QuestionnaireVersion, { id: job.questionnaireVersion.id });
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: job.unit.id });
  const lineage = await lineageOf(ctx.em, version.questionnaire.id);
  const model = await modelForResponses(ctx.em, requirePrincipal(ctx).orgId, unit, lineage);
  const orgId = requirePrincipal(ctx).orgId;
  const enteredBy = INTERVIEWER_CHANNELS.includes(job.channel) ? requirePrincipal(ctx).userId : null;
  return { job, version, unitId: unit.id, orgId, enteredBy, lineage, model };
}

/**
 * Streams the valid rows into `response` by COPY on the connection of one transaction, which
 * also tells the subscribers of `responsesStored` (results' outbox) before it commits; rolls back
 * (and throws RolledBack) when ALL_OR_NOTHING meets an invalid row.
 */
async function copyRows(
  ctx: RequestContext,
  target: ImportTarget,
  source: Source,
  tally: Tally,
  progress: RequestContext['em'],
) {
  const { job, version } = target;
  let copy: Writable | null = null;
  const storedIds: string[] = [];
  try {
    await ctx.em.fork().transactional(async (tx) => {
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      const connection = (await trx.client.acquireConnection()) as pg.Client;
      const stream = connection.query(copyFrom(`copy response (${COPY_COLUMNS.join(', ')}) from stdin (format csv)`));
      copy = stream;
      const copying = finished(stream);
      copying.catch(() => {}); // awaited below; a failure also surfaces on write
      const rows = job.format === ImportFormat.CSV ? csvRows(source, version.definition) : jsonlRows(source);
      const now = new Date();
      for await (const row of rows) {
        tally.read++;
        if (tally.read % BATCH === 0)
          await progress.nativeUpdate(
            ResponseImport,
            { id: job.id },
            { rowsRead: tally.read, rowsInvalid: tally.invalid },
          );
        const line = await rowLine(target, row, now, tally);
        if (line === null) continue;
        if (!stream.write(line.text)) await once(stream, 'drain');
        storedIds.push(line.id);
        tally.stored++;
      }
      stream.end();
      await copying;
      if (job.mode === ImportMode.ALL_OR_NOTHING && tally.invalid) throw new RolledBack();
      await emit(tx, 'responsesStored', {
        responses: storedIds.map((id) => ({ orgId: target.orgId, id, distributionId: null })),
      });
    });
  } catch (error) {
    (copy as Writable | null)?.destroy();
    throw error;
  }
}

/** A row as a COPY line (validated and scored), or null when it is invalid: counted and reported. */
async function rowLine(
  target: ImportTarget,
  row: SourceRow,
  now: Date,
  tally: Tally,
): Promise<{ id: string; text: string } | null> {
  const { job, version } = target;
  const report = (question: string | null, message: string) => {
    if (tally.problems.length >= KEPT_PROBLEMS) return;
    tally.problems.push({
      row: row.row,
      question: question && storable(question.slice(0, PROBLEM_CHARS)),
      message: storable(message.slice(0, PROBLEM_CHARS)),
    });
  };
  const refuse = (...messages: [string | null, string][]) => {
    tally.invalid++;
    for (const [question, message] of messages) report(question, message);
    return null;
  };
  if (row.problem) return refuse([null, `Row ${row.row} ${row.problem}`]);
  const unstorable = jsonProblem(row.answers);
  if (unstorable) return refuse([null, `Row ${row.row} has answers that cannot be stored: ${unstorable}.`]);
  const { problems: found, answers } = await judgeAnswers(version, row.answers!);
  const completedAt = date(row.meta?.completed_at, 'completed_at', now);
  const startedAt = date(row.meta?.started_at, 'started_at', now);
  const dateProblems = [completedAt, startedAt].filter((d): d is string => typeof d === 'string');
  if (!dateProblems.length) {
    const problem = durationProblem(
      startedAt as Date | null,
      (completedAt as Date | null) ?? now,
      row.meta?.started_at,
    );
    if (problem) dateProblems.push(problem);
  }
  if (found.length || dateProblems.length) {
    return refuse(
      ...found.map((p): [string, string] => [p.question, `"${p.question}" ${p.message}`]),
      ...dateProblems.map((p): [null, string] => [null, p]),
    );
  }
  const completed = (completedAt as Date | null) ?? now;
  const started = startedAt as Date | null;
  const scored = target.model ? scoreWith(target.model, version, target.lineage, answers) : null;
  const id = randomUUID();
  const text = csvLine([
    id,
    target.orgId,
    target.unitId,
    version.questionnaire.id,
    version.id,
    job.channel,
    row.meta?.respondent_category ?? null,
    row.meta?.service_situation ?? null,
    row.meta?.language ?? null,
    ResponseStatus.COMPLETE,
    started?.toISOString() ?? null,
    completed.toISOString(),
    now.toISOString(),
    started ? Math.round((completed.getTime() - started.getTime()) / 1000) : null,
    'false',
    JSON.stringify(answers),
    target.enteredBy,
    scored?.score ?? null,
    scored?.bandKey ?? null,
    scored?.modelVersionId ?? null,
  ]);
  return { id, text };
}

export async function importInline(
  ctx: RequestContext,
  input: Parameters<typeof startImport>[1] & { data: string },
): Promise<ResponseImport> {
  if (!input.data.trim()) throw badInput('The import has no data.', { field: 'data' });
  const job = await startImport(ctx, input);
  return runImport(ctx, job.id, [input.data]);
}
