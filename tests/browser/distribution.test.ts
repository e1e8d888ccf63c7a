import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { createDistribution } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;

const survey = { pages: [{ name: 'p1', elements: [{ type: 'rating', name: 'overall', title: 'How satisfied are you with the counter?', rateMin: 1, rateMax: 5, isRequired: true }] }] };

/** Answers the one rating question with 4 and completes the survey. */
async function answer(page: Page) {
  await page.getByText('How satisfied are you with the counter?').waitFor();
  await page.locator('.sd-rating__item-text', { hasText: /^4$/ }).first().click();
  await page.getByRole('button', { name: 'Complete' }).click();
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
      await page.getByLabel('Name').fill('Counter link');
      await page.getByLabel('Questionnaire').selectOption({ label: 'Counter survey' });
      await page.getByLabel('Version').selectOption({ label: 'Version 1' });
      await page.getByLabel('Channel').selectOption('WEB_LINK');
      await page.getByLabel('Quota (completed responses)').fill('100');
      await page.getByRole('group', { name: 'Units' }).getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Create distribution' }).click();
      await page.getByRole('heading', { name: 'Counter link' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      const url = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
      expect(url).toMatch(/\/r\/.+/);
      await page.getByRole('button', { name: /^Copy link: / }).click();
      await page.getByRole('status').getByText('Link copied.').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

      // The QR code downloads as SVG, and the PNG link answers with a PNG.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /QR code of .* as SVG/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.svg$/);
      expect(readFileSync((await download.path())!, 'utf8')).toContain('<svg');
      const png = await page.request.get(await page.getByRole('link', { name: /QR code of .* as PNG/ }).getAttribute('href') as string);
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
      await row.getByRole('button', { name: 'Resume' }).click();
      await row.getByText('Active').waitFor();
    });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('refuses an invitation CSV with a bad e-mail, showing the row, and lists the invitations of a good one with their history', async () => {
    const email = await createDistribution(t.admin, { name: 'Claims follow-up', questionnaireId, channel: 'EMAIL', unitIds: [t.headOfficeId] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'distribution-invitations', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/distributions/${email.id}`);
      await page.getByRole('heading', { name: 'Claims follow-up' }).waitFor();
      await page.getByText('This channel has personal invitations only: no public link.').waitFor();
      const contacts = page.getByLabel('CSV or list of contacts');
      await contacts.fill('email,language,externalRef\nanna@example.org,uk,C-1\nnot-an-address,en,C-2\nli@example.cn,zh-cn,C-3\n');
      await page.getByRole('button', { name: 'Invite' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('Nothing was imported: 1 problem(s)').waitFor();
      expect(await alert.textContent()).toMatch(/Line 3 \(field contact\)/);
      await page.getByText('No invitations yet.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await contacts.fill('email,language,externalRef\nanna@example.org,uk,C-1\nli@example.cn,zh-cn,C-3\n');
      await page.getByRole('button', { name: 'Invite' }).click();
      await page.getByRole('status').getByText(/2 invited, 0 skipped/).waitFor();
      const table = page.locator('table.invitations');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
      await page.getByRole('button', { name: /^History of a/ }).click();
      await page.locator('ol.history li').first().getByText(/Queued/).waitFor();
      await expect.poll(() => page.locator('[data-stat="invited"]').textContent()).toBe('2');
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
