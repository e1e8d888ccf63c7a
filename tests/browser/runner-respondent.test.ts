import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryWorker } from '../../server/distribution/delivery/worker.js';
import { consoleErrors, hasChromium, launch, withScreenshotOnFailure } from '../support/browser.js';
import { createDistribution, eventually, FAST_DELIVERY, INVITE, startWorker } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { publish } from '../support/questionnaires.js';
import { linkIn, startSmtp, type SmtpListener } from '../support/smtp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let smtp: SmtpListener;
let worker: DeliveryWorker;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;
let token: string;

// No title in the definition: respondents see the questionnaire's name, in their language.
const survey = {
  description: { default: 'Five minutes about your last visit.', uk: 'Пʼять хвилин про ваш останній візит.' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'wait',
          title: { default: 'How was the wait?', uk: 'Як вам очікування?' },
          rateMin: 1,
          rateMax: 5,
          minRateDescription: { default: 'Very bad', uk: 'Дуже погано' },
          maxRateDescription: { default: 'Very good', uk: 'Дуже добре' },
        },
        {
          type: 'rating',
          name: 'recommend',
          title: { default: 'Would you recommend us?', uk: 'Чи порадили б ви нас?' },
          rateMin: 0,
          rateMax: 10,
        },
      ],
    },
  ],
};
const responseCount = async () =>
  Number(
    (
      await app.orm.em
        .fork()
        .getConnection()
        .execute(`select count(*) n from response where questionnaire_id = ?`, [questionnaireId])
    )[0].n,
  );

describe.skipIf(!hasChromium)('the runner as a respondent sees it', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    smtp = await startSmtp();
    app = await startTestApp({
      WEB_DIR: `${root}web/dist`,
      ...FAST_DELIVERY,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'Survey <survey@agency.test>',
    });
    worker = await startWorker(app);
    t = await newTenant(app, 'Pension Fund');
    const created = await t.admin.ok(
      `mutation($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`,
      {
        input: {
          unitId: t.headOfficeId,
          title: 'Counter survey',
          titleTranslations: [{ locale: 'uk', text: 'Опитування у віконці' }],
          definition: survey,
        },
      },
    );
    questionnaireId = created.createQuestionnaire.id;
    const version = await publish(t.admin, questionnaireId);
    token = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}" }) { token } }`,
      )
    ).openQuestionnaireVersion.token;
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await app?.close();
    await smtp?.close();
  });

  it('a uk-UA phone gets the Ukrainian survey: title, intro, rating buttons with end labels, and a language switch', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    page.setDefaultTimeout(10_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'runner-phone-uk', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(token)}`);
      await page.getByText('Як вам очікування?').waitFor();
      await page.getByText('Опитування у віконці').first().waitFor();
      await page.getByText('Пʼять хвилин про ваш останній візит.').waitFor();
      await page.getByText('Дуже погано').waitFor();
      await page.getByText('Дуже добре').waitFor();
      // Buttons, not a "Select…" dropdown: 5 points for the wait, 11 (0–10) for the recommendation.
      expect(await page.locator('.sd-dropdown').count()).toBe(0);
      expect(await page.locator('.sd-rating__item').count()).toBe(5 + 11);
      // Nothing answered: refused, in Ukrainian, and not counted.
      await page.getByRole('button', { name: 'Завершити' }).click();
      await page.getByRole('status').getByText('Дайте відповідь хоча б на одне запитання').waitFor();
      expect(await responseCount()).toBe(0);
      // The switch shows the survey in English.
      await page.getByLabel('Мова').selectOption('en');
      await page.getByText('How was the wait?').waitFor();
      await page.getByText('Counter survey').first().waitFor();
      await page.locator('.sd-rating__item').getByText('4', { exact: true }).first().click();
      await page.getByRole('button', { name: 'Complete' }).click();
      await page.locator('.sd-completedpage').waitFor();
    });
    expect(await responseCount()).toBe(1);
    const { responses } = await t.admin.ok(`{ responses { edges { node { answers language } } } }`);
    expect(responses.edges[0].node).toEqual({ answers: { wait: 4 }, language: 'en' });
    // The refused empty completion is the one failed request the browser logs.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  }, 60_000);

  it('a personal link reloaded after completion says it was already answered', async () => {
    const d = await createDistribution(t.admin, {
      name: 'Follow-up e-mail',
      questionnaireId,
      channel: 'EMAIL',
      unitIds: [t.headOfficeId],
    });
    await t.admin.ok(INVITE, {
      input: {
        distributionId: d.id,
        respondents: [{ contact: 'olena@example.org', language: 'uk', unitId: t.headOfficeId }],
      },
    });
    const mail = await eventually(
      async () => smtp.received.find((m) => (m.to as any).value.some((v: any) => v.address === 'olena@example.org')),
      20_000,
      'the invitation',
    );
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'uk-UA' });
    await withScreenshotOnFailure(page, 'runner-already-answered', async () => {
      await page.goto(`${app.url}/r/${encodeURIComponent(linkIn(mail))}`);
      await page.locator('.sd-rating__item').getByText('5', { exact: true }).first().click();
      await page.getByRole('button', { name: 'Завершити' }).click();
      await page.locator('.sd-completedpage').waitFor();
      await page.reload();
      await page.getByRole('alert').getByText('Ви вже відповіли на це опитування. Дякуємо!').waitFor();
      expect(await page.locator('.sd-rating__item').count()).toBe(0);
    });
    expect(await responseCount()).toBe(2);
    await page.close();
  }, 60_000);
});
