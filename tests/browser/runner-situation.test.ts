import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { createDistribution } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/*
 * The service situation asked in the runner (docs/service-situation.md): an administrator lists
 * the situations in three languages on the organisation page; a distribution that asks shows them
 * as the survey's first, required question in the respondent's language; the code is stored.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let token: string;

describe.skipIf(!hasChromium)('the runner asks the service situation', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Pension Fund');
    const survey = { pages: [{ name: 'p', elements: [{ type: 'rating', name: 'speed', title: 'How fast?' }] }] };
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter visit');
    await publish(t.admin, q.id);
    const d = await createDistribution(t.admin, {
      name: 'Counter',
      questionnaireId: q.id,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      askServiceSituation: true,
    });
    token = d.links[0].token;
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an administrator lists a situation in three languages on the organisation page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'situation-settings', async () => {
      await signInAt(page, `${app.url}/admin/organisation`, t.adminEmail, t.adminPassword);
      await page.getByRole('button', { name: 'Add a situation' }).click();
      await page.getByLabel('Code 1').fill('first_claim');
      await page.getByLabel('Label (English) 1').fill('Claiming a benefit for the first time');
      await page.getByLabel('Label (简体中文) 1').fill('首次申领待遇');
      await page.getByLabel('Label (Українська) 1').fill('Перше звернення по виплату');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText('The settings were saved.').waitFor();
    });
    const { organization } = await t.admin.ok(
      `{ organization { serviceSituations { code labels { language text } } } }`,
    );
    expect(organization.serviceSituations).toEqual([
      {
        code: 'first_claim',
        labels: [
          { language: 'en', text: 'Claiming a benefit for the first time' },
          { language: 'zh-CN', text: '首次申领待遇' },
          { language: 'uk', text: 'Перше звернення по виплату' },
        ],
      },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a respondent must choose it, in their language, and the response records its code', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'runner-situation', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(token)}`);
      await page.getByText('З якого питання ви звертались?').waitFor();
      await page.locator('.sd-rating__item').getByText('4', { exact: true }).click();
      // Unchosen, SurveyJS refuses to complete: the question is required. (The survey itself has no
      // Ukrainian, so SurveyJS's own buttons stay English; the runner's question speaks Ukrainian.)
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.locator('.sd-question__erbox').first().waitFor();
      await page.getByText('Перше звернення по виплату').click();
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.locator('.sd-completedpage').waitFor();
    });
    const { responses } = await t.admin.ok(`{ responses { edges { node { situation answers } } } }`);
    // The situation is stored beside the answers, not among them.
    expect(responses.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { situation: 'first_claim', answers: { speed: 4 } },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
