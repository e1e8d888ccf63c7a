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
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { reportFixture } from '../support/reports.js';

/* The scheduled-exports page (docs/exports.md): an ADMIN schedules an export and sees it listed. */

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('scheduled exports in the browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Court exports');
    await reportFixture(app, t);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
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
});
