import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { circulateReports } from '../../server/reports/index.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { reportFixture, type ReportFixture } from '../support/reports.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let t: Tenant;
let f: ReportFixture;
const log = createLogger('silent');

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), DELIVERY_WORKER: 'false' });
  t = await newTenant(app, 'Circulation');
  f = await reportFixture(app, t);
  await f.respond('NORTH', '2026-10-05T10:00:00Z', { speed: 4, role: 'party' }); // 75
  await f.respond('NORTH', '2026-11-05T10:00:00Z', { speed: 5, role: 'party' }); // 100
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

it('e-mails the PDF of a closed period once, even with two workers at the same time', async () => {
  await t.admin.ok(
    `mutation($input: CreateReportSubscriptionInput!) { createReportSubscription(input: $input) { id } }`,
    {
      input: {
        unitId: f.units.NORTH,
        modelId: f.modelId,
        periodKind: 'MONTH',
        language: 'zh-CN',
        emails: ['Chief@Example.test'],
        autoIssue: true,
      },
    },
  );
  // 1 December 2026: November closed. Two scheduler copies run the same tick.
  const now = new Date('2026-12-01T06:00:00Z');
  const sent = await Promise.all([
    circulateReports(app.orm, app.config, log, now),
    circulateReports(app.orm, app.config, log, now),
  ]);
  await circulateReports(app.orm, app.config, log, now); // a later run of the same period
  const ours = smtp.received.filter((m) => m.subject?.includes('2026-11'));
  expect(sent.reduce((a, b) => a + b, 0)).toBe(1);
  expect(ours).toHaveLength(1);
  const [mail] = ours;
  expect(mail.subject).toMatch(/^满意度分析报告: Unit NORTH 2026-11 \(2026-11-\d{4}\)$/);
  expect((mail.to as { text: string }).text).toBe('chief@example.test');
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0].contentType).toBe('application/pdf');
  expect(mail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
  const { reports } = await t.admin.ok(`query($u: ID!) { reports(unitId: $u) { status number periodStart } }`, {
    u: f.units.NORTH,
  });
  expect(reports.filter((r: any) => r.periodStart === '2026-11-01' && r.status === 'ISSUED')).toHaveLength(1);
});
