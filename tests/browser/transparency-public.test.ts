import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, hasChromium, launch } from '../support/browser.js';
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';
import { storeResponses } from '../support/responses.js';

/*
 * The public transparency page in a real browser: axe-core finds no serious or critical WCAG 2.1
 * A/AA violation in any of the three languages, at desktop and phone widths and as printed, and
 * the language switch leads from one language to the next.
 */

let app: TestApp;
let t: SurveyTenant;
let browser: Browser;

describe.skipIf(!hasChromium)('public transparency page in the browser', () => {
  beforeAll(async () => {
    app = await startTestApp();
    t = await newSurveyTenant(app, 'Open Court');
    const unit = await newUnit(t.admin, t.headOfficeId, 'A');
    const now = new Date();
    const q = Math.floor(now.getUTCMonth() / 3) - 1;
    const at = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 15, 12)).toISOString();
    const row = { unitId: unit.id, questionnaireId: t.questionnaireId, versionId: t.versionId, completedAt: at };
    await storeResponses(
      app,
      t.orgId,
      Array.from({ length: 6 }, () => ({ ...row, answers: { speed: 4, courtesy: 5 } })),
    );
    const { indicatorModels } = await t.admin.ok(`{ indicatorModels(first: 5) { edges { node { id } } } }`);
    const modelId = indicatorModels.edges[0].node.id;
    await t.admin.ok(`mutation($input: CommitmentInput!) { createServiceCommitment(input: $input) { id } }`, {
      input: {
        unitId: unit.id,
        text: 'We score 80 or more.',
        source: 'INDICATOR',
        modelId,
        target: 80,
        published: true,
      },
    });
    await t.admin.ok(
      `mutation($input: TransparencySettingsInput!) { updateTransparencySettings(input: $input) { enabled } }`,
      { input: { enabled: true, modelId, unitIds: [unit.id, t.headOfficeId] } },
    );
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is axe clean in English, Chinese and Ukrainian, at 1366 and 390 px and printed, without overflow', async () => {
    for (const width of [1366, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const lang of ['en', 'zh-CN', 'uk']) {
        await page.goto(`${app.url}/t/${t.slug}?lang=${lang}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await page.locator('table').first().waitFor();
        expect(await accessibilityViolations(page), `${lang} at ${width}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
        expect(overflow, `${lang} at ${width} px scrolls sideways`).toBe(false);
        await page.emulateMedia({ media: 'print' });
        expect(await accessibilityViolations(page), `${lang} printed`).toEqual([]);
        await page.emulateMedia({ media: 'screen' });
      }
      await page.close();
    }
  });

  it('switches language from the page itself', async () => {
    const page = await browser.newPage({ locale: 'uk-UA', extraHTTPHeaders: { 'accept-language': 'uk' } });
    await page.goto(`${app.url}/t/${t.slug}`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('uk');
    expect(await page.locator('h1').textContent()).toContain('Звіт про прозорість');
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/lang=zh-CN/);
    expect(await page.locator('h1').textContent()).toContain('透明度报告');
    expect(await page.getByRole('row', { name: /We score 80 or more/ }).count()).toBe(1);
    await page.close();
  });
});
