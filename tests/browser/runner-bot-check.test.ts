/**
 * The runner under the bot check (BOT_MIN_FILL_SECONDS, server/http/abuse-guard.ts): a person who
 * answers faster than the minimum is not refused (the runner waits it out and sends the form
 * ticket), and the honeypot stays hidden from people and from assistive technology.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, withScreenshotOnFailure } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: SurveyTenant;
let browser: Browser;

describe.skipIf(!hasChromium)('the runner with the bot check on', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist`, BOT_MIN_FILL_SECONDS: '3' });
    t = await newSurveyTenant(app, 'Employment Service');
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a quick respondent’s answers are accepted once the minimum has passed, with the honeypot hidden', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await withScreenshotOnFailure(page, 'runner-bot-check', async () => {
      const opened = Date.now();
      await page.goto(`${app.url}/r/${encodeURIComponent(t.token)}`);
      await page.locator('.sd-rating__item').first().waitFor();
      const honeypot = page.locator('input[name="website"]');
      // Off-screen (a program filling every input finds it; a person never sees it).
      const box = await honeypot.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(0);
      expect(await honeypot.getAttribute('tabindex')).toBe('-1');
      expect(await honeypot.getAttribute('aria-hidden')).toBe('true');
      for (const item of await page.locator('.sd-rating').all()) await item.locator('.sd-rating__item').nth(3).click();
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.locator('.sd-completedpage').waitFor();
      expect(Date.now() - opened).toBeGreaterThanOrEqual(3000);
    });
    const { responses } = await t.admin.ok(`{ responses { totalCount edges { node { answers } } } }`);
    expect(responses.totalCount).toBe(1);
    expect(responses.edges[0].node.answers).toEqual({ speed: 4, courtesy: 4 });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
