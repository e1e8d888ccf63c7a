import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TOTP } from 'otpauth';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

const codeAt = (secret: string, offset: number) =>
  new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + offset * 30_000 });

describe.skipIf(!hasChromium)('second factor on the account page', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Land Registry');
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('enrols an app on a phone, shows the recovery codes once, then sign-in asks the code', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'account-totp', async () => {
      await signInAt(page, `${app.url}/account`, t.adminEmail, t.adminPassword);
      const section = page.locator('.account-totp');
      await section.getByRole('heading', { name: 'Second factor (authenticator app)' }).waitFor();
      await section.getByLabel('Current password').fill('not the password at all');
      await section.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await section.getByText('The password is not correct.').waitFor();
      await section.getByLabel('Current password').fill(t.adminPassword);
      await section.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await section.getByRole('img', { name: 'QR code holding the secret for your authenticator app' }).waitFor();
      const secret = (await section.locator('.account-totp-secret').textContent())!.trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await section.getByLabel('Code the app shows').fill(codeAt(secret, 0));
      await section.getByRole('button', { name: 'Confirm and turn on' }).click();
      await section.getByRole('status').getByText('The second factor is on').waitFor();
      const codes = await section.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
      expect(codes).toHaveLength(10);
      await section.getByRole('button', { name: 'I have kept them' }).click();
      await section.getByRole('button', { name: 'Turn off the second factor' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('E-mail').fill(t.adminEmail);
      await page.getByLabel('Password').fill(t.adminPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Your account has a second factor').waitFor();
      await page
        .getByLabel('Code of your authenticator app')
        .fill('000000' === codeAt(secret, 1) ? '111111' : '000000');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').getByText('This code is not correct or was already used').waitFor();
      await page.getByLabel('Code of your authenticator app').fill(codes[0].trim());
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    });
    // The two refusals of the sign-in form (code asked, wrong code) are HTTP 401 answers; nothing else.
    expect(errors).toEqual(
      Array(2).fill('Failed to load resource: the server responded with a status of 401 (Unauthorized)'),
    );
    await page.close();
  }, 90_000);
});
