import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let smtp: SmtpListener;
let t: Tenant;
let browser: Browser;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('account and administration pages', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    smtp = await startSmtp();
    app = await startTestApp({ WEB_DIR: `${root}web/dist`, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
    t = await newTenant(app, 'Pension Fund');
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  it('changes the password on a phone, then signs in with the new one', async () => {
    const email = `clerk@${t.slug}.test`;
    await t.admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: {
        email,
        displayName: 'Clerk',
        password: 'first long password',
        roles: [{ role: 'ANALYST', unitId: t.headOfficeId }],
      },
    });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    const changes: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/graphql') && body.includes('changePassword')) changes.push(body);
    });
    await withScreenshotOnFailure(page, 'account-password', async () => {
      await signInAt(page, `${app.url}/account`, email, 'first long password');
      await page.getByRole('heading', { name: 'Change password' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // No current password: refused on its field, before any request.
      await page.getByLabel('New password', { exact: true }).fill('second long password');
      await page.getByLabel('New password again').fill('second long password');
      await page.getByRole('button', { name: 'Change password' }).click();
      const current = page.locator('.el-form-item').filter({ has: page.getByLabel('Current password') });
      await current.locator('.el-form-item__error').getByText('Enter a password.').waitFor();
      expect(changes).toEqual([]);
      // Too short: refused on the field, before any request.
      await page.getByLabel('Current password').fill('first long password');
      await page.getByLabel('New password', { exact: true }).fill('short');
      await page.getByLabel('New password again').fill('short');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('A password needs at least 10 characters.').waitFor();
      expect(changes).toEqual([]);
      await page.getByLabel('New password', { exact: true }).fill('second long password');
      await page.getByLabel('New password again').fill('second long password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('status').getByText('Your password was changed.').waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('E-mail').waitFor();
      await signInAt(page, `${app.url}/account`, email, 'second long password');
      await page.getByText('clerk@', { exact: false }).first().waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('invites a user who sets a password from the e-mail and is signed in', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    const email = `newcomer@${t.slug}.test`;
    await withScreenshotOnFailure(page, 'admin-invite', async () => {
      await signInAt(page, `${app.url}/admin/users`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Users' }).waitFor();
      await page.getByText(t.adminEmail).first().waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Invite a user' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('E-mail').fill(email);
      await dialog.getByLabel('Name').fill('New Comer');
      await dialog.getByLabel('Unit').click();
      await page.getByRole('option', { name: 'Head office' }).click();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByRole('status').getByText(`An invitation was sent to ${email}.`).waitFor();
    });
    const mail = smtp.received.find((m) => (m.to as any).value[0].address === email)!;
    const link = /(https?:\/\/\S+\/invitation\/\S+)/.exec(mail.text!)![1];
    expect(link.startsWith(app.url)).toBe(true);
    const invitee = await browser.newPage({ viewport: { width: 390, height: 844 } });
    invitee.setDefaultTimeout(10_000);
    await withScreenshotOnFailure(invitee, 'accept-invitation', async () => {
      await invitee.goto(link);
      await invitee.getByText(`as ${email}`).waitFor();
      expect(await overflow(invitee)).toBeLessThanOrEqual(0);
      await invitee.getByLabel('New password', { exact: true }).fill('my own long password');
      await invitee.getByLabel('New password again').fill('my own long password');
      await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
      await invitee.getByRole('button', { name: 'Sign out' }).waitFor();
      // The link is spent: opened again, it says so.
      await invitee.goto(link);
      await invitee.getByText('This invitation link was already used.').waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
    await invitee.close();
    const signedIn = await app.client().request(`mutation($i: LoginInput!) { login(input: $i) { kind } }`, {
      i: { email, password: 'my own long password' },
    });
    expect(signedIn.errors).toBeUndefined();
  }, 60_000);
});
