import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { createDistribution, requestId, SUBMIT } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let token: string;

const survey = {
  title: { default: 'Counter survey', uk: 'Опитування у віконці' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'overall',
          title: { default: 'How satisfied are you?', uk: 'Наскільки ви задоволені?' },
          isRequired: true,
        },
        { type: 'comment', name: 'why', title: { default: 'Anything else?', uk: 'Щось іще?' } },
      ],
    },
  ],
};

describe.skipIf(!hasChromium)('the respondent runner in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Social Security Fund');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey);
    const version = await publish(t.admin, q.id);
    const model = (
      await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
        input: {
          unitId: t.headOfficeId,
          name: 'Counter index',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                {
                  key: 'overall',
                  kind: 'SURVEY',
                  label: 'Overall satisfaction',
                  items: [{ questionnaireId: q.id, question: 'overall' }],
                },
              ],
            },
          },
        },
      })
    ).createIndicatorModel;
    await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`);
    token = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}" }) { token } }`,
      )
    ).openQuestionnaireVersion.token;
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the survey in the respondent’s language on a phone, and counts the response once accepted', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await withScreenshotOnFailure(page, 'runner', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(token)}`);
      await page.getByText('Наскільки ви задоволені?').waitFor();
      // Completing without the required answer is refused by SurveyJS in Ukrainian.
      await page.getByRole('button', { name: 'Завершити' }).click();
      await page.locator('.sd-question__erbox').first().waitFor();
      // Buttons even on a narrow screen (SurveyJS would otherwise show a dropdown).
      await page.locator('.sd-rating__item').getByText('4', { exact: true }).click();
      await page.locator('textarea').fill('Черга була <b>довга</b>');
      await page.getByRole('button', { name: 'Завершити' }).click();
      await page.locator('.sd-completedpage').waitFor();
    });
    const { responses } = await t.admin.ok(`{ responses { totalCount edges { node { answers language channel } } } }`);
    expect(responses.totalCount).toBe(1);
    expect(responses.edges[0].node).toEqual({
      answers: { overall: 4, why: 'Черга була <b>довга</b>' },
      language: 'uk',
      channel: 'WEB_LINK',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the response counted on the dashboard with the right score', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await withScreenshotOnFailure(page, 'dashboard', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Results' }).click();
      // One response answering 4 on 1–5: 100·(4 − 1)/4 = 75, "Satisfied" (70–80).
      const headline = page.getByLabel('Index score', { exact: true });
      await headline.getByText('75.0').waitFor();
      expect(await headline.textContent()).toMatch(/75\.0\s*Satisfied\s*1 responses/);
      await page.locator('.chart svg').first().waitFor();
    });
    await page.close();
  }, 60_000);

  it('tells the respondent when the link is not valid', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await withScreenshotOnFailure(page, 'runner-invalid', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(`${t.orgId}.${'x'.repeat(43)}`)}`);
      await page.getByRole('alert').getByText('This survey link is not valid').waitFor();
    });
    await page.close();
  });

  it('tells the respondent, in their language, when the survey is closed', async () => {
    const { questionnaires } = await t.admin.ok(`{ questionnaires { edges { node { versions { id } } } } }`);
    const link = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${questionnaires.edges[0].node.versions[0].id}", unitId: "${t.headOfficeId}" }) { id token } }`,
      )
    ).openQuestionnaireVersion;
    await t.admin.ok(`mutation { closeResponseLink(id: "${link.id}") { closedAt } }`);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    await withScreenshotOnFailure(page, 'runner-closed', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(link.token)}`);
      await page.getByRole('alert').getByText('Опитування закрито, відповіді більше не приймаються.').waitFor();
    });
    await page.close();
  });

  it('explains a paused distribution and a quota reached, in the respondent’s language', async () => {
    const { questionnaires } = await t.admin.ok(`{ questionnaires { edges { node { id } } } }`);
    const questionnaireId = questionnaires.edges[0].node.id;
    const paused = await createDistribution(t.admin, {
      name: 'Paused',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(`mutation { pauseDistribution(id: "${paused.id}") { status } }`);
    const full = await createDistribution(t.admin, {
      name: 'Full',
      questionnaireId,
      channel: 'WEB_LINK',
      unitIds: [t.headOfficeId],
      quota: 1,
    });
    await app
      .client()
      .ok(SUBMIT, { input: { token: full.links[0].token, clientRequestId: requestId(), answers: { overall: 5 } } });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await withScreenshotOnFailure(page, 'runner-refusals', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(paused.links[0].token)}`);
      await page.getByRole('alert').getByText('本调查暂时暂停，请稍后再试。').waitFor();
      await page.goto(`${app.url}/r/${encodeURIComponent(full.links[0].token)}`);
      await page.getByRole('alert').getByText('本调查已收到所需的全部答卷。感谢您的关注。').waitFor();
    });
    await page.close();
  });
});
