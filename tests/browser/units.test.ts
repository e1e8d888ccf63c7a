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
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

describe.skipIf(!hasChromium)('the unit tree in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Social Insurance');
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adds units under others, renames one and moves it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'units', async () => {
      await signInAt(page, `${app.url}/units`, t.adminEmail, t.adminPassword);
      const add = async (parent: string, name: string, code: string, kind: string) => {
        const form = page.locator('form.new-unit');
        await form.getByLabel('Under').selectOption({ label: parent });
        await form.getByLabel('Name').fill(name);
        await form.getByLabel('Code').fill(code);
        await form.getByLabel('Kind').selectOption(kind);
        await form.getByRole('button', { name: 'Add unit' }).click();
        await page.getByRole('listitem').filter({ hasText: name }).waitFor();
      };
      await add('Head office', 'North region', 'NR', 'REGION');
      await add('\u00a0\u00a0North region', 'Riverside', 'RS', 'BRANCH');
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Change Riverside' }).click();
      const edit = page.locator('.tree form');
      await edit.getByLabel('Name').fill('Riverside branch');
      await edit.getByLabel('Under').selectOption({ label: 'Head office' });
      await edit.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText('Unit saved.').waitFor();
      await page.locator('.tree strong').getByText('Riverside branch').waitFor();
    });
    const { orgUnits } = await t.admin.ok(`{ orgUnits { edges { node { name code kind depth parent { name } } } } }`);
    expect(orgUnits.edges.map((e: any) => e.node)).toEqual([
      { name: 'Head office', code: 'HO', kind: 'HEAD_OFFICE', depth: 0, parent: null },
      expect.objectContaining({ depth: 1 }),
      expect.objectContaining({ depth: 1 }),
    ]);
    const riverside = orgUnits.edges.find((e: any) => e.node.code === 'RS').node;
    expect(riverside).toEqual({
      name: 'Riverside branch',
      code: 'RS',
      kind: 'BRANCH',
      depth: 1,
      parent: { name: 'Head office' },
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
