import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newPerson } from '../support/cases.js';
import { newUnit } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newSurveyTenant, type SurveyTenant } from '../support/public-survey.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';
import { storeResponses } from '../support/responses.js';

/* The publication page (/admin/publication): an ADMIN chooses what the public page /t/<slug> shows. */

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: SurveyTenant;
let browser: Browser;
let unitA: string;
let feedback: { questionnaireId: string; versionId: string };

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(!hasChromium)('publication page', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newSurveyTenant(app, 'Court');
    unitA = (await newUnit(t.admin, t.headOfficeId, 'A')).id;
    await newUnit(t.admin, t.headOfficeId, 'B');
    // A questionnaire with a free-text question, and two answers to it at Unit A.
    const definition = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'speed', title: 'How fast?', rateMin: 1, rateMax: 5 },
            { type: 'comment', name: 'remarks', title: 'Anything else?' },
          ],
        },
      ],
    };
    const q = await newQuestionnaire(t.admin, t.headOfficeId, definition, 'Feedback');
    feedback = { questionnaireId: q.id, versionId: (await publish(t.admin, q.id, 'v1')).id };
    const r = (remarks: string) => ({
      unitId: unitA,
      ...feedback,
      completedAt: new Date().toISOString(),
      answers: { speed: 4, remarks },
    });
    await storeResponses(app, t.orgId, [r('Olena Kovalenko helped me at once.'), r('The queue was short.')]);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('publishes the page with the model and the units chosen, on a phone, axe-clean', async () => {
    expect((await fetch(`${app.url}/t/${t.slug}`)).status).toBe(404);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'publication', async () => {
      await signInAt(page, `${app.url}/admin/publication`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Public page' }).waitFor();
      await page.locator('.publication-form').getByText('Unit A', { exact: true }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByText('Publish the page').click();
      await page.locator('.publication-form .el-select__wrapper').first().click();
      await page.getByRole('option', { name: 'Court index' }).click();
      await page.getByText('Last complete year').click();
      await page.locator('.publication-form').getByText('Unit A', { exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText('Saved.').waitFor();
    });
    const html = await (await fetch(`${app.url}/t/${t.slug}?lang=en`)).text();
    expect(html).toContain('<th scope="row">Unit A</th>');
    expect(html).not.toContain('Unit B');
    const { transparencySettings } = await t.admin.ok(`{ transparencySettings { enabled period unitIds } }`);
    expect(transparencySettings).toMatchObject({ enabled: true, period: 'YEAR' });
    expect(errors).toEqual([]);
  });

  it('approves a respondent’s comment picked from the list, edited to remove a name, and withdraws another', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'publication-comments', async () => {
      await signInAt(page, `${app.url}/admin/publication`, t.adminEmail, t.adminPassword);
      const picker = page.getByRole('region', { name: 'Choose comments to approve' });
      await picker.locator('.el-select__wrapper').click();
      await page.getByRole('option', { name: 'Feedback' }).click();
      await picker.getByRole('button', { name: 'Show the comments' }).click();
      const named = picker.getByRole('listitem').filter({ hasText: 'Olena Kovalenko helped me at once.' });
      const plain = picker.getByRole('listitem').filter({ hasText: 'The queue was short.' });
      await named.getByText('Anything else? · Unit A').waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await named.getByRole('button', { name: 'Edit, then approve' }).click();
      await named.getByLabel('Text as published (optional: remove names)').fill('A clerk helped me at once.');
      await named.getByRole('button', { name: 'Approve the edited text' }).click();
      await named.getByText('Approved').waitFor();
      await plain.getByRole('button', { name: 'Approve comment' }).click();
      await plain.getByText('Approved').waitFor();
      await page.locator('.admin-table').getByText('The queue was short.').waitFor();
      await plain.getByRole('button', { name: 'Withdraw' }).click();
      await plain.getByRole('button', { name: 'Approve comment' }).waitFor();
    });
    // What the public page may show: the edited text only; the withdrawn comment is gone.
    const { publishedComments } = await t.admin.ok(`{ publishedComments { question text unitId } }`);
    expect(publishedComments).toEqual([{ question: 'remarks', text: 'A clerk helped me at once.', unitId: unitA }]);
    expect(errors).toEqual([]);
  });

  it('lets a branch manager publish the branch’s commitments, not the head office’s settings', async () => {
    const { indicatorModels } = await t.admin.ok(`{ indicatorModels(first: 5) { edges { node { id } } } }`);
    const modelId = indicatorModels.edges[0].node.id;
    await t.admin.ok(
      `mutation($input: TransparencySettingsInput!) { updateTransparencySettings(input: $input) { enabled } }`,
      {
        input: { enabled: true, modelId, unitIds: [unitA], period: 'YEAR' },
      },
    );
    const COMMIT = `mutation($input: CommitmentInput!) { createServiceCommitment(input: $input) { id } }`;
    const commit = (unitId: string, text: string) =>
      t.admin.ok(COMMIT, { input: { unitId, text, source: 'INDICATOR', modelId, target: 80 } });
    await commit(unitA, 'A visitor is seen within 15 minutes.');
    await commit(t.headOfficeId, 'Head office answers letters within 10 days.');
    const manager = await newPerson(app, t, 'UNIT_MANAGER', unitA, 'Manager');
    const publicHtml = async () => (await fetch(`${app.url}/t/${t.slug}?lang=en`)).text();
    expect(await publicHtml()).not.toContain('A visitor is seen within 15 minutes.');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'publication-branch', async () => {
      await signInAt(page, `${app.url}/admin/publication`, manager.email, 'a long enough password');
      await page.getByRole('note').getByText('The head office chooses which units').waitFor();
      expect(await page.getByText('You do not have the permission').count()).toBe(0);
      expect(await page.getByText('Publish the page').count()).toBe(0);
      const list = page.getByRole('region', { name: 'Service commitments' });
      await list.getByText('A visitor is seen within 15 minutes.').waitFor();
      // The head office's commitment is not the branch's to read or change.
      expect(await list.getByText('Head office answers letters').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      const toggle = list.getByRole('switch', { name: 'On the public page: A visitor is seen within 15 minutes.' });
      // Element Plus hides the switch's input under its drawn track: click the track.
      await toggle.locator('..').click();
      await list.locator('.el-switch.is-checked').waitFor();
    });
    expect(await publicHtml()).toContain('A visitor is seen within 15 minutes.');
    expect(await publicHtml()).not.toContain('Head office answers letters');
    expect(errors).toEqual([]);
  });
});
