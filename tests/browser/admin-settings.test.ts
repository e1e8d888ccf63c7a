import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** The GraphQL requests carrying `operation`, as the page sends them. */
function requests(page: Page, operation: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const body = r.postData() ?? '';
    if (r.url().endsWith('/graphql') && body.includes(operation)) seen.push(body);
  });
  return seen;
}

describe.skipIf(!hasChromium)('API keys, organisation settings and statistics pages', () => {
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

  it('creates an API key whose secret is shown once and works, then revokes it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    let token = '';
    await withScreenshotOnFailure(page, 'admin-api-keys', async () => {
      await signInAt(page, `${app.url}/admin/api-keys`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'API keys' }).waitFor();
      await page.getByText('No API keys yet.').waitFor();
      await page.getByRole('button', { name: 'Create an API key' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Name').fill('Reporting warehouse');
      await dialog.getByLabel('Unit').click();
      await page.getByRole('option', { name: 'Head office' }).click();
      await dialog.getByRole('button', { name: 'Create an API key' }).click();
      token = (await page.locator('[data-test=api-key-secret]').textContent())!.trim();
      expect(token.length).toBeGreaterThan(20);
      await page.getByRole('cell', { name: 'Reporting warehouse' }).waitFor();
      await page.getByRole('cell', { name: 'Never used' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
    // The key reads results; its use shows as "last used" (and the secret is never listed again).
    const used = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ organization { name } }' }),
    }).then((r) => r.json());
    expect(used.data.organization.name).toBe('Tax Office');
    await withScreenshotOnFailure(page, 'admin-api-keys-revoke', async () => {
      await page.reload();
      await page.getByRole('cell', { name: 'Never used' }).waitFor({ state: 'detached' });
      expect(await page.locator('main').textContent()).not.toContain(token);
      await page.getByRole('button', { name: 'Revoke' }).click();
      await page.getByRole('tooltip').getByRole('button', { name: 'Revoke' }).click();
      await page.getByText('No API keys yet.').waitFor();
      await page.getByText('Show revoked keys').click();
      await page.getByText(/^Revoked /).waitFor();
    });
    const refused = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ organization { name } }' }),
    }).then((r) => r.json());
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('refuses a colour too light for white text on its field, then saves the settings', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    const updates = requests(page, 'UpdateOrganisation');
    await withScreenshotOnFailure(page, 'admin-organisation', async () => {
      await signInAt(page, `${app.url}/admin/organisation`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Organisation settings' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // #ffcc00 on white: luminance 0.2126·1 + 0.7152·0.6038 + 0 = 0.6445; (1 + 0.05)/(0.6445 + 0.05) = 1.51:1 < 4.5:1.
      await page.getByLabel('Primary colour').fill('#ffcc00');
      await page.getByRole('button', { name: 'Save' }).click();
      await page
        .getByText('Contrast 1.51:1 against white; text and buttons need at least 4.5:1.', { exact: false })
        .first()
        .waitFor();
      expect(updates).toEqual([]);
      await page.getByLabel('Primary colour').fill('#1d4ed8');
      await page.getByLabel('Minimum group size').fill('7');
      await page.getByLabel('Time zone').click();
      await page.getByLabel('Time zone').fill('Asia/Shanghai');
      await page.getByRole('option', { name: 'Asia/Shanghai' }).click();
      await page.getByLabel('Privacy notice (English)').fill('We keep answers for two years.');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText('The settings were saved.').waitFor();
    });
    expect(updates).toHaveLength(1);
    const org = await t.admin.ok(
      `{ organization { timeZone minGroupSize branding { primaryColor privacyNotice { language text } } } }`,
    );
    expect(org.organization).toEqual({
      timeZone: 'Asia/Shanghai',
      minGroupSize: 7,
      branding: {
        primaryColor: '#1d4ed8',
        privacyNotice: [{ language: 'en', text: 'We keep answers for two years.' }],
      },
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('defines a statistic, enters a value, uploads a CSV and shows the history', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    const creates = requests(page, 'CreateMetric');
    await withScreenshotOnFailure(page, 'admin-metrics', async () => {
      await signInAt(page, `${app.url}/admin/metrics`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Administrative statistics' }).waitFor();
      await page.getByText('No statistic is defined yet.').waitFor();
      await page.getByRole('button', { name: 'Define a statistic' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Label').fill('Complaints per application');
      await dialog.getByLabel('Key').fill('complaints');
      await dialog.getByText('Lower is better').click();
      await dialog.getByLabel('Target').fill('5');
      await dialog.getByLabel('Worst value').fill('1');
      await dialog.getByRole('button', { name: 'Define a statistic' }).click();
      // Lower is better with the target above the worst: refused on the field, no request.
      await dialog.getByText('When lower is better, the target must be below the worst value.').waitFor();
      expect(creates).toEqual([]);
      await dialog.getByLabel('Target').fill('0');
      await dialog.getByLabel('Worst value').fill('10');
      await dialog.getByText('It is a rate').click();
      await dialog.getByRole('textbox', { name: 'Denominator' }).fill('applications');
      await dialog.getByRole('button', { name: 'Define a statistic' }).click();
      await page.getByText('Lower is better: target 0, worst 10.').waitFor();
      await page.getByText('A rate per applications.').waitFor();
      expect(creates).toHaveLength(1);

      const month = page.getByRole('combobox', { name: 'Month' });
      await month.fill('2026-03');
      await month.press('Enter');
      await page.getByLabel('Value', { exact: true }).fill('12');
      await page.getByLabel('applications').fill('480');
      await page.getByRole('button', { name: 'Record' }).click();
      await page.getByRole('status').getByText('The value was recorded.').waitFor();
      await page.getByRole('cell', { name: '480' }).waitFor();

      await page.getByRole('tab', { name: 'Upload a CSV' }).click();
      // One bad row refuses the whole file (nothing recorded), naming the row: header 1, HO 2, NOPE 3.
      const csv = (body: string) => ({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
      const header = 'Unit code,Period,Value,Denominator\n';
      await page.getByLabel('Choose a CSV file').setInputFiles(csv(`${header}HO,2026-03,9,450\nNOPE,2026-04,1,10\n`));
      await page.getByText('Values recorded: 0.').waitFor();
      await page.getByText('Row 3: No unit has code "NOPE"', { exact: false }).waitFor();
      await page.getByLabel('Choose a CSV file').setInputFiles(csv(`${header}HO,2026-03,9,450\n`));
      await page.getByText('Values recorded: 1.').waitFor();
      await page.getByRole('cell', { name: '450' }).waitFor();
      await page.locator('.el-table__expand-icon').first().click();
      await page.getByText('12 → 9').waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
