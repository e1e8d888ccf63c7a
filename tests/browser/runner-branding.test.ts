import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let token: string;
// A 1×1 PNG.
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe.skipIf(!hasChromium)('the runner shows the organisation’s branding', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Pension Fund');
    await t.admin.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name } }`, {
      input: {
        primaryColor: '#7c2d12',
        logo: LOGO,
        privacyNotice: [
          { language: 'en', text: 'Your answers are anonymous.' },
          { language: 'uk', text: 'Ваші відповіді анонімні.' },
        ],
      },
    });
    const survey = { pages: [{ name: 'p', elements: [{ type: 'text', name: 'why', title: 'Why?' }] }] };
    const created = await t.admin.ok(
      `mutation($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
      { input: { unitId: t.headOfficeId, title: 'Branded survey', definition: survey } },
    );
    const version = await publish(t.admin, created.createQuestionnaire.id);
    token = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}" }) { token } }`,
      )
    ).openQuestionnaireVersion.token;
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logo, primary colour and the privacy notice in the respondent’s language', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'runner-branding', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(token)}`);
      await page.getByText('Why?').waitFor();
      const logo = page.getByRole('img', { name: 'Pension Fund' });
      expect(await logo.getAttribute('src')).toBe(LOGO);
      await page.getByText('Повідомлення про конфіденційність').click();
      await page.getByText('Ваші відповіді анонімні.').waitFor();
      // The Complete button takes the organisation's colour (#7c2d12 = rgb(124, 45, 18)).
      const complete = page.locator('.sd-navigation__complete-btn');
      expect(await complete.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(124, 45, 18)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
