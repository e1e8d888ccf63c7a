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
import { newQuestionnaire, publish, saveDraft } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let ministry: Tenant; // offers templates
let court: Tenant; // adopts one in the browser
let browser: Browser;
let sourceId: string;

const OFFER = `mutation($input: OfferTemplateInput!) { offerTemplate(input: $input) { id } }`;
const likert = (name: string, title: string) => ({ type: 'rating', name, title, rateMin: 1, rateMax: 5 });
const v1 = {
  pages: [
    {
      name: 'visit',
      elements: [likert('polite', 'Court staff are polite'), likert('overall', 'Overall satisfaction')],
    },
  ],
};
const v2 = {
  pages: [
    {
      name: 'visit',
      elements: [
        likert('polite', 'Court staff are polite'),
        likert('signage', 'It was easy to find my way'),
        likert('overall', 'Overall satisfaction'),
      ],
    },
  ],
};

describe.skipIf(!hasChromium)('the template library in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    ministry = await newTenant(app, 'Ministry of Justice');
    court = await newTenant(app, 'District Court');
    const q = await newQuestionnaire(ministry.admin, ministry.headOfficeId, v1, 'Court users');
    sourceId = q.id;
    await saveDraft(ministry.admin, q.id, 1, v1, { mandatoryElements: ['overall'] });
    const version = await publish(ministry.admin, q.id, 'First release');
    await ministry.admin.ok(OFFER, {
      input: {
        versionId: version.id,
        category: 'courts',
        description: 'Satisfaction of court users',
        languages: ['en', 'uk'],
      },
    });
    const other = await newQuestionnaire(
      ministry.admin,
      ministry.headOfficeId,
      { pages: [{ name: 'p', elements: [likert('claim', 'Claim handling')] }] },
      'Claims',
    );
    const otherVersion = await publish(ministry.admin, other.id);
    await ministry.admin.ok(OFFER, {
      input: { versionId: otherVersion.id, category: 'insurance', description: 'Claim handling', languages: ['zh-CN'] },
    });
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('browses by category and language, previews, adopts into a unit, then merges the template’s update', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    let adoptedId = '';
    await withScreenshotOnFailure(page, 'templates', async () => {
      await signInAt(page, app.url, court.adminEmail, court.adminPassword);
      await page.getByRole('link', { name: 'Templates' }).click();
      await page.getByRole('heading', { name: 'Claims' }).waitFor();
      const search = page.getByRole('search');
      await search.getByLabel('Category').selectOption('courts');
      await expect.poll(() => page.getByRole('heading', { name: 'Claims' }).count()).toBe(0);
      await search.getByLabel('Category').selectOption('');
      await search.getByLabel('Language').selectOption({ label: '简体中文' });
      await expect.poll(() => page.getByRole('heading', { name: 'Court users' }).count()).toBe(0);
      await search.getByLabel('Language').selectOption('');
      await page.getByRole('heading', { name: 'Court users' }).waitFor();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Court users' }) });
      await card.getByRole('button', { name: 'Preview and adopt' }).click();
      await card.getByText('Court staff are polite').waitFor();
      await card.getByText('(rating · mandatory)').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await card.getByLabel('Title', { exact: true }).fill('Our court users');
      await card.getByRole('button', { name: 'Adopt', exact: true }).click();
      await page.waitForURL(/\/questionnaires\//);
      adoptedId = decodeURIComponent(page.url().split('/questionnaires/')[1]);
      // The template's mandatory question is locked in the Creator: it cannot be deleted or edited there.
      await page.getByText('Locked by the template (move only): overall').waitFor();
      const question = (title: string) => page.locator('.svc-question__content').filter({ hasText: title });
      await question('Court staff are polite').click({ position: { x: 5, y: 5 } });
      await question('Court staff are polite').locator('[title="Delete"]').first().waitFor();
      await question('Overall satisfaction').click({ position: { x: 5, y: 5 } });
      await page.locator('.svc-question__content--selected').filter({ hasText: 'Overall satisfaction' }).waitFor();
      expect(await question('Overall satisfaction').locator('[title="Delete"]').count()).toBe(0);
    });
    // The ministry releases version 2 of its template.
    const v2version = await publish(ministry.admin, sourceId, 'Signage question', v2);
    await ministry.admin.ok(OFFER, {
      input: {
        versionId: v2version.id,
        category: 'courts',
        description: 'Satisfaction of court users',
        languages: ['en', 'uk'],
      },
    });
    await withScreenshotOnFailure(page, 'templates-update', async () => {
      await page.goto(`${app.url}/#/templates`);
      const updates = page.getByRole('region', { name: 'Updates to merge' });
      await updates.getByText('The template has a newer version: 1 → 2.').waitFor();
      await updates.getByText(/Added signage/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await updates.getByRole('button', { name: 'Merge into the draft' }).click();
      await page.getByText('Merged: 1 applied, 0 conflicts.').waitFor();
    });
    const { questionnaire } = await court.admin.ok(
      `query($id: ID!) { questionnaire(id: $id) { title origin templateUpdateAvailable draft } }`,
      { id: adoptedId },
    );
    expect(questionnaire).toMatchObject({
      title: 'Our court users',
      origin: 'TEMPLATE',
      templateUpdateAvailable: false,
    });
    expect(JSON.stringify(questionnaire.draft)).toContain('"signage"');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
