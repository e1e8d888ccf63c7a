import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { CREATE_DRAFT, ISSUE, reportFixture, type ReportFixture } from '../support/reports.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let f: ReportFixture;
let browser: Browser;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Opens the Element Plus select labelled `label` and picks `option`. */
async function choose(page: Page, label: string, option: string | RegExp) {
  const field = page.locator('.el-form-item, label').filter({ has: page.getByLabel(label, { exact: true }) });
  await field.locator('.el-select__wrapper').first().click();
  await page.getByRole('option', { name: option }).click();
}

describe.skipIf(!hasChromium)('reports in the browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Court reports');
    f = await reportFixture(app, t);
    // NORTH in Q2 2026, speed 5, 4, 1 → 100, 75, 0: index 58.3 over n = 3.
    await f.respond('NORTH', '2026-04-10T10:00:00Z', { speed: 5, role: 'lawyer' });
    await f.respond('NORTH', '2026-05-10T10:00:00Z', { speed: 4, role: 'party' });
    await f.respond('NORTH', '2026-06-10T10:00:00Z', { speed: 1, role: 'party', remarks: 'Waited two hours' });
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('generates a draft, writes the commentary, issues the report and downloads its PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'reports-issue', async () => {
      await signInAt(page, `${app.url}/reports/new?unit=${f.units.NORTH}`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'New report' }).waitFor();
      await choose(page, 'Period', '2026-Q2');
      await page.getByRole('button', { name: 'Generate the draft' }).click();

      await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: /Unit NORTH — 2026-Q2/ }).waitFor();
      await page.getByText('58.3').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      const editor = page.getByRole('textbox', { name: 'Analyst’s commentary' });
      await editor.click();
      await page.keyboard.type('Queues grew at the counter. ');
      await page.getByRole('button', { name: 'Bold' }).click();
      await page.keyboard.type('Open a second counter.');
      await page.getByRole('button', { name: 'Add a note for a unit' }).click();
      await page.getByRole('textbox', { name: 'Requirements' }).click();
      await page.keyboard.type('Answer every complaint within a day.');
      await page.getByRole('button', { name: 'Save the commentary' }).click();
      await page.getByRole('status').getByText('Saved.').waitFor();

      await page.getByRole('button', { name: 'Issue…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Issue this report?' });
      await dialog.getByRole('button', { name: 'Issue', exact: true }).click();
      await page.getByText(/^Number 2026-Q2-\d{4}, issued by Court reports admin/).waitFor();
      // The dialog fades out: axe below must not judge its half-transparent texts.
      await dialog.waitFor({ state: 'hidden' });
      // Issued: frozen, so nothing on the page edits it any more.
      expect(await page.getByRole('textbox').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save the commentary' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Issue…' }).count()).toBe(0);
      const commentary = page.locator('.report-commentary').first();
      expect(await commentary.innerHTML()).toContain('<b>Open a second counter.</b>');
      await page.getByText('Answer every complaint within a day.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download PDF' }).click(),
      ]);
      const file = join(mkdtempSync(join(tmpdir(), 'report-download-')), 'report.pdf');
      await download.saveAs(file);
      expect(download.suggestedFilename()).toMatch(/^report-2026-Q2-\d{4}\.pdf$/);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('Queues grew at the counter. Open a second counter.');
      expect(text).toContain('Answer every complaint within a day.');

      // The archive lists it with its number and who issued it.
      await page.getByRole('link', { name: 'Reports', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Issued reports' }).waitFor();
      await page.locator('label.reports-field').filter({ hasText: 'Unit' }).locator('.el-select__wrapper').click();
      await page.getByRole('option', { name: /Unit NORTH/ }).click();
      const row = page.getByRole('row', { name: /2026-Q2-\d{4}/ });
      await row.getByText('Court reports admin').waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('subscribes an e-mail address to a unit’s monthly reports on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'reports-subscribe', async () => {
      await signInAt(page, `${app.url}/reports/subscriptions`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Report subscriptions' }).waitFor();
      await page.getByText(/No one subscribes to the reports of/).waitFor();
      await page.getByLabel('E-mail addresses (one per line)').fill('not-an-address');
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.getByText('“not-an-address” is not an e-mail address.').waitFor();
      await page.getByLabel('E-mail addresses (one per line)').fill('president@court.test');
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.getByRole('status').getByText('The subscription was created.').waitFor();
      await page.getByRole('cell', { name: 'president@court.test' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('lists a branch’s issued report in the head office’s archive only with “Include the units below”', async () => {
    const input = { unitId: f.units.SOUTH, modelId: f.modelId, periodKind: 'QUARTER', periodStart: '2026-01-01' };
    const draft = (await t.admin.ok(CREATE_DRAFT, { input: { ...input, language: 'en' } })).createReportDraft;
    const { number } = (await t.admin.ok(ISSUE, { id: draft.id })).issueReport;
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'reports-subtree', async () => {
      await signInAt(page, `${app.url}/reports`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Issued reports' }).waitFor();
      // The header's unit, the head office, to start with.
      const unit = page.locator('label.reports-field').filter({ hasText: 'Unit' });
      await unit.getByText('Head office').waitFor();
      // The head office's own archive: SOUTH's report is not in it.
      await page.getByText('No report of this unit has been issued yet.').waitFor();
      const row = page.getByRole('row', { name: new RegExp(number) });
      expect(await row.count()).toBe(0);
      // Element Plus hides the switch's input under its drawn track: click the track, read the input.
      const below = page.getByRole('switch', { name: 'Include the units below' });
      const track = page.locator('.el-switch').filter({ has: below });
      await track.click();
      expect(await below.getAttribute('aria-checked')).toBe('true');
      await row.getByRole('cell', { name: 'Unit SOUTH' }).waitFor();
      await page.getByRole('columnheader', { name: 'Unit' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await track.click();
      await page.getByText('No report of this unit has been issued yet.').waitFor();
      expect(await row.count()).toBe(0);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
