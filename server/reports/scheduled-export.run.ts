import { Writable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { fileStore } from '../files.js';
import type { RequestContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { smtpTransport } from '../mail.js';
import { Organization } from '../org/index.js';
import { exportResults, localDate, startOfLocalDate } from '../results/index.js';
import { exportResponses } from '../responses/index.js';
import { systemContext } from './circulation.js';
import { lastClosedPeriod, periodEnd, periodLabel } from './periods.js';
import { ExportContent, ExportRunErrorCode, ExportRunStatus, ScheduledExport } from './scheduled-export.entity.js';

interface ExportFile {
  filename: string;
  content: Buffer;
}

/** A Writable that keeps what is written (an export of one period fits in memory; see docs/exports.md). */
function collector(): { out: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'export';

/** The files of one schedule and period, through the results and responses modules' own export code. */
async function exportFiles(ctx: RequestContext, s: ScheduledExport, start: string, tz: string): Promise<ExportFile[]> {
  const end = periodEnd(s.periodKind, start);
  const ext = s.format.toLowerCase();
  const base = `${slug(s.name)}-${periodLabel(s.periodKind, start)}`;
  const files: ExportFile[] = [];
  if (s.contents.includes(ExportContent.RESULTS)) {
    const { out, bytes } = collector();
    const query = { modelId: s.modelId, unitId: s.unitId, from: start, to: end };
    await exportResults(ctx, query, { format: ext, children: true, language: s.language }, out, () => {});
    files.push({ filename: `${base}-results.${ext}`, content: bytes() });
  }
  if (s.contents.includes(ExportContent.RESPONSES)) {
    const { out, bytes } = collector();
    const filter = {
      under: s.unitId,
      completedFrom: startOfLocalDate(start, tz),
      completedTo: startOfLocalDate(end, tz),
    };
    const options = { questionnaireId: s.questionnaireId!, format: ext, language: s.language, filter };
    await exportResponses(ctx, options, out, () => {});
    files.push({ filename: `${base}-responses.${ext}`, content: bytes() });
  }
  return files;
}

/** A run's failure, named by the step that failed, with a sentence a person can act on. */
class RunFailure extends Error {
  constructor(
    readonly code: ExportRunErrorCode,
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
  }
}

const reason = (error: unknown) => {
  const e = error as { response?: string; message?: string; code?: string };
  return (e?.response ?? e?.message ?? String(error)).replace(/\s+/g, ' ').trim();
};

/** Runs one step of a run; its error becomes a RunFailure saying which step failed and why. */
async function step<T>(code: ExportRunErrorCode, say: (why: string) => string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof RunFailure ? error : new RunFailure(code, say(reason(error)), error);
  }
}

type Sql = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Takes the schedule's lock for this transaction; answers the attempt number of a new run, or null once one succeeded. */
async function lockAndCount(sql: Sql, s: ScheduledExport, start: string): Promise<number | null> {
  await sql('select pg_advisory_xact_lock(hashtext(?))', [`scheduled-export-${s.id}`]);
  const [row] = await sql(
    `select count(*) filter (where status = 'SUCCEEDED')::int as succeeded, coalesce(max(attempt), 0)::int + 1 as attempt
       from scheduled_export_run where organization_id = ? and export_id = ? and period_start = ?`,
    [s.organization.id, s.id, start],
  );
  return Number(row.succeeded) > 0 ? null : Number(row.attempt);
}

const insertRun = `insert into scheduled_export_run
  (id, organization_id, export_id, period_start, status, attempt, error, error_code, files, recipients, ran_at)
  values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, now())`;

const sqlOf =
  (tx: EntityManager): Sql =>
  (text, params) =>
    tx.getConnection().execute(text, params, 'all', tx.getTransactionContext());

/**
 * Runs one schedule for one closed period, once: under a transaction lock per schedule (a second
 * copy waits, then finds the successful run row), the run row is inserted in the transaction that
 * writes and sends, so a failed send rolls it back and the next tick tries again.
 */
async function runOnce(ctx: RequestContext, s: ScheduledExport, start: string, tz: string): Promise<boolean> {
  return ctx.em.transactional(async (tx) => {
    const sql = sqlOf(tx);
    const attempt = await lockAndCount(sql, s, start);
    if (attempt === null) return false;
    const files = await step(
      ExportRunErrorCode.EXPORT_FAILED,
      (why) => `The files could not be built: ${why}.`,
      () => exportFiles({ ...ctx, em: tx }, s, start, tz),
    );
    const names = JSON.stringify(files.map((f) => f.filename));
    const to = JSON.stringify(s.emails);
    await sql(insertRun, [s.organization.id, s.id, start, ExportRunStatus.SUCCEEDED, attempt, null, null, names, to]);
    if (s.folder) {
      const store = fileStore(ctx.config, 'exports');
      await step(
        ExportRunErrorCode.FOLDER_UNWRITABLE,
        (why) => `The folder "${s.folder}" could not be written (${why}); check that the server may write there.`,
        async () => {
          for (const f of files) await store.put(`${s.organization.id}/${s.folder}/${f.filename}`, f.content);
        },
      );
    }
    if (s.emails.length) {
      const title = `${s.name}: ${periodLabel(s.periodKind, start)}`;
      await step(
        ExportRunErrorCode.MAIL_REFUSED,
        (why) => `The mail server did not accept the e-mail (${why}); the next run sends it again.`,
        () =>
          smtpTransport(ctx.config).sendMail({
            from: ctx.config.SMTP_FROM,
            to: s.emails,
            subject: title,
            text: `${title}\n\n${files.map((f) => f.filename).join('\n')}`,
            // The same id on a resend after a lost answer: receiving systems can drop the duplicate.
            messageId: `<export-${s.id}-${start}@barometer.invalid>`,
            attachments: files,
          }),
      );
    }
    return true;
  });
}

/**
 * Records a failed run (its own transaction: the run's was rolled back), numbered after the
 * period's earlier attempts, so the page shows it; the next tick still tries again, and nothing
 * is recorded if another copy succeeded meanwhile.
 */
async function recordFailure(ctx: RequestContext, s: ScheduledExport, start: string, error: unknown) {
  const failure =
    error instanceof RunFailure
      ? error
      : new RunFailure(ExportRunErrorCode.EXPORT_FAILED, `The export failed: ${reason(error)}.`, error);
  await ctx.em.fork().transactional(async (tx) => {
    const sql = sqlOf(tx);
    const attempt = await lockAndCount(sql, s, start);
    if (attempt === null) return;
    const params = [s.organization.id, s.id, start, ExportRunStatus.FAILED, attempt, failure.message, failure.code];
    await sql(insertRun, [...params, '[]', JSON.stringify(s.emails)]);
  });
  return failure;
}

/**
 * Scheduled exports (docs/exports.md): for every schedule, the period of its kind that closed last
 * (in the organisation's time zone) is exported once. Runs on a pg-boss schedule (server/app/workers.ts).
 */
export async function runScheduledExports(orm: MikroORM, config: Config, log: Logger, now = new Date()) {
  let ran = 0;
  const orgs = await orm.em.fork().find(Organization, {}, { filters: false });
  for (const org of orgs) {
    const ctx = await systemContext(orm, config, log, org.id);
    const today = localDate(now, org.timeZone);
    for (const s of await ctx.em.find(ScheduledExport, { paused: false })) {
      const start = lastClosedPeriod(s.periodKind, today);
      try {
        if (await runOnce(ctx, s, start, org.timeZone)) ran++;
      } catch (error) {
        const failure = await recordFailure(ctx, s, start, error).catch(() => error);
        log.error(
          { err: error, scheduledExport: s.id, failure: (failure as Error).message },
          'scheduled export failed; the next run tries again',
        );
      }
    }
  }
  return ran;
}
