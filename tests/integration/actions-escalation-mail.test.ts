import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, actionsWorker, until, type ActionsFixture } from '../support/actions.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

let app: TestApp;
let smtp: SmtpListener;
let f: ActionsFixture;
const emails: Record<'en' | 'zh-CN' | 'uk', string> = { en: '', 'zh-CN': '', uk: '' };

const OPEN = `mutation($input: OpenActionInput!) { openAction(input: $input) { id } }`;
const open = async (unit: 'B' | 'C', extra: Record<string, unknown> = {}) =>
  (
    await f.t.admin.ok(OPEN, {
      input: {
        unitId: f.units[unit],
        title: `Speed at ${unit}`,
        measures: 'Open a second counter at peak hours.',
        sourceKind: 'LOST_POINTS',
        modelId: f.modelId,
        indicatorKey: 'speed',
        responsibleUserId: f.manager.id,
        deadline: '2026-02-28',
        targetKind: 'SCORE_RISE',
        targetValue: 20,
        baselineFrom: '2026-01-01',
        baselineTo: '2026-02-01',
        recheckFrom: '2026-03-01',
        recheckTo: '2026-04-01',
        ...extra,
      },
    })
  ).openAction.id as string;
const mailTo = (email: string) => smtp.received.filter((m) => m.to && 'text' in m.to && m.to.text === email);

beforeAll(async () => {
  smtp = await startSmtp();
  app = await startTestApp({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Barometer <b@x.test>' });
  f = await actionsFixture(app);
  emails.en = f.manager.email;
  // Two more managers of the region, reading Chinese and Ukrainian.
  for (const locale of ['zh-CN', 'uk'] as const) {
    emails[locale] = `region-${locale.toLowerCase()}@${f.t.slug}.test`;
    await f.t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: {
        email: emails[locale],
        displayName: locale,
        locale,
        roles: [{ role: 'UNIT_MANAGER', unitId: f.units.REGION }],
      },
    });
  }
  // B, speed: January 2, 2, 3 → 25, 25, 50 = 33.3; March 3, 2, 3 → 50, 25, 50 = 41.7: +8.3, short of +20.
  await f.respond('B', '2026-01-15', [2, 2, 3]);
  await f.respond('B', '2026-03-15', [3, 2, 3]);
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe('escalation e-mails in the recipient’s language', () => {
  it('mails a NOT_MET re-check to each manager of the parent unit in their own language', async () => {
    const b = await open('B');
    const { recheckAction } = await f.t.admin.ok(`mutation($id: ID!) { recheckAction(actionId: $id) { verdict } }`, {
      id: b,
    });
    expect(recheckAction.verdict).toBe('NOT_MET');
    await until(
      async () => smtp.received.length,
      (n) => n >= 3,
    );
    const [en, zh, uk] = [mailTo(emails.en), mailTo(emails['zh-CN']), mailTo(emails.uk)];
    expect([en.length, zh.length, uk.length]).toEqual([1, 1, 1]);
    expect(en[0].subject).toBe('Escalated: Speed at B (B)');
    expect(en[0].text).toContain('The re-check was not met.');
    expect(en[0].text).toContain('Measures required: Open a second counter at peak hours.');
    expect(zh[0].subject).toBe('升级督办：Speed at B（B）');
    expect(zh[0].text).toContain(
      '复检未达标：整改前 33.3（n = 3），整改后 41.7（n = 3）。 未达到目标（提升 20.0 分）。',
    );
    expect(zh[0].text).toContain('整改措施：Open a second counter at peak hours.');
    expect(zh[0].text).not.toContain('The re-check');
    expect(uk[0].subject).toBe('Ескалація: Speed at B (B)');
    expect(uk[0].text).toContain(
      'Повторна перевірка не досягла цілі: до 33.3 (n = 3), після 41.7 (n = 3). Ціль не досягнуто (зростання на 20.0 бала).',
    );
    expect(en[0].text).toContain('33.3 → 41.7 (Δ +8.3): short of a rise of 20.0 points.');
    expect(uk[0].text).toContain('Необхідні заходи: Open a second counter at peak hours.');
  });

  it('mails an overdue action in each manager’s language', async () => {
    // C: deadline past, re-check period not over, never submitted: overdue, no re-check yet.
    await open('C', { recheckFrom: '2026-12-01', recheckTo: '2027-01-01' });
    const before = smtp.received.length;
    const w = await actionsWorker(app);
    try {
      await w.worker.dispatch();
      await w.worker.dispatch();
    } finally {
      await w.close();
    }
    await until(
      async () => smtp.received.length - before,
      (n) => n >= 3,
    );
    const last = (email: string) => mailTo(email).at(-1)!;
    expect(last(emails.en).text).toContain('The action is overdue: its deadline was 2026-02-28.');
    expect(last(emails['zh-CN']).text).toContain('整改任务已逾期：完成时间为 2026-02-28。');
    expect(last(emails.uk).text).toContain('Захід прострочено: строк був 2026-02-28.');
    expect(last(emails.uk).subject).toBe('Ескалація: Speed at C (C)');
  });
});
