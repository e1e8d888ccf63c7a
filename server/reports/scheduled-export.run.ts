import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
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
import { ExportContent, ScheduledExport, ScheduledExportRun } from './scheduled-export.entity.js';

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

/**
 * Runs one schedule for one closed period, once: under a transaction lock per schedule (a second
 * copy waits, then finds the run row), the run row is inserted in the transaction that writes and
 * sends, so a failed send rolls it back and the next tick tries again.
 */
async function runOnce(ctx: RequestContext, s: ScheduledExport, start: string, tz: string): Promise<boolean> {
  return ctx.em.transactional(async (tx) => {
    const sql = (text: string, params: unknown[]) =>
      tx.getConnection().execute<{ id: string }[]>(text, params, 'all', tx.getTransactionContext());
    await sql('select pg_advisory_xact_lock(hashtext(?))', [`scheduled-export-${s.id}`]);
    if (await tx.findOne(ScheduledExportRun, { exportId: s.id, periodStart: start })) return false;
    const files = await exportFiles({ ...ctx, em: tx }, s, start, tz);
    await sql(
      `insert into scheduled_export_run (id, organization_id, export_id, period_start, files, recipients, ran_at)
       values (gen_random_uuid(), ?, ?, ?, ?::jsonb, ?::jsonb, now())`,
      [s.organization.id, s.id, start, JSON.stringify(files.map((f) => f.filename)), JSON.stringify(s.emails)],
    );
    if (s.folder) {
      const store = fileStore(ctx.config, 'exports');
      for (const f of files) await store.put(`${s.organization.id}/${s.folder}/${f.filename}`, f.content);
    }
    if (s.emails.length) {
      const title = `${s.name}: ${periodLabel(s.periodKind, start)}`;
      await smtpTransport(ctx.config).sendMail({
        from: ctx.config.SMTP_FROM,
        to: s.emails,
        subject: title,
        text: `${title}\n\n${files.map((f) => f.filename).join('\n')}`,
        // The same id on a resend after a lost answer: receiving systems can drop the duplicate.
        messageId: `<export-${s.id}-${start}@barometer.invalid>`,
        attachments: files,
      });
    }
    return true;
  });
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
        log.error({ err: error, scheduledExport: s.id }, 'scheduled export failed; the next run tries again');
      }
    }
  }
  return ran;
}
