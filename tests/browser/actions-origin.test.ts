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
import { CREATE_CASE } from '../support/cases.js';
import { MY_ASSIGNMENTS, newUser, registerInspector, SUBMIT_VISIT } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let f: ActionsFixture;
let browser: Browser;
// A 1×1 PNG (70 bytes).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe.skipIf(!hasChromium)('actions opened from a case, their evidence and their verdict in Chinese', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    f = await actionsFixture(app);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens an action from a case page, links back, serves its evidence and writes the verdict in Chinese', async () => {
    const { createCase } = await f.t.admin.ok(CREATE_CASE, {
      input: { unitId: f.units.A, channel: 'PHONE_HOTLINE', description: 'Waited an hour at the counter.' },
    });
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'actions-from-case', async () => {
      await signInAt(page, `${app.url}/cases/${createCase.id}`, f.t.adminEmail, f.t.adminPassword);
      const name = `Open an action: Case ${createCase.reference}`;
      await page.getByRole('button', { name }).click();
      const dialog = page.getByRole('dialog', { name });
      expect(await dialog.getByLabel('Title').inputValue()).toBe(createCase.reference);
      expect(await dialog.getByLabel('Problem found').inputValue()).toBe('Waited an hour at the counter.');
      await dialog.getByLabel('Measures required').fill('A second counter at peak hours.');
      await dialog.getByLabel('Responsible person').click();
      await page.getByRole('option', { name: /region-manager/ }).click();
      await dialog.getByRole('button', { name: 'Open the action' }).click();

      // The action page links back to the case.
      await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
      const actionUrl = page.url();
      const back = page.locator('.action-origin').getByRole('link', { name: `Case ${createCase.reference}` });
      await back.waitFor();
      await page.getByText('Opened from: Case').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // Evidence added on the page is a link that downloads the same bytes.
      await page.getByLabel('Progress note').fill('Counter opened');
      await page.locator('input[type=file]').setInputFiles({
        name: 'counter.png',
        mimeType: 'image/png',
        buffer: Buffer.from(PNG, 'base64'),
      });
      await page.getByRole('button', { name: 'Add the note' }).click();
      const link = page.getByRole('link', { name: 'counter.png' });
      await link.waitFor();
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^\/api\/action-evidence\/[0-9a-f-]{36}$/);
      const bytes = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return [
          r.status,
          r.headers.get('content-type'),
          btoa(String.fromCharCode(...new Uint8Array(await r.arrayBuffer()))),
        ];
      }, href);
      expect(bytes).toEqual([200, 'image/png', PNG]);

      await back.click();
      await page.waitForURL(`${app.url}/cases/${createCase.id}`);

      // Re-checked (no indicator: NO_DATA), the reason is written in the reader's language.
      const id = actionUrl.split('/').at(-1);
      await f.t.admin.ok(`mutation($id: ID!) { recheckAction(actionId: $id) { id } }`, { id });
      await page.evaluate(() => localStorage.setItem('barometer-locale', 'zh-CN'));
      await page.goto(actionUrl);
      const reason = page.locator('.recheck-reason').first();
      await reason.getByText('该整改任务未指定指标，无可复检内容。').waitFor();
      expect(await reason.getAttribute('lang')).toBeNull();
      expect(await page.locator('.action-origin').getByRole('link').innerText()).toBe(`工单 ${createCase.reference}`);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('chooses the indicator to re-check in the case dialog, and says the verdict is manual without one', async () => {
    // January at B: speed 2, 2, 3 → 25, 25, 50: score 33.3, sd 14.43, se 8.33, ci95 16.3 (n 3).
    await f.respond('B', '2026-01-15', [2, 2, 3]);
    const { createCase } = await f.t.admin.ok(CREATE_CASE, {
      input: { unitId: f.units.B, channel: 'PHONE_HOTLINE', description: 'Nobody at the counter.' },
    });
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'actions-case-indicator', async () => {
      await signInAt(page, `${app.url}/cases/${createCase.id}`, f.t.adminEmail, f.t.adminPassword);
      const name = `Open an action: Case ${createCase.reference}`;
      await page.getByRole('button', { name }).click();
      const dialog = page.getByRole('dialog', { name });
      const pick = dialog.locator('.indicator-pick');
      await pick.getByTestId('manual-verdict').getByText('its verdict is "No data"').waitFor();
      await pick.getByLabel('Indicator model').selectOption({ label: 'Service index' });
      await pick.locator('select').nth(1).selectOption({ label: 'Speed' });
      await pick.getByText('The re-check compares this indicator').waitFor();
      expect(await pick.getByTestId('manual-verdict').count()).toBe(0);
      await pick.locator('input[type=date]').nth(0).fill('2026-01-01');
      await pick.locator('input[type=date]').nth(1).fill('2026-02-01');
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByLabel('Measures required').fill('Staff the counter all day.');
      await dialog.getByLabel('Responsible person').click();
      await page.getByRole('option', { name: /region-manager/ }).click();
      await dialog.getByRole('button', { name: 'Open the action' }).click();

      // Frozen on Speed over January, so it is re-checked MET / NOT_MET rather than closed by hand.
      await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
      await page.getByTestId('frozen').getByText('Score 33.3 (n = 3, ±16.3)').waitFor();
      await page.getByText('Indicator: speed').waitFor();
      await page
        .locator('.action-origin')
        .getByRole('link', { name: `Case ${createCase.reference}` })
        .waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("pre-selects the indicator scoring a visit finding's question, and none for a finding without one", async () => {
    // A mystery visit to C: finding 0 names no question, finding 1 the scoring sheet's "staff", which the
    // fixture's published model "Service index" scores in its leaf "Staff" (and no other published model does).
    const kindId = (await f.t.admin.ok(`query { inspectionKinds { id key } }`)).inspectionKinds.find(
      (k: { key: string }) => k.key === 'MYSTERY_VISIT',
    ).id;
    const inspector = await newUser(app, f.t, 'INSPECTOR', f.t.headOfficeId);
    const inspectorId = await registerInspector(f.t.admin, {
      ownerUnitId: f.t.headOfficeId,
      name: 'Inspector',
      category: 'JOURNALIST',
      unitIds: [f.t.headOfficeId],
      userId: inspector.userId,
    });
    await f.t.admin.ok(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
      input: {
        ownerUnitId: f.units.C,
        name: 'C visits',
        kindId,
        questionnaireVersionId: f.versionId,
        unitIds: [f.units.C],
        inspectorIds: [inspectorId],
        dates: ['2026-02-01'],
      },
    });
    const [assignment] = (await inspector.client.ok(MY_ASSIGNMENTS)).myAssignments;
    const { submitVisit } = await inspector.client.ok(SUBMIT_VISIT, {
      input: {
        clientId: 'browser-visit-1',
        assignmentId: assignment.id,
        startedAt: '2026-02-01T09:00:00Z',
        endedAt: '2026-02-01T10:00:00Z',
        answers: { speed: 3, staff: 2 },
        nonConformities: [
          { title: 'Queue sign missing', severity: 'LOW' },
          { title: 'Rude at the counter', severity: 'MEDIUM', note: 'Raised voice at a client.', question: 'staff' },
        ],
      },
    });
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'actions-visit-indicator', async () => {
      await signInAt(page, `${app.url}/fieldwork/visits/${submitVisit.id}`, f.t.adminEmail, f.t.adminPassword);
      const selected = (pick: ReturnType<typeof page.locator>, n: number) =>
        pick
          .locator('select')
          .nth(n)
          .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim());

      // Without a question: nothing chosen, the verdict will be manual.
      const plain = 'Open an action: Visit finding: Queue sign missing';
      await page.getByRole('button', { name: plain }).click();
      const first = page.getByRole('dialog', { name: plain });
      await first.locator('.indicator-pick').getByTestId('manual-verdict').waitFor();
      expect(await selected(first.locator('.indicator-pick'), 0)).toBe('No indicator');
      await page.keyboard.press('Escape');
      await first.waitFor({ state: 'hidden' });

      // About "staff": the model and its indicator are chosen, and the dialog says why.
      const name = 'Open an action: Visit finding: Rude at the counter';
      await page.getByRole('button', { name }).click();
      const dialog = page.getByRole('dialog', { name });
      const pick = dialog.locator('.indicator-pick');
      await pick.getByText('Suggested: the finding’s question is scored by this indicator.').waitFor();
      expect(await selected(pick, 0)).toBe('Service index');
      expect(await selected(pick, 1)).toBe('Staff');
      expect(await pick.getByTestId('manual-verdict').count()).toBe(0);
      expect(await dialog.getByLabel('Problem found').inputValue()).toBe('Raised voice at a client.');
      expect(await accessibilityViolations(page)).toEqual([]);
      await dialog.getByLabel('Measures required').fill('Service training for the counter staff.');
      await dialog.getByLabel('Responsible person').click();
      await page.getByRole('option', { name: /region-manager/ }).click();
      await dialog.getByRole('button', { name: 'Open the action' }).click();

      // The action is judged on Staff and links back to the visit.
      await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
      await page.getByText('Indicator: staff').waitFor();
      await page.locator('.action-origin').getByRole('link', { name: 'Visit finding: Rude at the counter' }).waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
