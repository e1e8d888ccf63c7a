import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, uiText, withScreenshotOnFailure } from '../support/browser.js';
import { createDistribution, INVITE } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;

describe.skipIf(!hasChromium)('the contact-data page', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Water Board');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('speed'), 'Service');
    await publish(t.admin, q.id, 'v1');
    const mail = await createDistribution(t.admin, {
      name: 'Mail',
      questionnaireId: q.id,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    // Two people invited: the export and the erasure are about Marta only.
    await t.admin.ok(INVITE, {
      input: {
        distributionId: mail.id,
        respondents: [
          { contact: 'marta@example.org', unitId: t.headOfficeId },
          { contact: 'ivan@example.org', unitId: t.headOfficeId },
        ],
      },
    });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('exports a person’s data as a file, erases it after a confirmation, in each language', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'contact-data', async () => {
      await signInAt(page, `${app.url}/admin/contact-data`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Contact data' }).waitFor();
      // Not an e-mail address: the server refuses the field, the page says so in its words.
      await page.getByLabel('E-mail address or phone number').fill('not an address');
      await page.getByRole('button', { name: 'Export their data' }).click();
      await page
        .getByRole('alert')
        .getByText('This is not an e-mail address: check it, or choose “Phone number”.')
        .waitFor();

      await page.getByLabel('E-mail address or phone number').fill('Marta@Example.org');
      await page.getByRole('button', { name: 'Export their data' }).click();
      await page
        .getByRole('status')
        .getByText('Found 1 invitation(s), 0 response(s), 0 case(s) and 0 key client(s).')
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download the file to hand over (contact-data.json)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('contact-data.json');
      const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(file.requested).toMatchObject({ kind: 'EMAIL', contact: 'marta@example.org' });
      expect(file.invitations).toHaveLength(1);
      expect(JSON.stringify(file)).not.toContain('ivan');

      await page.getByRole('button', { name: 'Erase their data' }).click();
      const dialog = page.getByRole('dialog', { name: 'Erase this person’s data?' });
      await dialog.getByText('Everything that names Marta@Example.org is erased').waitFor();
      await dialog.getByRole('button', { name: 'Erase for good' }).click();
      await page
        .getByRole('status')
        .getByText('Erased: 1 distribution contact(s), 0 case contact(s), 0 key client(s).')
        .waitFor();
      await page.getByRole('button', { name: 'Export their data' }).click();
      await page
        .getByRole('status')
        .getByText('Found 0 invitation(s), 0 response(s), 0 case(s) and 0 key client(s).')
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );

      for (const locale of ['zh-CN', 'uk'] as const) {
        await page.evaluate((l) => localStorage.setItem('barometer-locale', l), locale);
        await page.reload();
        await page.getByRole('heading', { name: uiText(locale, 'privacy.title') }).waitFor();
        await page.getByRole('button', { name: uiText(locale, 'privacy.export') }).waitFor();
      }
    });
    // The refused export is answered 400 by the server (BAD_USER_INPUT); nothing else is logged.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  }, 120_000);
});
