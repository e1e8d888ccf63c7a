import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parse } from 'csv-parse';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { modelForResponses, scoreWith } from '../indicators/response-scoring.service.js';
import { requireAccess, requirePrincipal } from '../org/access.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Permission } from '../org/roles.js';
import { lineageOf } from '../questionnaires/lineage.service.js';
import { loadVersion } from '../questionnaires/questionnaire.service.js';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-version.entity.js';
import { columnsFor, rowToAnswers, unknownColumns, type Meta } from './import-columns.js';
import { ImportFormat, ImportMode, ImportStatus, ResponseImport, type ImportProblem } from './response-import.entity.js';
import { Channel, INTERVIEWER_CHANNELS, ResponseStatus } from './response.entity.js';
import { planFor, validateAnswers } from './validation-plan.js';

/** The file's bytes: a request stream, or an in-memory string. */
type Source = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

const BATCH = 2000;
export const COPY_COLUMNS = [
  'id', 'organization_id', 'unit_id', 'questionnaire_id', 'questionnaire_version_id', 'channel', 'category', 'situation', 'language',
  'status', 'started_at', 'completed_at', 'submitted_at', 'duration_seconds', 'is_test', 'answers', 'entered_by', 'score', 'band', 'model_version_id',
];

/** One line of COPY's CSV format: NULL is an empty unquoted field, every value else is quoted. */
export const csvLine = (values: unknown[]) => `${values.map((v) => (v === null || v === undefined ? '' : `"${String(v).replaceAll('"', '""')}"`)).join(',')}\n`;
const KEPT_PROBLEMS = 1000;

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
      throw new FileRefused(`The file is not UTF-8 text (the problem is within bytes ${offset}–${offset + bytes.length}); save it as UTF-8 (CSV UTF-8 in Excel) and import again.`);
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
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
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
        if (unknown.length) throw new FileRefused(`Unknown columns: ${unknown.join(', ')}. Columns are question names (matrix rows as name.row) or ${['completed_at', 'started_at', 'respondent_category', 'service_situation', 'language'].join(', ')}.`);
        continue;
      }
      if (record.length !== header.length) {
        yield { row: info.lines, problem: `has ${record.length} cells; the header has ${header.length}.` };
        continue;
      }
      yield { row: info.lines, ...rowToAnswers(columns, header, record) };
    }
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused(`The CSV cannot be read: ${(error as Error).message}.`);
  } finally {
    await feeding;
  }
}

async function* jsonlRows(source: Source): AsyncGenerator<SourceRow> {
  let rest = '';
  let line = 0;
  const parseLine = (text: string): SourceRow | null => {
    line++;
    if (!text.trim()) return null;
    try {
      const value = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { row: line, problem: 'is not a JSON object.' };
      const answers = 'answers' in value ? value.answers : value;
      const meta: Meta = { completed_at: value.completedAt, started_at: value.startedAt, respondent_category: value.respondentCategory, service_situation: value.serviceSituation, language: value.language };
      return { row: line, answers, meta: 'answers' in value ? meta : {} };
    } catch {
      return { row: line, problem: 'is not valid JSON.' };
    }
  };
  for await (const text of utf8(source)) {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    for (const l of lines) {
      const row = parseLine(l);
      if (row) yield row;
    }
  }
  const last = parseLine(rest);
  if (last) yield last;
}

function date(value: string | undefined, field: string, now: Date): Date | string | null {
  if (value === undefined || value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return `${field} "${value}" is not a date and time (ISO 8601, e.g. 2026-03-14T10:30:00Z).`;
  if (d > now) return `${field} ${value} is in the future.`;
  return d;
}

/** Creates an import waiting for its file; the file is then sent to its upload URL. */
export async function startImport(ctx: RequestContext, input: { versionId: string; unitId: string; format: ImportFormat; mode: ImportMode; channel?: Channel | null }): Promise<ResponseImport> {
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
  plan: ReturnType<typeof planFor>;
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
  const claimed = await progress.nativeUpdate(ResponseImport, { id: job.id, status: ImportStatus.WAITING_FOR_DATA }, { status: ImportStatus.RUNNING, startedAt: new Date() });
  if (!claimed) throw conflict(`This import has already received its file (status ${job.status}); start a new import.`);

  const target = await importTarget(ctx, job);
  const tally: Tally = { read: 0, stored: 0, invalid: 0, problems: [] };
  let message: string | null = null;
  try {
    await copyRows(ctx, target, source, tally, progress);
  } catch (error) {
    if (error instanceof FileRefused) message = error.message;
    else if (!(error instanceof RolledBack)) throw error;
    tally.stored = 0;
  }
  const { read, stored, invalid, problems } = tally;
  const failed = message !== null || (job.mode === ImportMode.ALL_OR_NOTHING && invalid > 0);
  if (!message && failed) message = `${invalid} of ${read} rows are invalid, so nothing was stored (all or nothing). Fix them, or import with SKIP_INVALID.`;
  await progress.nativeUpdate(ResponseImport, { id: job.id }, {
    status: failed ? ImportStatus.FAILED : ImportStatus.SUCCEEDED,
    rowsRead: read,
    rowsStored: stored,
    rowsInvalid: invalid,
    problems,
    message,
    finishedAt: new Date(),
  });
  return ctx.em.refresh(job) as Promise<ResponseImport>;
}

/** The version, unit, lineage, model and validation plan an import's rows go to. */
async function importTarget(ctx: RequestContext, job: ResponseImport): Promise<ImportTarget> {
  const version = await ctx.em.findOneOrFail(QuestionnaireVersion, { id: job.questionnaireVersion.id });
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: job.unit.id });
  const lineage = await lineageOf(ctx.em, version.questionnaire.id);
  const model = await modelForResponses(ctx.em, requirePrincipal(ctx).orgId, unit, lineage);
  const plan = planFor(version.id, version.definition);
  const orgId = requirePrincipal(ctx).orgId;
  const enteredBy = INTERVIEWER_CHANNELS.includes(job.channel) ? requirePrincipal(ctx).userId : null;
  return { job, version, unitId: unit.id, orgId, enteredBy, lineage, model, plan };
}

/**
 * Streams the valid rows into `response` by COPY inside one transaction on a connection of its
 * own; rolls back (and throws RolledBack) when ALL_OR_NOTHING meets an invalid row.
 */
async function copyRows(ctx: RequestContext, target: ImportTarget, source: Source, tally: Tally, progress: RequestContext['em']): Promise<void> {
  const { job, version } = target;
  const knex = ctx.em.getConnection().getKnex();
  const connection = (await knex.client.acquireConnection()) as pg.Client;
  let copy: Writable | null = null;
  try {
    await connection.query('begin');
    copy = connection.query(copyFrom(`copy response (${COPY_COLUMNS.join(', ')}) from stdin (format csv)`));
    const copying = finished(copy);
    copying.catch(() => {}); // awaited below; a failure also surfaces on write
    const write = async (line: string) => {
      if (!copy!.write(line)) await once(copy!, 'drain');
    };
    const rows = job.format === ImportFormat.CSV ? csvRows(source, version.definition) : jsonlRows(source);
    const now = new Date();
    for await (const row of rows) {
      tally.read++;
      if (tally.read % BATCH === 0) await progress.nativeUpdate(ResponseImport, { id: job.id }, { rowsRead: tally.read, rowsInvalid: tally.invalid });
      const line = rowLine(target, row, now, tally);
      if (line === null) continue;
      await write(line);
      tally.stored++;
    }
    copy.end();
    await copying;
    if (job.mode === ImportMode.ALL_OR_NOTHING && tally.invalid) throw new RolledBack();
    await connection.query('commit');
  } catch (error) {
    copy?.destroy();
    await connection.query('rollback').catch(() => {});
    throw error;
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

/** A row as a COPY line (validated and scored), or null when it is invalid: counted and reported. */
function rowLine(target: ImportTarget, row: SourceRow, now: Date, tally: Tally): string | null {
  const { job, version } = target;
  const report = (question: string | null, message: string) => {
    if (tally.problems.length < KEPT_PROBLEMS) tally.problems.push({ row: row.row, question, message });
  };
  if (row.problem) {
    tally.invalid++;
    report(null, `Row ${row.row} ${row.problem}`);
    return null;
  }
  const { problems: found, answers } = validateAnswers(target.plan, row.answers!);
  const completedAt = date(row.meta?.completed_at, 'completed_at', now);
  const startedAt = date(row.meta?.started_at, 'started_at', now);
  const dateProblems = [completedAt, startedAt].filter((d): d is string => typeof d === 'string');
  if (found.length || dateProblems.length) {
    tally.invalid++;
    for (const p of found) report(p.question, `"${p.question}" ${p.message}`);
    for (const p of dateProblems) report(null, p);
    return null;
  }
  const completed = (completedAt as Date | null) ?? now;
  const started = startedAt as Date | null;
  const scored = target.model ? scoreWith(target.model, version, target.lineage, answers) : null;
  return csvLine([
    randomUUID(), target.orgId, target.unitId, version.questionnaire.id, version.id, job.channel,
    row.meta?.respondent_category ?? null, row.meta?.service_situation ?? null, row.meta?.language ?? null,
    ResponseStatus.COMPLETE, started?.toISOString() ?? null, completed.toISOString(), now.toISOString(),
    started ? Math.round((completed.getTime() - started.getTime()) / 1000) : null,
    'false', JSON.stringify(answers), target.enteredBy, scored?.score ?? null, scored?.bandKey ?? null, scored?.modelVersionId ?? null,
  ]);
}

export async function importInline(ctx: RequestContext, input: Parameters<typeof startImport>[1] & { data: string }): Promise<ResponseImport> {
  if (!input.data.trim()) throw badInput('The import has no data.', { field: 'data' });
  const job = await startImport(ctx, input);
  return runImport(ctx, job.id, [input.data]);
}
