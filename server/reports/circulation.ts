import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { smtpTransport } from '../mail.js';
import { Organization, organizationContext, User } from '../org/index.js';
import { localDate } from '../results/index.js';
import { labelsFor } from './labels.js';
import { lastClosedPeriod } from './periods.js';
import { Report, ReportStatus } from './report.entity.js';
import { renderPdf, webUrlOf } from './report.pdf.js';
import { createDraft, issueReport } from './report.service.js';
import { ReportDelivery, ReportSubscription } from './report-subscription.entity.js';

/** A request context acting for the whole organisation (scheduled circulation), like an ADMIN at the root. */
export const systemContext = (orm: MikroORM, config: Config, log: Logger, orgId: string) =>
  organizationContext(orm.em, config, log, orgId, `reports-${orgId}`);

/** The report a subscription sends for a period: issued already, issued now (autoIssue), or none yet. */
async function reportFor(ctx: RequestContext, s: ReportSubscription, start: string): Promise<Report | null> {
  const same = { unitId: s.unitId, modelId: s.modelId, periodKind: s.periodKind, periodStart: start };
  const issued = await ctx.em.findOne(Report, { ...same, language: s.language, status: ReportStatus.ISSUED });
  if (issued) return issued;
  let draft = await ctx.em.findOne(Report, { ...same, language: s.language, status: ReportStatus.DRAFT });
  // The period closed: a draft waits for the analyst's commentary (or is issued now, with autoIssue).
  draft ??= await createDraft(ctx, { ...same, language: s.language });
  return s.autoIssue ? issueReport(ctx, draft.id, 'Scheduled circulation') : null;
}

/**
 * Sends one report to a subscription's recipients, once per subscription and period: the
 * delivery row (unique per subscription × period) is inserted in the transaction that sends, so a
 * second worker waits on it and then finds it, and a failed send rolls it back for the next run.
 */
async function deliver(ctx: RequestContext, s: ReportSubscription, report: Report): Promise<boolean> {
  const users = s.userIds.length ? await ctx.em.find(User, { id: { $in: s.userIds }, disabledAt: null }) : [];
  const to = [...new Set([...s.emails, ...users.map((u) => u.email.toLowerCase())])];
  const key = `report-${s.id}-${report.periodStart}`;
  return ctx.em.transactional(async (tx) => {
    const inserted = await tx.getConnection().execute<{ id: string }[]>(
      `insert into report_delivery (id, organization_id, subscription_id, period_start, report_id, recipients, sent_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, now()) on conflict do nothing returning id`,
      [s.organization.id, s.id, report.periodStart, report.id, JSON.stringify(to)],
      'all',
      tx.getTransactionContext(),
    );
    if (!inserted.length) return false;
    const l = labelsFor(report.language);
    const title = `${l.title}: ${report.content.unit.name} ${report.content.period.label} (${report.number})`;
    await smtpTransport(ctx.config).sendMail({
      from: ctx.config.SMTP_FROM,
      to,
      subject: title,
      text: `${title}\n\n${l.index}: ${report.content.index.score?.toFixed(1) ?? '—'}`,
      messageId: `<${key}@barometer.invalid>`,
      attachments: [
        { filename: `report-${report.number}.pdf`, content: await renderPdf(report, webUrlOf(ctx.config, report.id)) },
      ],
    });
    return true;
  });
}

/**
 * Circulation (docs/reports.md): for every subscription whose period has closed, the report of
 * that period is drafted, issued when the subscription says so, and e-mailed once it is issued.
 * Runs on a pg-boss schedule (once per tick across copies) and is idempotent per subscription × period.
 */
export async function circulateReports(orm: MikroORM, config: Config, log: Logger, now = new Date()) {
  let sent = 0;
  const orgs = await orm.em.fork().find(Organization, {}, { filters: false });
  for (const org of orgs) {
    const ctx = await systemContext(orm, config, log, org.id);
    const today = localDate(now, org.timeZone);
    for (const s of await ctx.em.find(ReportSubscription, {})) {
      try {
        const start = lastClosedPeriod(s.periodKind, today);
        // One copy at a time per subscription (a transaction lock), so two never draft or issue the same period twice.
        const done = await ctx.em.transactional(async (tx) => {
          await tx
            .getConnection()
            .execute(
              'select pg_advisory_xact_lock(hashtext(?))',
              [`report-${s.id}`],
              'all',
              tx.getTransactionContext(),
            );
          const inTx = { ...ctx, em: tx };
          if (await tx.findOne(ReportDelivery, { subscriptionId: s.id, periodStart: start })) return false;
          const report = await reportFor(inTx, s, start);
          return report ? deliver(inTx, s, report) : false;
        });
        if (done) sent++;
      } catch (error) {
        log.error({ err: error, subscription: s.id }, 'report circulation failed; the next run tries again');
      }
    }
  }
  return sent;
}
