import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;
let modelId: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'overall', title: 'How satisfied are you?', rateMin: 1, rateMax: 5 },
        { type: 'comment', name: 'why', title: 'Anything else?' },
      ],
    },
  ],
};

describe.skipIf(!hasChromium)('results by question and empty periods in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Land Registry');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Visit');
    questionnaireId = q.id;
    const version = await publish(t.admin, q.id);
    modelId = (
      await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
        input: {
          unitId: t.headOfficeId,
          name: 'Visit index',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                {
                  key: 'overall',
                  kind: 'SURVEY',
                  label: 'Overall',
                  items: [{ questionnaireId: q.id, question: 'overall' }],
                },
              ],
            },
          },
        },
      })
    ).createIndicatorModel.id;
    await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${modelId}" }) { id } }`);
    const db = app.orm.em.fork().getConnection();
    // Three responses completed yesterday (inside the default last twelve months).
    for (const answers of [{ overall: 5, why: 'Great help' }, { overall: 4 }, { overall: 2, why: 'Slow queue' }]) {
      await db.execute(
        `insert into response (id, organization_id, unit_id, questionnaire_id, questionnaire_version_id, channel, status, completed_at, submitted_at, is_test, answers)
         values (?, ?, ?, ?, ?, 'WEB_LINK', 'COMPLETE', now() - interval '1 day', now(), false, ?)`,
        [randomUUID(), t.orgId, t.headOfficeId, q.id, version.id, JSON.stringify(answers)],
      );
    }
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows each question’s counts, mean, top-2-box and texts from the questionnaire page', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'question-summaries', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/questionnaires/${questionnaireId}`);
      await page.getByRole('button', { name: 'Results by question' }).click();
      const overall = page.locator('[data-question="overall"]');
      // 5, 4, 2: n = 3, mean 11 / 3 = 3.67, top-2-box (4 and 5) 2 / 3 = 66.7 %.
      await overall.getByText('n = 3').waitFor();
      expect(await overall.locator('.facts').textContent()).toMatch(/Mean 3\.67.*Top-2-box 66\.7 %/);
      expect(await overall.getByRole('table').getByRole('row').allTextContents()).toEqual([
        '10',
        '21',
        '30',
        '41',
        '51',
      ]);
      await overall.locator('svg').first().waitFor();
      const why = page.locator('[data-question="why"]');
      expect(await why.locator('blockquote').allTextContents()).toEqual(['Slow queue', 'Great help']);
    });
    expect(errors).toEqual([]);
  });

  it('browses the responses, opens one with its version, and excludes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'responses-browser', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/questionnaires/${questionnaireId}`);
      await page.getByRole('button', { name: 'Responses', exact: true }).click();
      const list = page.locator('.responses-browser tbody').first();
      await expect.poll(() => list.getByRole('row').count()).toBe(3);
      await list.getByRole('button', { name: 'Open' }).first().click();
      const detail = page.getByRole('article', { name: 'Answers (version 1)' });
      await detail.getByRole('row', { name: /overall/ }).waitFor();
      await detail.getByLabel('Reason').fill('Duplicate paper form');
      await detail.getByRole('button', { name: 'Exclude' }).click();
      await detail.getByText('Excluded: Duplicate paper form').waitFor();
      // The list without excluded responses has two left; with them, three, one marked.
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect.poll(() => list.getByRole('row').count()).toBe(2);
      await page.getByLabel('Show excluded').check();
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect.poll(() => list.getByRole('row').filter({ hasText: 'Excluded' }).count()).toBe(1);
    });
    expect(errors).toEqual([]);
  });

  it('says a period has no responses instead of drawing empty charts', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
    await withScreenshotOnFailure(page, 'dashboard-empty', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.goto(`${app.url}/#/results?model=${modelId}&unit=${t.headOfficeId}&from=2020-01-01&to=2020-02-01`);
      await page.getByText('No responses in this period.').waitFor();
      expect(await page.getByLabel('Index score', { exact: true }).count()).toBe(0);
    });
  });
});
