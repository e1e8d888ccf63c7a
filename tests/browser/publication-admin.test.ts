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
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

/* The publication page (/admin/publication): an ADMIN chooses what the public page /t/<slug> shows. */

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: SurveyTenant;
let browser: Browser;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('publication page', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newSurveyTenant(app, 'Court');
    await newUnit(t.admin, t.headOfficeId, 'A');
    await newUnit(t.admin, t.headOfficeId, 'B');
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('publishes the page with the model and the units chosen, on a phone, axe-clean', async () => {
    expect((await fetch(`${app.url}/t/${t.slug}`)).status).toBe(404);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'publication', async () => {
      await signInAt(page, `${app.url}/admin/publication`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Public page' }).waitFor();
      await page.locator('.publication-form').getByText('Unit A', { exact: true }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByText('Publish the page').click();
      await page.locator('.publication-form .el-select__wrapper').first().click();
      await page.getByRole('option', { name: 'Court index' }).click();
      await page.getByText('Last complete year').click();
      await page.locator('.publication-form').getByText('Unit A', { exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText('Saved.').waitFor();
    });
    const html = await (await fetch(`${app.url}/t/${t.slug}?lang=en`)).text();
    expect(html).toContain('<th scope="row">Unit A</th>');
    expect(html).not.toContain('Unit B');
    const { transparencySettings } = await t.admin.ok(`{ transparencySettings { enabled period unitIds } }`);
    expect(transparencySettings).toMatchObject({ enabled: true, period: 'YEAR' });
    expect(errors).toEqual([]);
  });
});
