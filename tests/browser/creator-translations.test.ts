import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

describe.skipIf(!hasChromium)('translating a survey in the Creator', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Tax Office');
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adds Ukrainian in the Translations tab, publishes, and a uk-UA browser answers in Ukrainian', async () => {
    const q = await newQuestionnaire(t.admin, t.headOfficeId, {
      pages: [{ name: 'p1', elements: [{ type: 'rating', name: 'wait', title: 'How was the wait?' }] }],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await withScreenshotOnFailure(page, 'creator-translations', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/questionnaires/${q.id}`);
      await page.locator('.svc-creator').waitFor({ timeout: 20_000 });
      // At this width the Translations tab sits in the tab bar's "…" menu.
      await page.locator('.svc-tabbed-menu .sv-dots__item').first().click();
      await page
        .locator('.sv-popup')
        .getByText(/^Translations?$/)
        .locator('visible=true')
        .first()
        .click();
      // "Add Language" offers survey-core's locales: it was disabled while only English was known.
      await page.locator('#svc-translation-choose-language button, [title="Add Language"]').first().click();
      await page
        .locator('.svc-creator-popup')
        .getByText(/українська/i)
        .first()
        .click();
      // The Ukrainian cell shows the default text as its placeholder until translated.
      const cell = page.getByPlaceholder('How was the wait?');
      await cell.fill('Як вам очікування?');
      await cell.blur();
      await page.getByText(/Saved \(revision [2-9]\)/).waitFor();
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 1 published').waitFor();
    });
    await page.close();
    const { questionnaire } = await t.admin.ok(
      `query($id: ID!) { questionnaire(id: $id) { versions { id languages definition } } }`,
      { id: q.id },
    );
    const [version] = questionnaire.versions;
    expect(version.languages).toEqual(['en', 'uk']);
    expect(version.definition.pages[0].elements[0].title).toEqual({
      default: 'How was the wait?',
      uk: 'Як вам очікування?',
    });

    const link = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}" }) { token } }`,
      )
    ).openQuestionnaireVersion;
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    phone.setDefaultTimeout(15_000);
    await withScreenshotOnFailure(phone, 'creator-translations-runner', async () => {
      await phone.goto(`${app.url}/r/${encodeURIComponent(link.token)}`);
      await phone.getByText('Як вам очікування?').waitFor();
      await phone.locator('.sd-rating__item').getByText('3', { exact: true }).click();
      await phone.getByRole('button', { name: 'Завершити' }).click();
      await phone.locator('.sd-completedpage').waitFor();
    });
    const { responses } = await t.admin.ok(`{ responses { edges { node { answers language } } } }`);
    expect(responses.edges.map((e: any) => e.node)).toEqual([{ answers: { wait: 3 }, language: 'uk' }]);
    await phone.close();
  }, 120_000);

  it('offers the latest version with its indicator model to the template library from the questionnaire page', async () => {
    const q = await newQuestionnaire(
      t.admin,
      t.headOfficeId,
      { pages: [{ name: 'p1', elements: [{ type: 'rating', name: 'speed', title: 'How fast?' }] }] },
      'Tax returns',
    );
    await publish(t.admin, q.id);
    const model = (
      await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
        input: {
          unitId: t.headOfficeId,
          name: 'Returns index',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId: q.id, question: 'speed' }] },
              ],
            },
          },
        },
      })
    ).createIndicatorModel;
    await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(15_000);
    await withScreenshotOnFailure(page, 'offer-template', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/questionnaires/${q.id}`);
      const form = page.getByRole('form', { name: 'Offer to the template library' });
      await form.getByLabel('Category').fill('tax');
      await form.getByLabel('Description').fill('Speed of tax return handling');
      await form.getByLabel('With the indicator model').selectOption({ label: 'Returns index · version 1' });
      await form.getByRole('button', { name: 'Offer version 1' }).click();
      await form.getByText('Version 1 is in the template library.').waitFor();
    });
    await page.close();
    const { templates } = await t.admin.ok(
      `{ templates(filter: { category: "tax" }) { edges { node { title description releases { versionNumber hasIndicatorModel } } } } }`,
    );
    expect(templates.edges.map((e: any) => e.node)).toEqual([
      {
        title: 'Tax returns',
        description: 'Speed of tax return handling',
        releases: [{ versionNumber: 1, hasIndicatorModel: true }],
      },
    ]);
  }, 90_000);
});
