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
  tabTo,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'overall', title: 'How satisfied are you overall?', rateMin: 1, rateMax: 5 },
        { type: 'comment', name: 'why', title: 'Anything else?' },
      ],
    },
  ],
};

describe.skipIf(!hasChromium)('the indicator model editor in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Pension Fund');
    questionnaireId = (await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Counter visit')).id;
    await publish(t.admin, questionnaireId);
    await newUnit(t.admin, t.headOfficeId, 'WEST');
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('builds a model with one dimension bound to a rating question, previews it, publishes it and diffs two versions', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'models', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Indicator models' }).click();
      await page.getByPlaceholder('Name').fill('Service index');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Create' }).click();

      await page.getByRole('button', { name: 'Add dimension' }).click();
      const dimension = page.getByRole('group', { name: /^Dimension/ });
      await dimension.getByLabel('Label').fill('Service at the counter');
      await page
        .getByRole('group', { name: 'Actions for dimension1' })
        .getByRole('button', { name: 'Add indicator' })
        .click();
      const indicator = page.getByRole('group', { name: /^Survey indicator/ });
      await indicator.getByLabel('Label').fill('Overall satisfaction');
      // Unbound, the server's validation names the node: shown on it.
      await indicator.getByText('Bind at least one question.').waitFor();
      // Only scorable questions are offered, with their scale: the rating, not the comment box.
      const picker = indicator.getByLabel('Bind a question (indicator1)');
      expect(await picker.locator('option').allTextContents()).toEqual([
        'Choose a question…',
        'overall — How satisfied are you overall? (1–5)',
      ]);
      await picker.selectOption('overall');
      await indicator.getByRole('cell', { name: '1–5' }).waitFor();
      await expect.poll(() => indicator.getByText('Bind at least one question.').count()).toBe(0);
      // Effective weights of the saved draft.
      await dimension.getByText('share 100 % · effective 100 %').waitFor();
      await page.getByText(/Draft saved/).waitFor();

      await page.getByLabel('Changelog').fill('First model');
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 1 published').waitFor();

      // A sample response scored with version 1: 4 on 1–5 is 75, "Satisfied".
      await page.getByLabel('How satisfied are you overall? (1–5)').fill('4');
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByText('Index 75.0 · Satisfied').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // Version 2 with a second dimension, and the diff between the two.
      await page
        .getByRole('group', { name: 'Actions for index' })
        .getByRole('button', { name: 'Add dimension' })
        .click();
      await page
        .getByRole('group', { name: 'Actions for dimension2' })
        .getByRole('button', { name: 'Add indicator' })
        .click();
      await page.getByLabel('Bind a question (indicator2)').selectOption('overall');
      await page
        .getByRole('group', { name: /^Dimension dimension2/ })
        .getByText('share 50 % · effective 50 %')
        .waitFor();
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 2 published').waitFor();
      await page.getByRole('button', { name: 'Compare' }).click();
      const diff = page.getByRole('region', { name: 'Differences between versions' });
      await diff.getByText(/Added dimension2/).waitFor();

      // A branch variant of version 2.
      await page.locator('form.derive').getByLabel('Unit').selectOption({ label: '\u00a0\u00a0Unit WEST' });
      await page.getByRole('button', { name: 'Make a variant of version 2 for this unit' }).click();
      await page.getByText('A branch variant of “Service index”').waitFor();
      await page.getByRole('group', { name: /^Dimension dimension2/ }).waitFor();
    });
    const { indicatorModels } = await t.admin.ok(
      `{ indicatorModels { edges { node { name unit { code } parentModel { name } versions { number definition { json } } } } } }`,
    );
    const variant = indicatorModels.edges.find((e: any) => e.node.parentModel)?.node;
    expect(variant).toMatchObject({ unit: { code: 'WEST' }, parentModel: { name: 'Service index' } });
    const model = indicatorModels.edges.find((e: any) => !e.node.parentModel).node;
    expect(model.name).toBe('Service index');
    expect(model.versions.map((v: any) => v.number)).toEqual([2, 1]);
    const v1 = model.versions[1].definition.json;
    expect(v1.root.children[0]).toMatchObject({
      key: 'dimension1',
      kind: 'DIMENSION',
      label: 'Service at the counter',
      children: [
        {
          key: 'indicator1',
          kind: 'SURVEY',
          label: 'Overall satisfaction',
          items: [{ questionnaireId, question: 'overall' }],
        },
      ],
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('works from the keyboard alone: sign in, open the model, add a dimension and an indicator, bind a question', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'models-keyboard', async () => {
      await page.goto(app.url);
      await page.getByLabel('E-mail').waitFor();
      await tabTo(page, /E-mail/);
      await page.keyboard.type(t.adminEmail);
      await page.keyboard.press('Tab');
      await page.keyboard.type(t.adminPassword);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await tabTo(page, 'Indicator models');
      await page.keyboard.press('Enter');
      await tabTo(page, 'Service index');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Indicator tree' }).waitFor();
      await tabTo(page, 'Add dimension');
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: 'Actions for dimension3' }).waitFor();
      await tabTo(page, /^Add indicator$/);
      await page.keyboard.press('Enter');
      // The new indicator's question picker, reached and chosen with the keyboard.
      await tabTo(page, 'Bind a question (indicator3)', 200);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.getByLabel('Question 1 (indicator3)').count()).toBe(1);
      await page.getByText(/Draft saved/).waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('edits GAP pairs and METRIC statistics, and shows the server’s problem on the node', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'models-kinds', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Indicator models' }).click();
      await page.getByPlaceholder('Name').fill('Expectations');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('button', { name: 'Add indicator' }).click();
      const node = page.getByRole('group', { name: /^Survey indicator indicator1/ });
      await node.getByLabel('Kind').selectOption('GAP');
      const gap = page.getByRole('group', { name: /^Gap \(SERVQUAL\) indicator1/ });
      await gap.getByText('A GAP indicator needs at least one expectation/perception pair.').waitFor();
      await gap.getByRole('button', { name: 'Add a pair' }).click();
      await expect.poll(() => gap.getByText('A GAP indicator needs at least one').count()).toBe(0);
      await gap.getByLabel('Counts in the index').waitFor();
      await gap.getByLabel('Kind').selectOption('METRIC');
      const metric = page.getByRole('group', { name: /^Administrative statistic indicator1/ });
      await metric.getByText('A METRIC indicator names the administrative statistic it uses (metricKey).').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    const { indicatorModels } = await t.admin.ok(`{ indicatorModels { edges { node { name draft { json } } } } }`);
    const draft = indicatorModels.edges.find((e: any) => e.node.name === 'Expectations').node.draft.json;
    expect(draft.root.children[0]).toMatchObject({ key: 'indicator1', kind: 'METRIC', items: [], pairs: [] });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
