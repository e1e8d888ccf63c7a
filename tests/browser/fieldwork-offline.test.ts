import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { registerInspector } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let north: string;
const email = 'oksana@inspectors.test';
const password = 'a long enough password';

const sheet = {
  elements: [
    { type: 'rating', name: 'greeting', title: 'Greeting at the counter', rateMin: 1, rateMax: 5, isRequired: true },
    { type: 'comment', name: 'needs', title: 'Needs and suggestions' },
  ],
};
const visits = async () =>
  (await t.admin.ok(`query($u: ID!) { unitVisits(unitId: $u) { id assignmentId answers } }`, { u: north })).unitVisits;

describe.skipIf(!hasChromium)('the inspector reloads the visit form without network', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist`, DATA_DIR: mkdtempSync(join(tmpdir(), 'barometer-ev-')) });
    t = await newTenant(app, 'Insurer');
    north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
    const q = await newQuestionnaire(t.admin, t.headOfficeId, sheet, 'Counter check sheet');
    const versionId = (await publish(t.admin, q.id)).id;
    const user = await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { email, displayName: 'Oksana', password, roles: [{ role: 'INSPECTOR', unitId: t.headOfficeId }] },
    });
    const inspectorId = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Oksana (consumer representative)',
      category: 'CONSUMER_REPRESENTATIVE',
      unitIds: [t.headOfficeId],
      userId: user.createUser.user.id,
    });
    const kinds = (await t.admin.ok(`query { inspectionKinds { id key } }`)).inspectionKinds;
    await t.admin.ok(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Counter checks',
        kindId: kinds.find((k: any) => k.key === 'DAILY_CHECK').id,
        questionnaireVersionId: versionId,
        unitIds: [north],
        inspectorIds: [inspectorId],
        dates: ['2099-03-10'],
      },
    });
    // For the home page: one visit past its due date while the plan runs (OVERDUE), one still to come (OPEN).
    await t.admin.ok(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Late checks',
        kindId: kinds.find((k: any) => k.key === 'DAILY_CHECK').id,
        questionnaireVersionId: versionId,
        unitIds: [north],
        inspectorIds: [inspectorId],
        dates: ['2020-01-06', '2099-04-10'],
      },
    });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens the list and the form again after an offline reload at 390×844, and syncs the visit online', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'fieldwork-offline-reload', async () => {
      await signInAt(page, `${app.url}/fieldwork/assignments`, email, password);
      await page.getByRole('heading', { name: 'My assignments' }).waitFor();
      await page.getByRole('link', { name: /Counter checks/ }).click();
      await page.getByText('Greeting at the counter').waitFor();
      // The worker controls the page and has kept the shell, who is signed in and the assignments.
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const kept = await Promise.all(
              ['/fieldwork/assignments', '/__offline/graphql/Me?%7B%7D', '/__offline/graphql/MyAssignments?%7B%7D'].map(
                (key) => caches.match(key),
              ),
            );
            return Boolean(navigator.serviceWorker.controller) && kept.every(Boolean);
          }),
        )
        .toBe(true);

      await context.setOffline(true);
      await page.reload();
      await page.getByText('Greeting at the counter').waitFor();
      await page.getByRole('button', { name: 'Sign out' }).waitFor(); // the app shell, signed in, not the sign-in page
      await page.getByRole('combobox', { name: 'Greeting at the counter' }).click();
      await page.getByRole('option', { name: '5', exact: true }).click();
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.getByRole('button', { name: 'Submit visit' }).click();
      await page.getByRole('status').getByText('Saved on this phone.').waitFor();
      // The list opens offline too, from the reloaded page, and shows what waits to be sent.
      await page.getByRole('link', { name: 'Back to my assignments' }).click();
      await page.getByRole('heading', { name: 'My assignments' }).waitFor();
      await page.getByText('Waiting on this phone').waitFor();
      expect(await visits()).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );

      await context.setOffline(false);
      await expect.poll(async () => (await visits()).length, { timeout: 15_000 }).toBe(1);
      await page.getByRole('heading', { name: 'Done' }).waitFor();
    });
    const list = await visits();
    expect(list[0].answers).toEqual({ greeting: 5 });
    expect(list[0].assignmentId).toBeTruthy();
    // Offline, the page tried the network and was refused (the worker answers ERR_FAILED); nothing else went wrong.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to fetch/.test(e))).toEqual([]);

    // Signing out forgets the kept answers: the next person on this phone never reads them.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail').waitFor();
    await expect.poll(() => page.evaluate(() => caches.has('barometer-inspector-data'))).toBe(false);
    await context.close();
  }, 150_000);

  it('an inspector lands on their own home: next visit, due, overdue, done this month, and what waits', async () => {
    for (const width of [1366, 390]) {
      const context = await browser.newContext({ viewport: { width, height: width > 1000 ? 900 : 844 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors = consoleErrors(page);
      await withScreenshotOnFailure(page, `fieldwork-inspector-home-${width}`, async () => {
        await signInAt(page, `${app.url}/`, email, password);
        await page.getByRole('heading', { name: 'My field work' }).waitFor();
        // The oldest overdue visit comes first; the month's counts are the register's (one visit synced above).
        const next = page.locator('.fw-home-next');
        await next.getByText('due 2020-01-13 · Overdue').waitFor();
        const counts = page.locator('.fw-home-counts');
        expect(await counts.locator('div').allInnerTexts()).toEqual(['Due\n1', 'Overdue\n1', 'Done this month\n1']);
        await page.getByRole('heading', { name: 'Visits made this month' }).waitFor();
        await page.getByText('Nothing waits on this phone.').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        if (width > 1000) return;
        // On the phone: the overdue visit recorded without network shows on the home as waiting.
        await next.getByRole('link', { name: 'Start this visit' }).click();
        await page.getByText('Greeting at the counter').waitFor();
        await context.setOffline(true);
        await page.getByRole('combobox', { name: 'Greeting at the counter' }).click();
        await page.getByRole('option', { name: '3', exact: true }).click();
        await page.getByRole('button', { name: 'Complete' }).click();
        await page.getByRole('button', { name: 'Submit visit' }).click();
        await page.getByRole('status').getByText('Saved on this phone.').waitFor();
        await page.getByRole('link', { name: 'Barometer' }).click();
        await page.locator('.fw-home').getByText('Unit NORTH · 2020-01-06').waitFor();
        await next.getByText('due 2099-04-17 · Open').waitFor(); // the one saved is made: the next is the coming one
        expect(await accessibilityViolations(page)).toEqual([]);
        await context.setOffline(false);
        await page.getByText('Nothing waits on this phone.').waitFor();
        await expect.poll(async () => (await visits()).length, { timeout: 15_000 }).toBe(2);
      });
      expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED|Failed to fetch/.test(e))).toEqual([]);
      await context.close();
    }
  }, 150_000);
});
