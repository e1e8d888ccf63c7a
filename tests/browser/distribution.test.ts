import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  trackFetches,
  uiText,
  waitForRendered,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { createDistribution } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'overall',
          title: 'How satisfied are you with the counter?',
          rateMin: 1,
          rateMax: 5,
          isRequired: true,
        },
      ],
    },
  ],
};

/** Answers the one rating question with 4 and completes the survey. */
async function answer(page: Page) {
  await page.getByText('How satisfied are you with the counter?').waitFor();
  await page.locator('.sd-rating__item-text', { hasText: /^4$/ }).first().click();
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
}

describe.skipIf(!hasChromium)('the distribution pages in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Pension Fund');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter survey');
    questionnaireId = q.id;
    await publish(t.admin, q.id);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates a web link distribution, copies its link, downloads its QR code, and counts a response through it', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const page = await context.newPage();
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'distribution-create', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Distributions' }).click();
      await page.getByRole('heading', { name: 'New distribution' }).waitFor();
      await page.getByText('No distributions yet.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      const create = page.getByRole('form', { name: 'New distribution' });
      await create.getByLabel('Name').fill('Counter link');
      await create.getByLabel('Questionnaire').selectOption({ label: 'Counter survey' });
      await create.getByLabel('Version').selectOption({ label: 'Version 1' });
      await create.getByLabel('Channel').selectOption('WEB_LINK');
      await create.getByLabel('Quota (completed responses)').fill('100');
      await create.getByRole('group', { name: 'Units' }).getByRole('checkbox').first().check();
      await create.getByRole('button', { name: 'Create distribution' }).click();
      await page.getByRole('heading', { name: 'Counter link' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // Settings change in place.
      await page.getByRole('button', { name: 'Change settings' }).click();
      const settings = page.getByRole('form', { name: 'Change settings' });
      await settings.getByLabel('Quota (completed responses)').fill('200');
      await settings.getByLabel('Respondent category').fill('visitor');
      await settings.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('status').getByText('Settings saved.').waitFor();
      await expect
        .poll(async () => (await page.getByRole('region', { name: 'Settings' }).textContent())!.replace(/\s+/g, ' '))
        .toContain('Quota (completed responses): 200 · Respondent category: visitor');

      const url = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
      expect(url).toMatch(/\/r\/.+/);
      await page.getByRole('button', { name: /^Copy link: / }).click();
      await page.getByRole('status').getByText('Link copied.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

      // The QR code downloads as SVG, and the PNG link answers with a PNG.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /QR code of .* as SVG/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.svg$/);
      expect(readFileSync((await download.path())!, 'utf8')).toContain('<svg');
      const png = await page.request.get(
        (await page.getByRole('link', { name: /QR code of .* as PNG/ }).getAttribute('href')) as string,
      );
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');

      // A respondent opens the link and answers.
      const respondent = await context.newPage();
      await respondent.goto(`${app.url}${new URL(url).pathname}`);
      await answer(respondent);
      await respondent.locator('.sd-completedpage').waitFor();
      await respondent.close();

      await page.reload();
      await expect.poll(() => page.locator('[data-stat="responses"]').textContent()).toBe('1');
      await page.getByRole('link', { name: 'Back to distributions' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Counter link' });
      await expect.poll(() => row.locator('.responses').textContent()).toBe('1');
      expect(await row.textContent()).toContain('Web link');
      expect(await row.textContent()).toContain('Active');
      await row.getByRole('button', { name: 'Pause' }).click();
      await row.getByText('Paused').waitFor();
      // Filters by status and channel.
      const filters = page.getByRole('search', { name: 'Filter distributions' });
      await filters.getByLabel('Status').selectOption('ACTIVE');
      await page.getByText('No distributions match.').waitFor();
      await filters.getByLabel('Status').selectOption('PAUSED');
      await filters.getByLabel('Channel').selectOption('WEB_LINK');
      await row.getByRole('button', { name: 'Resume' }).click();
      await page.getByText('No distributions match.').waitFor();
      await filters.getByLabel('Status').selectOption('');
      await row.getByText('Active').waitFor();
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('refuses an invitation CSV with a bad e-mail, showing the row, and lists the invitations of a good one with their history', async () => {
    const email = await createDistribution(t.admin, {
      name: 'Claims follow-up',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'distribution-invitations', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/distributions/${email.id}`);
      await page.getByRole('heading', { name: 'Claims follow-up' }).waitFor();
      await page.getByText('This channel has personal invitations only: no public link.').waitFor();
      const contacts = page.getByLabel('CSV or list of contacts');
      await contacts.fill(
        'email,language,externalRef\nanna@example.org,uk,C-1\nnot-an-address,en,C-2\nli@example.cn,zh-cn,C-3\n',
      );
      await page.getByRole('button', { name: 'Invite' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('Nothing was imported: 1 problem(s)').waitFor();
      expect(await alert.textContent()).toMatch(/Line 3 \(field contact\)/);
      await page.getByText('No invitations yet.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await contacts.fill('email,language,externalRef\nanna@example.org,uk,C-1\nli@example.cn,zh-cn,C-3\n');
      await page.getByRole('button', { name: 'Invite' }).click();
      await page
        .getByRole('status')
        .getByText(/2 invited, 0 skipped/)
        .waitFor();
      const table = page.locator('table.invitations');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
      await page.getByRole('button', { name: /^History of a/ }).click();
      await page
        .locator('ol.history li')
        .first()
        .getByText(/Queued/)
        .waitFor();
      await expect.poll(() => page.locator('[data-stat="invited"]').textContent()).toBe('2');
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('edits event rules, reports bad calendar dates, shows the follow-up rate', async () => {
    const sms = await createDistribution(t.admin, {
      name: 'Complaint callback',
      questionnaireId,
      channel: 'PHONE',
      unitIds: [t.headOfficeId],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'distribution-rules', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Distributions' }).click();
      await page.getByRole('link', { name: 'Event rules' }).click();
      await page.getByText('No rules yet.').waitFor();
      await page.getByRole('button', { name: 'New rule' }).click();
      const form = page.getByRole('form', { name: 'New rule' });
      await form.getByLabel('Event type').fill('complaint_closed');
      await form.getByLabel('Distribution').selectOption({ label: 'Complaint callback (Phone (interviewer))' });
      await form.getByLabel('Deadline (working days)').fill('3');
      await form.getByLabel('Sampling rate (0–1)').fill('0.5');
      await form.getByLabel('Fatigue (days)').fill('30');
      await form.getByRole('button', { name: 'Save rule' }).click();
      await page.getByRole('status').getByText('Rule saved.').waitFor();
      const row = page.getByRole('row').filter({ hasText: 'complaint_closed' });
      expect((await row.textContent())!.replace(/\s+/g, ' ')).toContain('Complaint callback');
      await row.getByRole('button', { name: 'Edit the rule for complaint_closed' }).click();
      await page
        .getByRole('form', { name: 'Edit the rule for complaint_closed' })
        .getByLabel('Delay (hours)')
        .fill('2');
      await page.getByRole('button', { name: 'Save rule' }).click();
      await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('2');
      const rules = (
        await t.admin.ok(
          `{ eventRules { eventType distributionId delayHours deadlineWorkingDays samplingRate fatigueDays } }`,
        )
      ).eventRules;
      expect(rules).toEqual([
        {
          eventType: 'complaint_closed',
          distributionId: sms.id,
          delayHours: 2,
          deadlineWorkingDays: 3,
          samplingRate: 0.5,
          fatigueDays: 30,
        },
      ]);

      // The calendar: Saturday becomes a working day; a bad date is named and nothing is saved.
      await page.getByRole('checkbox', { name: 'Saturday' }).check();
      const holidays = page.getByLabel('Holidays (YYYY-MM-DD, one per line)');
      await holidays.fill('2026-12-25\n2026-13-45');
      await page.getByRole('button', { name: 'Save calendar' }).click();
      await page.getByRole('alert').getByText('Holiday "2026-13-45" is not a date').waitFor();
      expect((await t.admin.ok(`{ organizationCalendar { workingDays holidays } }`)).organizationCalendar).toEqual({
        workingDays: [1, 2, 3, 4, 5],
        holidays: [],
      });
      await holidays.fill('2026-12-25\n2027-01-01');
      await page.getByRole('button', { name: 'Save calendar' }).click();
      await page.getByRole('status').getByText('Calendar saved.').waitFor();
      expect((await t.admin.ok(`{ organizationCalendar { workingDays holidays } }`)).organizationCalendar).toEqual({
        workingDays: [1, 2, 3, 4, 5, 6],
        holidays: ['2026-12-25', '2027-01-01'],
      });

      await page.getByRole('button', { name: 'Show' }).click();
      const rate = page.locator('dl.follow-up');
      await rate.waitFor();
      expect((await rate.textContent())!.replace(/\s+/g, ' ')).toContain('Eligible events0');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lets a signed-in interviewer enter a phone call’s answers from the call list, record an unreachable call, and enter a paper form', async () => {
    const phone = await createDistribution(t.admin, {
      name: 'Phone follow-up',
      questionnaireId,
      channel: 'PHONE',
      unitIds: [t.headOfficeId],
    });
    const paper = await createDistribution(t.admin, {
      name: 'Paper forms',
      questionnaireId,
      channel: 'PAPER',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(`mutation($input: InviteRespondentsInput!) { inviteRespondents(input: $input) { invited } }`, {
      input: {
        distributionId: phone.id,
        respondents: [
          { contact: '+380671234567', externalRef: 'CL-1' },
          { contact: '+380672223344', externalRef: 'CL-2' },
        ],
      },
    });
    // A signed-in interviewer of the unit, not an administrator.
    const interviewer = { email: `interviewer@${t.slug}.test`, password: 'a long enough password' };
    await t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { ...interviewer, displayName: 'Olena', roles: [{ role: 'INTERVIEWER', unitId: t.headOfficeId }] },
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'distribution-interview', async () => {
      await signInAt(page, app.url, interviewer.email, interviewer.password);
      await page.goto(`${app.url}/#/distributions/interview`);
      await page
        .getByRole('combobox', { name: 'Distribution', exact: true })
        .selectOption({ label: 'Phone follow-up (Phone (interviewer))' });
      const calls = page.locator('table.calls tbody tr');
      await expect.poll(() => calls.count()).toBe(2);
      expect(await accessibilityViolations(page)).toEqual([]);
      // Contacts are masked by the API (+380…67): the reference tells the calls apart.
      await calls
        .filter({ hasText: 'CL-1' })
        .getByRole('button', { name: /^Enter answers: / })
        .click();
      await answer(page);
      await page.getByRole('status').getByText('Response saved.').waitFor();
      await expect.poll(() => calls.count()).toBe(1);
      await calls.filter({ hasText: 'CL-2' }).getByLabel(/^Note/).fill('voicemail');
      await calls
        .filter({ hasText: 'CL-2' })
        .getByRole('button', { name: /^Not reached: / })
        .click();
      await page.getByRole('status').getByText('Call outcome recorded.').waitFor();

      await page
        .getByRole('combobox', { name: 'Distribution', exact: true })
        .selectOption({ label: 'Paper forms (Paper (interviewer))' });
      await page.getByRole('button', { name: 'Start entry' }).click();
      await answer(page);
      await page.getByRole('status').getByText('Response saved.').waitFor();
      await page.getByRole('button', { name: 'Next entry' }).click();
      await answer(page);
      await page.getByRole('status').getByText('Response saved.').waitFor();

      // What an interviewer may not do is not offered: no creation, pause or close, rule editing or calendar saving.
      await page.getByRole('link', { name: 'All distributions' }).click();
      await page.getByRole('link', { name: 'Phone follow-up' }).waitFor();
      expect(await page.getByRole('heading', { name: 'New distribution' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^(Pause|Close)/ }).count()).toBe(0);
      await page.getByRole('link', { name: 'Event rules' }).click();
      await page.getByRole('heading', { name: 'Organisation calendar' }).waitFor();
      await expect.poll(() => page.getByRole('checkbox', { name: 'Monday' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Monday' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: /New rule|Save calendar|Edit/ }).count()).toBe(0);
    });
    const { responses } = await t.admin.ok(`{ responses(first: 50) { edges { node { channel answers } } } }`);
    const byChannel = (c: string) =>
      responses.edges.filter((e: any) => e.node.channel === c).map((e: any) => e.node.answers);
    expect(byChannel('PHONE')).toEqual([{ overall: 4 }]);
    expect(byChannel('PAPER')).toEqual([{ overall: 4 }, { overall: 4 }]);
    const stats = (
      await t.admin.ok(`query($id: ID!) { distribution(id: $id) { stats { completed } } }`, { id: phone.id })
    ).distribution.stats;
    expect(stats.completed).toBe(1);
    expect(paper.links).toHaveLength(1);
    const history = (
      await t.admin.ok(
        `query($f: InvitationFilterInput!) { invitations(filter: $f) { edges { node { externalRef status history { status detail } } } } }`,
        { f: { distributionId: phone.id } },
      )
    ).invitations.edges.map((e: any) => e.node);
    expect(history.find((i: any) => i.externalRef === 'CL-1').status).toBe('COMPLETED');
    expect(JSON.stringify(history.find((i: any) => i.externalRef === 'CL-2').history)).toContain('voicemail');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows the distribution pages in Chinese and Ukrainian with no untranslated text, and works from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const missing: string[] = [];
    page.on('console', (m) => /Not found|fall back/i.test(m.text()) && missing.push(m.text()));
    await trackFetches(page);
    await withScreenshotOnFailure(page, 'distribution-languages', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      const { distributions } = await t.admin.ok(`{ distributions { edges { node { id channel name } } } }`);
      const email = distributions.edges.find((e: any) => e.node.channel === 'EMAIL').node;
      for (const locale of ['zh-CN', 'uk'] as const) {
        await page.getByRole('banner').getByRole('combobox').selectOption(locale);
        // Each route's own heading (the previous route's heading does not count): a title in this
        // language, or the distribution's name.
        const headings: [string, string][] = [
          ['#/distributions', uiText(locale, 'distribution.title')],
          [`#/distributions/${email.id}`, email.name],
          ['#/distributions/rules', uiText(locale, 'distribution.rules')],
          ['#/distributions/interview', uiText(locale, 'distribution.interview')],
        ];
        for (const [route, heading] of headings) {
          await page.evaluate((hash) => (window.location.hash = hash), route);
          await waitForRendered(page, page.locator('main h2').getByText(heading, { exact: true }));
          const text = await page.locator('main').innerText();
          expect(text, `${locale} ${route}`).not.toMatch(/\bdistribution\.[a-zA-Z]+/);
          expect(text, `${locale} ${route}`).not.toMatch(
            /\b(Distributions|Event rules|Interviewer entry|Invitations|Response rate)\b/,
          );
        }
      }
      expect(missing).toEqual([]);
      // Keyboard: from the navigation to a distribution's detail page and its copy button.
      await page.getByRole('banner').getByRole('combobox').selectOption('en');
      await page.evaluate(() => (window.location.hash = '#/distributions'));
      await page.getByRole('link', { name: 'Counter link' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Counter link' }).waitFor();
      await page.getByRole('textbox', { name: 'Link', exact: true }).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Copy link: /);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
        /^QR code of .* as PNG$/,
      );
    });
    await page.close();
  }, 60_000);
});
