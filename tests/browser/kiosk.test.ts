import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let token: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [{ type: 'rating', name: 'overall', title: 'How was your visit today?', isRequired: true }],
    },
  ],
};
const counted = async () =>
  (await t.admin.ok(`{ responses(filter: { includeTests: true }) { totalCount edges { node { answers channel } } } }`))
    .responses;

describe.skipIf(!hasChromium)('a kiosk without network', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Registry Office');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter');
    const version = await publish(t.admin, q.id);
    token = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}", channel: KIOSK }) { token } }`,
      )
    ).openQuestionnaireVersion.token;
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('keeps the survey, queues responses while offline, sends them when back online, and counts each once', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors = consoleErrors(page);
    let queued: string | null = null;
    await withScreenshotOnFailure(page, 'kiosk', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(token)}`);
      await page.getByText('How was your visit today?').waitFor();
      // The page itself is kept (service worker and cache) for a restart without the network.
      const path = new URL(page.url()).pathname;
      await expect
        .poll(() => page.evaluate(async (p) => Boolean(await caches.match(p)), path), { timeout: 15_000 })
        .toBe(true);
      await context.setOffline(true);
      for (const [i, answer] of ['4', '5'].entries()) {
        await page.getByText('How was your visit today?').waitFor({ timeout: 15_000 });
        await page
          .locator('.sd-rating__item')
          .filter({ hasText: new RegExp(`^${answer}$`) })
          .click();
        await page.getByRole('button', { name: 'Complete' }).click();
        await page.locator('.sd-completedpage').waitFor();
        await page.getByText(`Saved on this device: ${i + 1} response(s)`).waitFor();
      }
      expect((await counted()).totalCount).toBe(0);
      // The kiosk restarts while offline: the page, the survey and the queue are all still there.
      await page.reload();
      await page.getByText('How was your visit today?').waitFor();
      await page.getByText('Saved on this device: 2 response(s)').waitFor();
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      queued = await page.evaluate((key) => localStorage.getItem(key), `barometer-kiosk-queue:${token}`);
      expect(JSON.parse(queued!)).toHaveLength(2);

      await context.setOffline(false);
      await expect.poll(async () => (await counted()).totalCount, { timeout: 15_000 }).toBe(2);
      await expect.poll(() => page.locator('.kiosk-queue').count()).toBe(0);
      // The survey started over for the next person.
      await page.getByText('How was your visit today?').waitFor({ timeout: 15_000 });

      // Sent again (a reply lost on the way, a second tab): the server knows each clientRequestId.
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key, value),
        [`barometer-kiosk-queue:${token}`, queued!],
      );
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), `barometer-kiosk-queue:${token}`))
        .toBe('[]');
    });
    const responses = await counted();
    expect(responses.totalCount).toBe(2);
    expect(responses.edges.map((e: any) => e.node.answers.overall).sort()).toEqual([4, 5]);
    expect(responses.edges.every((e: any) => e.node.channel === 'KIOSK')).toBe(true);
    // Offline, the kiosk does not even try the network: no failed request, no console error.
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
