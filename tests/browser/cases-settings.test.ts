import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newPerson, type Person } from '../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/*
 * The case settings page's escalation section: a head-office administrator changes when overdue
 * cases reach the unit's managers (a level before the previous one is refused on its field before
 * any request); a unit manager does not get the section. The inbox's unit filter offers a branch
 * manager the units of their own subtree only.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'a long enough password';
let app: TestApp;
let t: Tenant;
let browser: Browser;
let admin: Person;
let manager: Person;

describe.skipIf(!hasChromium)('case settings and inbox filter in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Settings Insurer');
    const east = await newUnit(t.admin, t.headOfficeId, 'EAST');
    await newUnit(t.admin, east.id, 'EAST_ODESA');
    await newUnit(t.admin, t.headOfficeId, 'WEST');
    admin = await newPerson(app, t, 'ADMIN', t.headOfficeId, 'Alla');
    manager = await newPerson(app, t, 'UNIT_MANAGER', east.id, 'Marko');
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an administrator changes the escalation rules; a level out of order is refused on its field', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('SaveCaseSettings')) saves.push('save');
    });
    await withScreenshotOnFailure(page, 'cases-settings', async () => {
      await signInAt(page, `${app.url}/cases/settings`, admin.email, PASSWORD);
      const section = page.getByRole('region', { name: 'Escalation and satisfaction' });
      const unitHours = section.getByLabel('Tell the unit’s managers after (hours)');
      await expect.poll(() => unitHours.inputValue()).toBe('24');
      await unitHours.fill('12');
      await section.getByLabel('Tell the parent unit’s managers after (hours)').fill('6');
      await section.getByLabel('Satisfied with the handling from score').click();
      await section.getByRole('button', { name: 'Save the rules' }).click();
      await section.getByText('This level comes at the one before it or later: raise the hours.').waitFor();
      expect(saves).toEqual([]);
      await section.getByLabel('Tell the parent unit’s managers after (hours)').fill('36');
      await section.getByLabel('Satisfied with the handling from score').click();
      await section.getByRole('button', { name: 'Save the rules' }).click();
      await section.getByRole('status').getByText('Saved.').waitFor();
    });
    expect(saves).toEqual(['save']);
    const stored = (await t.admin.ok(`{ caseSettings { unitManagerAfterHours parentManagerAfterHours } }`))
      .caseSettings;
    expect(stored).toEqual({ unitManagerAfterHours: 12, parentManagerAfterHours: 36 });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('a branch manager gets no escalation section, and the inbox offers only their own units', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'cases-inbox-units', async () => {
      await signInAt(page, `${app.url}/cases/settings`, manager.email, PASSWORD);
      await page.getByRole('heading', { name: 'Categories and deadlines' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Escalation and satisfaction' }).count()).toBe(0);
      await page.goto(`${app.url}/cases`);
      const unitFilter = page.getByRole('combobox', { name: 'Unit', exact: true });
      await unitFilter.click();
      // The options of this select's own list (the language menu has options too).
      const options = page.locator(`#${await unitFilter.getAttribute('aria-controls')}`).getByRole('option');
      await expect.poll(() => options.allTextContents()).toEqual(['Unit EAST', 'Unit EAST_ODESA']);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
