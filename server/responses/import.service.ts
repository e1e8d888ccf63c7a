import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Knex } from '@mikro-orm/postgresql';
import { emit } from '../events/index.js';
import './events.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { modelForResponses, scoreWith } from '../indicators/index.js';
import { canAccessPath, requireAccess, requirePrincipal } from '../org/index.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { lineageOf } from '../questionnaires/index.js';
import { loadVersion } from '../questionnaires/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import {
  CSV_NAMES,
  csvRows,
  date,
  durationProblem,
  FileRefused,
  JSONL_NAMES,
  jsonlRows,
  unknownVersion,
  type Source,
  type SourceRow,
} from './import-rows.js';
import type { Meta } from './import-columns.js';
import {
  ImportFormat,
  ImportMode,
  ImportStatus,
  ResponseImport,
  type ImportProblem,
} from './response-import.entity.js';
import { Channel, INTERVIEWER_CHANNELS, monthOf, ResponseStatus } from './response.entity.js';
import { jsonProblem, storable } from '../http/public-input.js';
import { judgeAnswers } from './validation/judge.js';
import { staffRegister } from './staff-register.js';

class RolledBack extends Error {}

const BATCH = 2000;
/** Characters of COPY data sent at once (about 200 rows of a short survey). */
const COPY_CHUNK = 64 * 1024;
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
  'staff_id',
];
/**
 * What an import copies: COPY_COLUMNS and the partition month of each row's completion (the
 * benchmark's raw COPY leaves it to the column default, the current month).
 */
const IMPORT_COLUMNS = [...COPY_COLUMNS, 'partition_month'];

/** One line of COPY's CSV format: NULL is an empty unquoted field, every value else is quoted. */
export const csvLine = (values: unknown[]) =>
  `${values.map((v) => (v === null || v === undefined ? '' : `"${String(v).replaceAll('"', '""')}"`)).join(',')}\n`;
const KEPT_PROBLEMS = 1000;
/** A problem quotes at most this much of the row. */
const PROBLEM_CHARS = 500;
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

/** Where the rows of one unit go: the unit and the model that scores them there. */
interface UnitTarget {
  unitId: string;
  model: Awaited<ReturnType<typeof modelForResponses>>;
}

/**
 * What every row of one import is checked, scored and stored against. A row may name its own
 * unit (by code), channel and questionnaire version (by number); the import's own are the defaults.
 */
interface ImportTarget {
  ctx: RequestContext;
  job: ResponseImport;
  version: QuestionnaireVersion;
  versions: Map<string, QuestionnaireVersion>;
  unit: UnitTarget;
  /** By unit code; null when the caller may not import into it (or it does not exist). */
  units: Map<string, UnitTarget | null>;
  orgId: string;
  lineage: Awaited<ReturnType<typeof lineageOf>>;
  /** Staff references already looked up: `unit id|reference` → staff id, or null when unknown. */
  staff?: Map<string, string | null>;
}

/** The staff member a row names (column staff: a code or id of the row's unit's register), or a problem. */
async function rowStaff(target: ImportTarget, unitId: string, row: SourceRow): Promise<string | null | Error> {
  const ref = row.meta?.staff?.trim();
  if (!ref) return null;
  const cache = (target.staff ??= new Map());
  const key = `${unitId}|${ref}`;
  if (!cache.has(key))
    cache.set(key, (await staffRegister().resolve(target.ctx.em, target.orgId, unitId, [ref])).get(ref) ?? null);
  return (
    cache.get(key) ??
    new Error(
      `Row ${row.row} has staff "${ref.slice(0, 60)}", which is not an active staff member of the row's unit: ` +
        'give a staff code from its staff register, or leave the cell empty.',
    )
  );
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
  const orgId = requirePrincipal(ctx).orgId;
  const model = await modelForResponses(ctx.em, orgId, unit, lineage);
  const all = await ctx.em.find(QuestionnaireVersion, { questionnaire: version.questionnaire.id });
  const versions = new Map(all.map((v) => [String(v.number), v]));
  const units = new Map<string, UnitTarget | null>([[unit.code, { unitId: unit.id, model }]]);
  return { ctx, job, version, versions, unit: { unitId: unit.id, model }, units, orgId, lineage };
}

/** The unit a row names by code, once per code: null when unknown or outside the caller's author rights. */
async function unitNamed(target: ImportTarget, code: string): Promise<UnitTarget | null> {
  if (!target.units.has(code)) {
    const { ctx } = target;
    const unit = await ctx.em.findOne(OrgUnit, { code, organization: target.orgId });
    let found: UnitTarget | null = null;
    if (unit && canAccessPath(requirePrincipal(ctx), Permission.QUESTIONNAIRE_AUTHOR, unit.path))
      found = { unitId: unit.id, model: await modelForResponses(ctx.em, target.orgId, unit, target.lineage) };
    target.units.set(code, found);
  }
  return target.units.get(code)!;
}

/** The version, unit and channel a row goes to, or the sentence saying why it cannot. */
async function rowDestination(
  target: ImportTarget,
  row: SourceRow,
  names: Record<keyof Meta, string>,
): Promise<{ version: QuestionnaireVersion; unit: UnitTarget; channel: Channel } | string> {
  const key = row.meta?.questionnaire_version?.trim();
  const version = key ? target.versions.get(key) : target.version;
  if (!version) return `Row ${row.row} ${unknownVersion(names.questionnaire_version, key!)}`;
  const code = row.meta?.unit?.trim();
  const unit = code ? await unitNamed(target, code) : target.unit;
  if (!unit)
    return (
      `Row ${row.row} has ${names.unit} "${code}", which is not a unit you may import into ` +
      '(no unit has this code, or it is outside your part of the organisation).'
    );
  const given = row.meta?.channel?.trim().toUpperCase();
  if (given && !(Object.values(Channel) as string[]).includes(given))
    return `Row ${row.row} has ${names.channel} "${row.meta!.channel}", which is not one of ${Object.values(Channel).join(', ')}.`;
  return { version, unit, channel: (given as Channel | undefined) ?? target.job.channel };
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
      const stream = connection.query(copyFrom(`copy response (${IMPORT_COLUMNS.join(', ')}) from stdin (format csv)`));
      copy = stream;
      const copying = finished(stream);
      copying.catch(() => {}); // awaited below; a failure also surfaces on write
      const rowVersions = {
        definitionOf: (key: string | undefined) => (key ? target.versions.get(key) : version)?.definition ?? null,
        all: [...target.versions.values()].map((v) => v.definition),
      };
      const rows = job.format === ImportFormat.CSV ? csvRows(source, rowVersions) : jsonlRows(source);
      const now = new Date();
      // Rows go to COPY in chunks: each write is a message and a system call of its own (two, in pg-copy-streams).
      let chunk = '';
      const send = () => {
        const ok = chunk ? stream.write(chunk) : true;
        chunk = '';
        return ok;
      };
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
        chunk += line.text;
        if (chunk.length >= COPY_CHUNK && !send()) await once(stream, 'drain');
        storedIds.push(line.id);
        tally.stored++;
      }
      send();
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
  const { job } = target;
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
  // A problem names the field as the file spells it (completedAt in JSON lines, completed_at in CSV).
  const names = job.format === ImportFormat.CSV ? CSV_NAMES : JSONL_NAMES;
  const destination = await rowDestination(target, row, names);
  if (typeof destination === 'string') return refuse([null, destination]);
  const { version, unit, channel } = destination;
  const staffId = await rowStaff(target, unit.unitId, row);
  if (staffId instanceof Error) return refuse([null, staffId.message]);
  const { problems: found, answers } = await judgeAnswers(version, row.answers!);
  const completedAt = date(row.meta?.completed_at, names.completed_at, now);
  const startedAt = date(row.meta?.started_at, names.started_at, now);
  const dateProblems = [completedAt, startedAt].filter((d): d is string => typeof d === 'string');
  if (!dateProblems.length) {
    const problem = durationProblem(
      startedAt as Date | null,
      (completedAt as Date | null) ?? now,
      row.meta?.started_at,
      names,
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
  const scored = unit.model ? scoreWith(unit.model, version, target.lineage, answers) : null;
  const enteredBy = INTERVIEWER_CHANNELS.includes(channel) ? requirePrincipal(target.ctx).userId : null;
  const id = randomUUID();
  const text = csvLine([
    id,
    target.orgId,
    unit.unitId,
    version.questionnaire.id,
    version.id,
    channel,
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
    enteredBy,
    scored?.score ?? null,
    scored?.bandKey ?? null,
    scored?.modelVersionId ?? null,
    staffId,
    monthOf(completed),
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
