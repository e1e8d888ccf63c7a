import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

// Issue 14: a new organisation's home page walks it from a template to its first response.
const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let ministry: Tenant; // offers the template
let court: Tenant; // a new organisation, nothing of its own yet
let browser: Browser;

const likert = (name: string, title: string) => ({ type: 'rating', name, title, rateMin: 1, rateMax: 5 });
const definition = { pages: [{ name: 'visit', elements: [likert('overall', 'Overall satisfaction')] }] };

// The breadcrumb's first link: the Creator's page folds the sections menu away.
const home = (page: Page) =>
  page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: 'Home' }).click();
/** The guided start's step, and whether the page marks it done. */
const step = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });

describe.skipIf(!hasChromium)('the guided start of a new organisation', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    ministry = await newTenant(app, 'Ministry of Justice');
    court = await newTenant(app, 'District Court');
    const q = await newQuestionnaire(ministry.admin, ministry.headOfficeId, definition, 'Court users');
    const version = await publish(ministry.admin, q.id);
    await ministry.admin.ok(`mutation($input: OfferTemplateInput!) { offerTemplate(input: $input) { id } }`, {
      input: {
        versionId: version.id,
        category: 'courts',
        description: 'Satisfaction of court users',
        languages: ['en'],
      },
    });
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('goes from a template to a published questionnaire, a shared link and the first response', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'guided-start', async () => {
      await signInAt(page, app.url, court.adminEmail, court.adminPassword);
      await page.getByRole('heading', { name: 'Get started' }).waitFor();
      const create = 'Create a questionnaire from a template, or a blank one';
      await step(page, create).getByText('to do').waitFor();
      await step(page, create).getByRole('link').click();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Court users' }) });
      await card.getByRole('button', { name: 'Preview and adopt' }).click();
      await card.getByRole('button', { name: 'Adopt', exact: true }).click();
      await page.waitForURL(/\/questionnaires\//);

      await home(page);
      await step(page, create).getByText('done').waitFor();
      await step(page, 'Publish it').getByText('to do').waitFor();
      // The draft held back: until it has loaded there is no revision to publish against, so Publish is disabled.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/graphql', async (route) => {
        if (route.request().postData()?.includes('query QuestionnaireDraft')) await held;
        await route.continue();
      });
      await step(page, 'Publish it').getByRole('link').click();
      const publishButton = page.getByRole('button', { name: 'Publish' });
      await publishButton.waitFor();
      expect(await publishButton.isDisabled()).toBe(true);
      release();
      // Waits for the held handler's continue; a plain unroute lets Playwright continue it too ("already handled").
      await page.unrouteAll({ behavior: 'wait' });
      await publishButton.click();
      await page.getByText('Version 1 published').waitFor();

      await home(page);
      await step(page, 'Publish it').getByText('done').waitFor();
      await step(page, 'Share a link to it').getByRole('link').click();
      const form = page.getByRole('form', { name: 'New distribution' });
      await form.getByLabel('Name').fill('Courtroom link');
      await form.getByLabel('Questionnaire').selectOption({ label: 'Court users' });
      await form.getByLabel('Version').selectOption({ label: 'Version 1' });
      await form.getByLabel('Channel').selectOption('WEB_LINK');
      await form.getByRole('group', { name: 'Units' }).getByRole('checkbox').first().check();
      await form.getByRole('button', { name: 'Create distribution' }).click();
      const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();

      await home(page);
      await page.getByText('Waiting for the first response…').waitFor();
      // A respondent answers on the shared link; the home page notices without a reload.
      const respondent = await browser.newPage();
      await respondent.goto(`${app.url}${new URL(link).pathname}`);
      await respondent.getByText('Overall satisfaction').waitFor();
      await respondent.locator('.sd-rating__item-text', { hasText: /^4$/ }).first().click();
      await respondent.getByRole('button', { name: 'Complete', exact: true }).click();
      await respondent.locator('.sd-completedpage').waitFor();
      await respondent.close();
      await page.getByText('The first response has arrived.').waitFor({ timeout: 20_000 });
      await step(page, 'Watch the first response arrive').getByText('done').waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
