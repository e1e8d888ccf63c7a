import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, uiText, withScreenshotOnFailure } from '../support/browser.js';
import { newPerson, type Person } from '../support/cases.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/*
 * Two intake-side forms of the cases module (issue 17): the alert-rule form sets a rule on one indicator of a unit
 * (model, indicator, period, threshold), and the hotline intake form takes when the complaint reached the office
 * (default now; a moment in the future is refused on the field, in the operator's language, before any request).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'a long enough password';
let app: TestApp;
let t: Tenant;
let browser: Browser;
let admin: Person;
let operator: Person;
let branchId: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [{ type: 'rating', name: 'speed', title: 'How fast were you served?', rateMin: 1, rateMax: 5 }],
    },
  ],
};

describe.skipIf(!hasChromium)('indicator alert rule and received-at in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Indicator Insurer');
    branchId = (await newUnit(t.admin, t.headOfficeId, 'LVIV')).id;
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter survey');
    await publish(t.admin, q.id, 'v1');
    const { createIndicatorModel } = await t.admin.ok(
      `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
      {
        input: {
          unitId: t.headOfficeId,
          name: 'Counter index',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                { key: 'speed', kind: 'SURVEY', label: 'Speed', items: [{ questionnaireId: q.id, question: 'speed' }] },
              ],
            },
          },
        },
      },
    );
    await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${createIndicatorModel.id}" }) { id } }`);
    admin = await newPerson(app, t, 'ADMIN', t.headOfficeId, 'Alla');
    operator = await newPerson(app, t, 'INTERVIEWER', branchId, 'Oksana', 'uk');
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('an administrator sets an alert rule on one indicator of the model', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    const dialog = page.getByRole('dialog');
    const choose = async (label: string, option: string) => {
      await dialog
        .locator('.el-form-item')
        .filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) })
        .locator('.el-select__wrapper')
        .click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await withScreenshotOnFailure(page, 'cases-indicator-rule', async () => {
      await signInAt(page, `${app.url}/cases/settings`, admin.email, PASSWORD);
      await page.getByRole('button', { name: 'New alert rule' }).click();
      await dialog.getByLabel('Name').fill('Slow counter');
      await choose('Questionnaire', 'Counter survey');
      await choose('Condition', 'A unit’s indicator below');
      // Saved without a model: refused on its field before any request.
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByText('Choose the indicator model whose score the rule reads.').waitFor();
      await choose('Indicator model', 'Counter index');
      await choose('Indicator', 'Speed (speed)');
      await choose('Period', 'Quarter');
      await dialog.locator('.el-form-item').filter({ hasText: 'Threshold' }).locator('input').fill('55');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page
        .getByRole('row')
        .filter({ hasText: 'Slow counter' })
        .getByText('Counter index · speed · Quarter')
        .waitFor();
    });
    const { alertRules } = await t.admin.ok(`{ alertRules { name condition indicatorKey period threshold } }`);
    expect(alertRules).toEqual([
      { name: 'Slow counter', condition: 'INDICATOR_BELOW', indicatorKey: 'speed', period: 'QUARTER', threshold: 55 },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the intake form refuses a future receipt in the operator’s language and registers an earlier one', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, timezoneId: 'UTC' });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    const creates: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('CreateCase')) creates.push('create');
    });
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await withScreenshotOnFailure(page, 'cases-received-at', async () => {
      await signInAt(page, `${app.url}/cases/new`, operator.email, PASSWORD);
      await page.getByLabel('Language', { exact: true }).selectOption('uk');
      const field = page.locator('.el-form-item').filter({ hasText: uiText('uk', 'cases.form.receivedAt') });
      const input = field.locator('input');
      // Filled with now when the form opens.
      await expect.poll(() => input.inputValue()).toContain(today);
      await page.getByLabel(uiText('uk', 'cases.form.description')).fill('Лист: чекала дві години.');
      // Later today (the picker offers no later day): refused before any request. (Run before 23:59 UTC.)
      await input.fill(`${today} 23:59:59`);
      await input.press('Enter');
      await page.getByLabel(uiText('uk', 'cases.form.description')).press('Control+Enter');
      await field.getByText(uiText('uk', 'cases.form.receivedAtFuture')).waitFor();
      expect(creates).toEqual([]);
      await input.fill(`${yesterday} 09:30:00`);
      await input.press('Enter');
      await page.getByLabel(uiText('uk', 'cases.form.description')).press('Control+Enter');
      await page
        .getByRole('status')
        .filter({ hasText: /C-\d{4}-\w{5}/ })
        .waitFor();
    });
    expect(creates).toEqual(['create']);
    const { cases } = await t.admin.ok(`{ cases(first: 10) { edges { node { description receivedAt } } } }`);
    expect(cases.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { description: 'Лист: чекала дві години.', receivedAt: `${yesterday}T09:30:00.000Z` },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
