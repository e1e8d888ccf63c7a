import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFixture, type ActionsFixture } from '../support/actions.js';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let f: ActionsFixture;
let browser: Browser;

describe.skipIf(!hasChromium)('rectification actions in the browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    f = await actionsFixture(app);
    // January 2026 at A: speed 2, 2, 3 → per-response scores 25, 25, 50; mean 33.33, sd 14.43,
    // se 14.43/√3 = 8.33, ci95 1.96·8.33 = 16.33. Staff is 4 (75) throughout, so speed loses the most points.
    await f.respond('A', '2026-01-15', [2, 2, 3]);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens an action from lost points with its frozen numbers, re-checks it on demand and shows MET', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'actions-open-recheck', async () => {
      const scope = `model=${f.modelId}&unit=${f.units.A}&from=2026-01-01&to=2026-02-01`;
      await signInAt(page, `${app.url}/results?${scope}`, f.t.adminEmail, f.t.adminPassword);
      const lost = page.locator('table').filter({ has: page.getByText('Where the points went') });
      await lost.getByRole('row', { name: /Speed/ }).waitFor();
      await lost.getByRole('button', { name: 'Open an action for Unit A · Speed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open an action for Unit A · Speed' });
      await dialog.getByTestId('seed-numbers').getByText('Score 33.3 (n = 3, ±16.3)').waitFor();
      await dialog.getByText('over 2026-01-01 – 2026-01-31').waitFor();
      await dialog.getByLabel('Measures required').fill('Open a second counter at peak hours.');
      await dialog.getByLabel('Responsible person').click();
      await page.getByRole('option', { name: /region-manager/ }).click();
      await dialog.getByLabel('Target value').fill('20');
      await dialog.getByLabel('Completion deadline').fill('2026-02-28');
      await dialog.getByLabel('From').fill('2026-03-01');
      await dialog.getByLabel('To (exclusive)').fill('2026-04-01');
      await dialog.getByRole('button', { name: 'Open the action' }).click();

      // The action page: the numbers frozen at opening, from lost points.
      await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Speed · Unit A' }).waitFor();
      const frozen = page.getByTestId('frozen');
      await frozen.getByText('Score 33.3 (n = 3, ±16.3)').waitFor();
      await page.getByText('Opened from: Lost points').waitFor();
      await page.getByText('Not re-checked yet.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // March 2026 at A: speed 5, 5, 4 → 100, 100, 75: mean 91.67, sd 14.43, se 8.33, ci95 16.33.
      // Δ = 91.67 − 33.33 = +58.3 ≥ 20, and |Δ| > 1.96·√(8.33² + 8.33²) = 23.1: significant, so MET.
      await f.respond('A', '2026-03-15', [5, 5, 4]);
      await page.getByRole('button', { name: 'Re-check now' }).click();
      const verdict = page.locator('.recheck').first();
      await verdict.locator('.verdict-tag', { hasText: /^Met$/ }).waitFor();
      const before = verdict.locator('tr[data-side="before"]');
      const after = verdict.locator('tr[data-side="after"]');
      expect(await before.locator('td').allInnerTexts()).toEqual(['2026-01-01 – 2026-01-31', '33.3', '3', '16.3']);
      expect(await after.locator('td').allInnerTexts()).toEqual(['2026-03-01 – 2026-03-31', '91.7', '3', '16.3']);
      await verdict.getByText('Change: +58.3 · Significant: yes').waitFor();
      await page.locator('.action-status', { hasText: /^Met$/ }).waitFor();
      // The trend around it: January before, March after.
      const trend = page.locator('.trend-table');
      await trend.getByRole('row', { name: /2026-01 Before 33\.3 3/ }).waitFor();
      await trend.getByRole('row', { name: /2026-03 After 91\.7 3/ }).waitFor();
      expect(await page.locator('.action-trend svg circle').count()).toBe(2);
      expect(await accessibilityViolations(page)).toEqual([]);

      // The list shows it with its verdict.
      await page.goto(`${app.url}/actions`);
      const row = page.getByRole('row', { name: /Speed · Unit A/ });
      await row.getByText('Met').first().waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("opens an action from a unit's per-question row and lists it with its source and frozen numbers", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'actions-open-question', async () => {
      const scope = `model=${f.modelId}&unit=${f.units.A}&from=2026-01-01&to=2026-02-01`;
      await signInAt(page, `${app.url}/results?${scope}`, f.t.adminEmail, f.t.adminPassword);
      // The unit's card: Speed and its question "How was speed?", both 33.3 (n 3, ±16.3) in January (see above).
      const card = page.locator('table').filter({ has: page.getByText('Indicators and questions of Unit A') });
      const question = card.locator('tr[data-question="speed"]');
      await question.getByRole('button', { name: 'Open an action for Unit A · How was speed?' }).waitFor();
      expect(await question.locator('td').allInnerTexts()).toEqual(['33.3', '3', '16.3', 'Open an action']);
      expect(await card.locator('tr[data-indicator="staff"] td').first().innerText()).toBe('75.0');
      expect(await accessibilityViolations(page)).toEqual([]);
      await question.getByRole('button', { name: 'Open an action for Unit A · How was speed?' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open an action for Unit A · How was speed?' });
      const numbers = dialog.getByTestId('seed-numbers');
      await numbers.getByText('Score 33.3 (n = 3, ±16.3)').first().waitFor();
      await numbers.getByText('The action is judged on the indicator it is bound to, Speed:').waitFor();
      await dialog.getByTestId('judged-on').getByText('Score 33.3 (n = 3, ±16.3)').waitFor();
      await dialog.getByLabel('Measures required').fill('Explain the waiting time at the door.');
      await dialog.getByLabel('Responsible person').click();
      await page.getByRole('option', { name: /region-manager/ }).click();
      await dialog.getByRole('button', { name: 'Open the action' }).click();

      await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'How was speed? · Unit A' }).waitFor();
      await page.getByTestId('frozen').getByText('Score 33.3 (n = 3, ±16.3)').waitFor();
      await page.getByText('Opened from: Dashboard question').waitFor();
      await page.getByText('Question: How was speed?').waitFor();

      await page.goto(`${app.url}/actions`);
      const row = page.getByRole('row', { name: /How was speed\? · Unit A/ });
      await row.getByRole('cell', { name: 'Dashboard question · How was speed?' }).waitFor();
      await row.getByRole('cell', { name: '33.3 (n = 3)' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
