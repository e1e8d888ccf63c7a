import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { jpegBytes, registerInspector } from '../support/fieldwork.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let north: string;
const email = 'mila@inspectors.test';
const password = 'a long enough password';

const sheet = {
  elements: [
    { type: 'rating', name: 'greeting', title: 'Greeting at the counter', rateMin: 1, rateMax: 5, isRequired: true },
    { type: 'comment', name: 'needs', title: 'Needs and suggestions' },
  ],
};
const visits = async () =>
  (
    await t.admin.ok(
      `query($u: ID!) { unitVisits(unitId: $u) { id clientId assignmentId answers nonConformities { title severity }
        evidence { mimeType } } }`,
      { u: north },
    )
  ).unitVisits;

describe.skipIf(!hasChromium)('an inspector records a visit on a phone without network', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist`, DATA_DIR: mkdtempSync(join(tmpdir(), 'barometer-ev-')) });
    t = await newTenant(app, 'Insurer');
    north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
    const q = await newQuestionnaire(t.admin, t.headOfficeId, sheet, 'Mystery visit sheet');
    const versionId = (await publish(t.admin, q.id)).id;
    const user = await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { email, displayName: 'Mila', password, roles: [{ role: 'INSPECTOR', unitId: t.headOfficeId }] },
    });
    const inspectorId = await registerInspector(t.admin, {
      ownerUnitId: t.headOfficeId,
      name: 'Mila (mystery shopper)',
      category: 'MYSTERY_SHOPPER',
      unitIds: [t.headOfficeId],
      userId: user.createUser.user.id,
    });
    const kinds = (await t.admin.ok(`query { inspectionKinds { id key } }`)).inspectionKinds;
    await t.admin.ok(`mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`, {
      input: {
        ownerUnitId: t.headOfficeId,
        name: 'Winter mystery visits',
        kindId: kinds.find((k: any) => k.key === 'MYSTERY_VISIT').id,
        questionnaireVersionId: versionId,
        unitIds: [north],
        inspectorIds: [inspectorId],
        dates: ['2099-01-10'],
      },
    });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('fills the sheet offline at 390×844, sees it queued, and sees it synced once back online', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'fieldwork-offline', async () => {
      await signInAt(page, `${app.url}/fieldwork/assignments`, email, password);
      await page.getByRole('heading', { name: 'My assignments' }).waitFor();
      // An inspector's sidebar offers their assignments, never plans, results or units.
      await page.getByRole('button', { name: 'Menu' }).click();
      const nav = page.locator('nav.shell-nav');
      await nav.getByRole('link', { name: 'My assignments' }).waitFor();
      for (const other of ['Field work', 'Key clients', 'Results', 'Units', 'Questionnaires'])
        expect(await nav.getByRole('link', { name: other, exact: true }).count(), other).toBe(0);
      await page.locator('.shell-scrim').click({ position: { x: 380, y: 600 } });
      await page.getByRole('link', { name: /Winter mystery visits/ }).click();
      await page.getByText('Greeting at the counter').waitFor();
      await context.setOffline(true);
      // At 390 px SurveyJS draws a 1–5 rating as a drop-down.
      await page.getByRole('combobox', { name: 'Greeting at the counter' }).click();
      await page.getByRole('option', { name: '4', exact: true }).click();
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.getByRole('button', { name: 'Add a non-conformity' }).click();
      await page.getByRole('textbox', { name: 'What was wrong' }).fill('No claim leaflets at the counter');
      await page.locator('.fw-finding .el-select__wrapper').click();
      await page.getByRole('option', { name: 'High' }).click();
      await page.locator('input[type=file]').setInputFiles({
        name: 'counter.jpg',
        mimeType: 'image/jpeg',
        buffer: jpegBytes(),
      });
      await page.getByText('counter.jpg').waitFor();
      await page.getByRole('button', { name: 'Submit visit' }).click();
      await page.getByRole('status').getByText('Saved on this phone.').waitFor();
      expect(await visits()).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );

      await context.setOffline(false);
      await page.getByRole('status').getByText('The visit was sent.').waitFor();
      await page.getByRole('link', { name: 'Back to my assignments' }).click();
      await page.getByRole('heading', { name: 'Done' }).waitFor();
      await expect.poll(() => page.getByText('Waiting on this phone').count()).toBe(0);
    });
    const list = await visits();
    expect(list).toHaveLength(1);
    expect(list[0].answers).toEqual({ greeting: 4 });
    expect(list[0].nonConformities).toEqual([{ title: 'No claim leaflets at the counter', severity: 'HIGH' }]);
    expect(list[0].evidence).toEqual([{ mimeType: 'image/jpeg' }]);
    expect(list[0].assignmentId).toBeTruthy();
    // Offline the page tried the network (and was refused); nothing else went wrong.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    await context.close();

    // Head office reads the record with its evidence, and opens a case from the HIGH finding.
    const office = await browser.newPage({ viewport: { width: 390, height: 844 } });
    office.setDefaultTimeout(15_000);
    await withScreenshotOnFailure(office, 'fieldwork-record', async () => {
      await signInAt(office, `${app.url}/fieldwork/visits/${list[0].id}`, t.adminEmail, t.adminPassword);
      await office.getByRole('heading', { name: 'Visit record' }).waitFor();
      await office.getByRole('link', { name: 'counter.jpg' }).waitFor();
      await office.getByText('No claim leaflets at the counter').waitFor();
      await office.getByRole('button', { name: 'Open a case' }).click();
      await office
        .getByRole('status')
        .getByText(/case .+ opened/)
        .waitFor();
    });
    await office.close();
    const cases = (
      await t.admin.ok(`query { cases(first: 50) { edges { node { externalRef priority description } } } }`)
    ).cases.edges;
    expect(cases).toHaveLength(1);
    expect(cases[0].node.externalRef).toBe(`fieldwork:${list[0].id}:0`);
    expect(cases[0].node.priority).toBe('HIGH');
    expect(cases[0].node.description).toContain('No claim leaflets at the counter');
  }, 150_000);
});
