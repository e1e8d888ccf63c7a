import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/app/demo.js';
import { loadShippedLibrary } from '../../server/app/library.js';
import { DEMO_PASSWORD } from '../../server/demo/index.js';
import { createLogger } from '../../server/logger.js';
import { DEMO_ADMIN_EMAIL } from '../../server/org/index.js';
import {
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  trackFetches,
  waitForRendered,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/**
 * Issue #22: signed in with the printed demo credentials, every page of the sidebar shows content
 * (a table row, a drawn chart, a list entry, a filled form), with no console error. The pages are
 * the sidebar's own links, read from the page, so a new area's entry is visited without editing this file.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
let app: TestApp;
let browser: Browser;

/** What counts as content on a page: more than a heading and an empty table. */
const CONTENT = [
  '.el-table__row',
  'tbody tr',
  '.chart svg path',
  'li',
  'dd',
  '.el-tree-node',
  '.el-card',
  '.el-descriptions__content',
  'input:not([type=hidden])',
  'textarea',
  '.el-checkbox',
]
  .map((s) => `main.shell-main ${s}`)
  .join(', ');

/**
 * The inspector's own list of visits to make: the administrator holds every permission, so the sidebar
 * offers it, but no visit is assigned to the administrator (the demo's inspector has them).
 */
const OWN_LISTS = ['/fieldwork/assignments'];

/** The README's other demo accounts, one per role. */
const DEMO_ACCOUNTS = ['author', 'analyst', 'manager', 'branch', 'interviewer', 'inspector'].map(
  (name) => `${name}@demo.barometer.local`,
);

/** The sidebar's links as the signed-in person sees them. */
const sidebar = (page: Page) =>
  page
    .locator('nav.shell-nav a')
    .evaluateAll((links) => links.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname })));

/** Visits each sidebar page by its link; returns the pages that showed nothing, and every console error. */
async function visitAll(page: Page, who: string) {
  const errors = consoleErrors(page);
  await trackFetches(page);
  await signInAt(page, app.url, who, DEMO_PASSWORD);
  const pages = await sidebar(page);
  expect(pages.length).toBeGreaterThan(1);
  const empty: string[] = [];
  for (const { href } of pages) {
    await withScreenshotOnFailure(page, `demo-${who.split('@')[0]}${href.replaceAll('/', '-')}`, async () => {
      await page.locator(`nav.shell-nav a[href="${href}"]`).click();
      await page.waitForURL((u) => u.pathname.startsWith(href));
      await waitForRendered(page, page.locator('main.shell-main'));
      // Charts draw after their data arrives; wait until the page shows something or a first answer is in.
      const shown = await page
        .locator(CONTENT)
        .first()
        .waitFor({ timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
      if (!shown && !(who === DEMO_ADMIN_EMAIL && OWN_LISTS.includes(href)))
        empty.push(`${href}: ${(await page.locator('main.shell-main').innerText()).replace(/\s+/g, ' ')}`);
    });
  }
  return { pages: pages.map((p) => p.href), empty, errors };
}

describe.skipIf(!hasChromium)('the demo organisation in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    await loadShippedLibrary(app.app, app.orm, log);
    await loadDemo(app.app, app.orm, log);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // Every printed demo account (README): the head office's administrator sees every page, the others their own.
  for (const who of [DEMO_ADMIN_EMAIL, ...DEMO_ACCOUNTS]) {
    it(`shows content on every page of the sidebar, signed in as ${who}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        const { pages, empty, errors } = await visitAll(page, who);
        console.log(`${who}: ${pages.length} pages: ${pages.join(' ')}`);
        if (who === DEMO_ADMIN_EMAIL) await dashboardShot(page);
        expect(empty, `pages without content for ${who}`).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }
});

/** The README's picture: `npm run screenshot` points DEMO_SCREENSHOT at docs/img/dashboard.png. */
async function dashboardShot(page: Page) {
  await page.locator('nav.shell-nav a[href="/results"]').click();
  await waitForRendered(page, page.locator('main.shell-main .chart svg').first());
  // Drawn: every chart on the page has its series, not only its axes.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('main.shell-main .chart svg')).every(
      (svg) => svg.querySelectorAll('path').length > 10,
    ),
  );
  const path = process.env.DEMO_SCREENSHOT ?? 'tests/artifacts/demo-dashboard.png';
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
}
