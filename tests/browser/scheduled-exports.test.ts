import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  uiText,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { createLogger } from '../../server/logger.js';
import { runScheduledExports } from '../../server/reports/index.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { reportFixture, type ReportFixture } from '../support/reports.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

/*
 * The scheduled-exports page (docs/exports.md): an ADMIN schedules an export and sees it listed,
 * and sees a run the mail server refused, in the reader's language.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let smtp: SmtpListener;
let f: ReportFixture;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('scheduled exports in the browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    smtp = await startSmtp();
    smtp.refuse.add('refused@example.test');
    app = await startTestApp({
      WEB_DIR: `${root}web/dist`,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      DELIVERY_WORKER: 'false',
    });
    t = await newTenant(app, 'Court exports');
    f = await reportFixture(app, t);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  it('schedules an export from the navigation and lists it; pauses it; fits 1366 and 390 px with no axe violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'scheduled-exports', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Scheduled exports' }).click();
      await page.getByRole('heading', { name: 'Scheduled exports' }).waitFor();
      await page.getByText('No export is scheduled yet.').waitFor();
      // Nowhere to send it: refused on the page, in words.
      await page.getByLabel('Name', { exact: true }).fill('Warehouse monthly');
      await page.getByRole('button', { name: 'Schedule', exact: true }).click();
      await page.getByText('Give at least one e-mail address or a folder.').waitFor();
      await page.getByLabel('E-mail addresses (one per line)').fill('bi@example.test');
      await page.getByLabel('Folder (letters, digits, - and _)').fill('warehouse');
      await page.getByText('XLSX', { exact: true }).click();
      await page.getByRole('button', { name: 'Schedule', exact: true }).click();
      await page.getByRole('status').getByText('The export is scheduled.').waitFor();
      const row = page.getByRole('row', { name: /Warehouse monthly/ });
      await row.getByText('bi@example.test, warehouse/').waitFor();
      await row.getByText('Results · XLSX · Month').waitFor();
      await row.getByText('Not run yet').waitFor();
      await row.getByRole('button', { name: 'Pause' }).click();
      await row.getByText('Paused', { exact: true }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await page.setViewportSize({ width: 390, height: 900 });
      await row.getByRole('button', { name: 'Resume' }).waitFor();
      expect(await overflow(page)).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows a run the mail server refused, with its reason, in Ukrainian and in English', async () => {
    const create = `mutation($input: CreateScheduledExportInput!) { createScheduledExport(input: $input) { id } }`;
    const input = { name: 'Refused monthly', unitId: t.headOfficeId, contents: ['RESULTS'], format: 'CSV' };
    await t.admin.ok(create, {
      input: { ...input, periodKind: 'MONTH', modelId: f.modelId, emails: ['refused@example.test'] },
    });
    // The mail server answers 451: the run is recorded as failed.
    await runScheduledExports(app.orm, app.config, createLogger('silent'));
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'scheduled-exports-failed', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.evaluate(() => localStorage.setItem('barometer-locale', 'uk'));
      await page.goto(`${app.url}/reports/exports`);
      const row = page.getByRole('row', { name: /Refused monthly/ });
      await row.getByText(uiText('uk', 'exports.failure.MAIL_REFUSED')).waitFor();
      expect(await row.locator('.export-failure').first().innerText()).toBe(
        uiText('uk', 'exports.failure.MAIL_REFUSED'),
      );
      await row.getByText(/^Не вдалося: .+, спроба 1, /).waitFor();
      // The server's own words, marked as English for screen readers.
      const detail = row.locator('small.export-failure');
      expect(await detail.getAttribute('lang')).toBe('en');
      expect(await detail.innerText()).toMatch(/451/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.evaluate(() => localStorage.setItem('barometer-locale', 'en'));
      await page.reload();
      await row.getByText('The mail server did not accept the e-mail; the next run sends it again.').waitFor();
      await row.getByText(/^Failed: .+, attempt 1, /).waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
