import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  trackFetches,
  uiText,
  waitForRendered,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { newQuestionnaire } from '../support/questionnaires.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

describe.skipIf(!hasChromium)('authoring in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Court Service');
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, creates a questionnaire in the Creator, publishes versions 1 and 2, and shows their diff', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await withScreenshotOnFailure(page, 'creator', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Questionnaires' }).click();
      await page.getByPlaceholder('Title').fill('Court users 2026');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.locator('.svc-creator').waitFor({ timeout: 20_000 });
      await page
        .locator('.svc-toolbox__item[title="Rating Scale"], .svc-toolbox__tool[title="Rating Scale"]')
        .or(page.getByRole('button', { name: 'Rating Scale' }))
        .first()
        .click();
      await page.getByText(/Saved \(revision 2\)/).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 1 published').waitFor();
      // A second question, version 2, and the diff between the two versions.
      await page.locator('.svc-toolbox__item[title="Comment"], .svc-toolbox__item[title="Long Text"]').first().click();
      await page.getByText(/Saved \(revision 3\)/).waitFor({ timeout: 10_000 });
      await page.getByLabel('Changelog').fill('Added a comment box');
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 2 published').waitFor();
      await page
        .getByLabel('Differences')
        .getByText(/^Added/)
        .first()
        .waitFor();
      expect(await page.getByLabel('Differences').textContent()).toMatch(/Added question2 \(comment, page page1\)/);
      await page.getByText('Added a comment box').waitFor();
      // Side by side: version 1 on the left, version 2 on the right, the new question marked.
      const sides = page.getByRole('table', { name: 'Side by side' });
      await sides.locator('tr.added').getByText('question2 · comment · page1').waitFor();
      expect(await sides.locator('tr.same, tr.changed').count()).toBe(1);
      expect(await accessibilityViolations(page, { exclude: ['.creator'] })).toEqual([]);
    });
    const { questionnaires } = await t.admin.ok(
      `{ questionnaires { edges { node { title versions { number definition } } } } }`,
    );
    const published = questionnaires.edges[0].node;
    expect(published.title).toBe('Court users 2026');
    expect(published.versions.map((v: any) => v.number)).toEqual([2, 1]);
    expect(JSON.stringify(published.versions[1].definition)).toContain('"type":"rating"');
    await page.close();
  }, 90_000);

  it('switches the interface to Ukrainian and Chinese, and remembers the choice', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
    const missing: string[] = [];
    page.on('console', (m) => /Not found|fall back/i.test(m.text()) && missing.push(m.text()));
    await trackFetches(page);
    await withScreenshotOnFailure(page, 'language', async () => {
      await page.goto(app.url);
      await page.getByLabel('Language').selectOption('uk');
      await page.getByLabel('Електронна пошта').fill(t.adminEmail);
      await page.getByLabel('Пароль').fill(t.adminPassword);
      await page.getByRole('button', { name: 'Увійти' }).click();
      await page.getByRole('link', { name: 'Анкети', exact: true }).waitFor();
      await page.reload();
      await page.getByRole('link', { name: 'Результати', exact: true }).waitFor();
      await page.getByLabel('Мова').selectOption('zh-CN');
      await page.getByRole('link', { name: '调查问卷', exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      // Every page in both languages: no text key left untranslated, no missing-key warning.
      const titles: Record<string, string> = {
        '#/units': 'units.title',
        '#/questionnaires': 'questionnaires.title',
        '#/templates': 'library.title',
        '#/models': 'models.title',
        '#/results': 'results.title',
      };
      for (const locale of ['zh-CN', 'uk'] as const) {
        await page.getByRole('banner').getByRole('combobox').selectOption(locale);
        for (const route of ['#/units', '#/questionnaires', '#/templates', '#/models', '#/results']) {
          await page.evaluate((hash) => (window.location.hash = hash), route);
          // This route's own heading in this language (the previous route's heading does not count), then its data.
          const heading = page.locator('main h2').getByText(uiText(locale, titles[route]), { exact: true });
          await waitForRendered(page, heading);
          const text = await page.locator('main').innerText();
          expect(text, `${locale} ${route}`).not.toMatch(
            /\b(app|nav|units|questionnaires|editor|history|results|models|library|dashboard)\.[a-zA-Z]+/,
          );
          expect(text, `${locale} ${route}`).not.toMatch(
            /\b(Indicator models|Template library|Results|Questionnaires|Organisation units)\b/,
          );
        }
      }
      expect(missing).toEqual([]);
    });
    await page.close();
  });

  it('refuses to publish a survey with problems, lists them and selects the offending element in the Creator', async () => {
    const broken = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'fine', title: 'A fine question' },
            { type: 'rating', name: 'upside_down', title: 'An upside-down scale', visibleIf: '{fine} >> 3' },
          ],
        },
      ],
    };
    const q = await newQuestionnaire(t.admin, t.headOfficeId, broken, 'Broken');
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'creator-problems', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/questionnaires/${q.id}`);
      await page.locator('.svc-creator').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText(/Not published: 1 problem/).waitFor();
      await page.locator('.svc-question__content--selected').filter({ hasText: 'An upside-down scale' }).waitFor();
      // Another element selected, the problem's button brings it back.
      await page
        .locator('.svc-question__content')
        .filter({ hasText: 'A fine question' })
        .click({ position: { x: 5, y: 5 } });
      await page.getByRole('button', { name: 'Show upside_down in the editor' }).click();
      await page.locator('.svc-question__content--selected').filter({ hasText: 'An upside-down scale' }).waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('marks a question mandatory, publishes, derives a branch questionnaire where it is locked', async () => {
    await newUnit(t.admin, t.headOfficeId, 'EAST');
    const core = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'core_q', title: 'The core question' },
            { type: 'rating', name: 'local_q', title: 'A local question' },
          ],
        },
      ],
    };
    const q = await newQuestionnaire(t.admin, t.headOfficeId, core, 'Core survey');
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'mandatory', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/questionnaires/${q.id}`);
      await page.locator('.svc-creator').waitFor({ timeout: 20_000 });
      await page
        .locator('.svc-question__content')
        .filter({ hasText: 'The core question' })
        .click({ position: { x: 5, y: 5 } });
      await page.getByText('Mandatory in derived questionnaires').first().click();
      await page.getByText(/Saved \(revision 2\)/).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 1 published').waitFor();
      await page.locator('form.derive').getByLabel('Unit').selectOption({ label: '\u00a0\u00a0Unit EAST' });
      await page.getByRole('button', { name: 'Derive from version 1 for this unit' }).click();
      await page.getByText('Locked by the parent questionnaire (move only): core_q').waitFor({ timeout: 20_000 });
    });
    const { questionnaire } = await t.admin.ok(
      `query($id: ID!) { questionnaire(id: $id) { mandatoryElements versions { mandatoryElements } } }`,
      { id: q.id },
    );
    expect(questionnaire).toEqual({ mandatoryElements: ['core_q'], versions: [{ mandatoryElements: ['core_q'] }] });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
