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
  trackFetches,
  waitForRendered,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { createDistribution } from '../support/distribution.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';
import { newQuestionnaire, publish, ratingSurvey } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const UNKNOWN = '0b6f1c2e-9a4d-4c1e-8f3a-5d2b7e9c1a40';
let app: TestApp;
let smtp: SmtpListener;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;
let modelId: string;
let distributionId: string;
let caseId: string;
/** The path of a pending invitation's link (the public, bare page an invited person opens). */
let invitationPath: string;

/** How far the page reaches past the right edge (0 when it does not), and what sticks out, for the failure message. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolled = (e: Element) => {
      // Content scrolled inside its own box (a wide table) does not move the page.
      for (let p = e.parentElement; p; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const sticking = Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !scrolled(e))
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} right=${e.getBoundingClientRect().right}`,
      );
    return { by: Math.max(0, document.documentElement.scrollWidth - width), sticking };
  });

describe.skipIf(!hasChromium)('the routed shell in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    smtp = await startSmtp();
    app = await startTestApp({ WEB_DIR: `${root}web/dist`, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
    t = await newTenant(app, 'Shell Court');
    questionnaireId = (await newQuestionnaire(t.admin, t.headOfficeId, ratingSurvey('overall'), 'Visitors')).id;
    await publish(t.admin, questionnaireId);
    modelId = (
      await t.admin.ok(`mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`, {
        input: {
          unitId: t.headOfficeId,
          name: 'Index',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                { key: 'overall', kind: 'SURVEY', label: 'Overall', items: [{ questionnaireId, question: 'overall' }] },
              ],
            },
          },
        },
      })
    ).createIndicatorModel.id;
    distributionId = (
      await createDistribution(t.admin, {
        name: 'Counter',
        questionnaireId,
        channel: 'WEB_LINK',
        unitIds: [t.headOfficeId],
      })
    ).id;
    caseId = (
      await t.admin.ok(`mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`, {
        i: { unitId: t.headOfficeId, channel: 'COUNTER', description: 'Waited two hours.' },
      })
    ).createCase.id;
    const invited = `invited@${t.slug}.test`;
    await t.admin.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
      input: { email: invited, locale: 'en', roles: [{ role: 'ANALYST', unitId: t.headOfficeId }] },
    });
    // The e-mail goes out through the outbox: wait for it (expect.poll works only inside a test).
    const sentTo = () => smtp.received.find((m) => (m.to as any).value[0].address === invited);
    for (let i = 0; i < 100 && !sentTo(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const mail = sentTo()!;
    invitationPath = new URL(/(https?:\/\/\S+\/invitation\/\S+)/.exec(mail.text!)![1]).pathname;
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  it('answers an unknown address with the not-found page, keeping the address', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await withScreenshotOnFailure(page, 'shell-not-found', async () => {
      await signInAt(page, `${app.url}/nonsense/page`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.getByText('There is no page at /nonsense/page.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/nonsense/page');
      // The old hand-rolled routing showed the unit tree here.
      expect(await page.getByRole('heading', { name: 'Organisation units' }).count()).toBe(0);
    });
    await page.close();
  });

  it('says an unknown questionnaire does not exist, with no editor and no Publish button', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await withScreenshotOnFailure(page, 'shell-unknown-questionnaire', async () => {
      // An old `#/…` link still leads to its page.
      await signInAt(page, `${app.url}/#/questionnaires/${UNKNOWN}`, t.adminEmail, t.adminPassword);
      await page.getByRole('alert').getByText('This questionnaire does not exist, or you cannot see it.').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/questionnaires/${UNKNOWN}`);
      expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0);
      await page.goto(`${app.url}/models/${UNKNOWN}`);
      await page.getByRole('alert').getByText('This indicator model does not exist, or you cannot see it.').waitFor();
      await page.goto(`${app.url}/distributions/${UNKNOWN}`);
      await page.getByRole('alert').getByText('This distribution does not exist, or you cannot see it.').waitFor();
    });
    await page.close();
  });

  it('sends a signed-out visitor to sign in, then to the page asked for', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await withScreenshotOnFailure(page, 'shell-sign-in-next', async () => {
      await page.goto(`${app.url}/models`);
      await page.getByLabel('E-mail').waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await page.getByLabel('E-mail').fill(t.adminEmail);
      await page.getByLabel('Password').fill(t.adminPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Indicator models' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/models');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('E-mail').waitFor();
    });
    await page.close();
  });

  it('refuses a weight typed as text or below 0 on the field, and sends no request with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const saves: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/graphql') && body.includes('saveIndicatorModelDraft')) saves.push(body);
    });
    await withScreenshotOnFailure(page, 'shell-weight', async () => {
      await signInAt(page, `${app.url}/models/${modelId}`, t.adminEmail, t.adminPassword);
      const node = page.locator('fieldset').filter({ hasText: 'Survey indicator' });
      const weight = node.getByLabel('Weight', { exact: true });
      for (const bad of ['abc', '-1']) {
        await weight.fill(bad);
        await node.getByRole('alert').getByText('A weight is a number, 0 or more.').waitFor();
        expect(await weight.getAttribute('aria-invalid')).toBe('true');
      }
      // The next valid edit saves the draft: with the last valid weight (1), never "abc" or −1.
      await node.getByLabel('Label', { exact: true }).fill('Overall view');
      await expect.poll(() => saves.length, { timeout: 10_000 }).toBe(1);
      expect(JSON.parse(saves[0]).variables.input.definition.root.children[0]).toMatchObject({
        label: 'Overall view',
        weight: 1,
      });
      expect(await page.getByText(/share\s*[−-]/).count()).toBe(0);
      await weight.fill('2');
      await expect.poll(() => saves.length, { timeout: 10_000 }).toBe(2);
      expect(await weight.getAttribute('aria-invalid')).toBe('false');
      expect(JSON.parse(saves[1]).variables.input.definition.root.children[0].weight).toBe(2);
    });
    await page.close();
  }, 90_000);

  for (const width of [1366, 390]) {
    it(`draws every route at ${width} px with no horizontal overflow and no accessibility violation`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = consoleErrors(page);
      await trackFetches(page);
      const routes: [string, string][] = [
        ['/', 'main h2'],
        ['/units', 'main h2'],
        ['/account', 'main h2'],
        ['/admin/users', 'main h2'],
        ['/admin/api-keys', 'main h2'],
        ['/admin/organisation', 'main h2'],
        ['/admin/metrics', 'main h2'],
        ['/admin/webhooks', 'main h2'],
        ['/questionnaires', 'main h2'],
        [`/questionnaires/${questionnaireId}`, '.svc-creator'],
        ['/templates', 'main h2'],
        ['/models', 'main h2'],
        [`/models/${modelId}`, 'main h2'],
        ['/results', 'main h2'],
        ['/distributions', 'main h2'],
        [`/distributions/${distributionId}`, 'main h2'],
        ['/distributions/rules', 'main h2'],
        ['/distributions/interview', 'main h2'],
        ['/fieldwork', 'main h2'],
        ['/fieldwork/assignments', 'main h2'],
        ['/fieldwork/clients', 'main h2'],
        ['/cases', 'main h2'],
        ['/cases/new', 'main h2'],
        [`/cases/${caseId}`, 'main h2'],
        ['/cases/settings', 'main h2'],
        ['/cases/analysis', 'main h2'],
        ['/actions', 'main h2'],
        ['/actions/plans', 'main h2'],
        ['/actions/follow-ups', 'main h2'],
        ['/reports', 'main h2'],
        ['/reports/new', 'main h2'],
        ['/reports/subscriptions', 'main h2'],
        ['/reports/exports', 'main h2'],
        [invitationPath, 'main h2'],
        ['/no-such-page', 'main h2'],
      ];
      await withScreenshotOnFailure(page, `shell-routes-${width}`, async () => {
        await signInAt(page, app.url, t.adminEmail, t.adminPassword);
        for (const [path, ready] of routes) {
          await page.goto(`${app.url}${path}`);
          await waitForRendered(page, page.locator(ready).first());
          const { by, sticking } = await overflow(page);
          expect(by, `${path} at ${width} px: ${sticking.join(', ')}`).toBe(0);
          // The Creator is SurveyJS's own (see accessibility.test.ts); everything around it is checked.
          expect(await accessibilityViolations(page, { exclude: ['.creator'] }), path).toEqual([]);
        }
        if (width === 390) {
          // The sidebar folds away on a phone and opens from the header; Sign out stays on screen.
          const menu = page.getByRole('button', { name: 'Menu' });
          await menu.click();
          await page.getByRole('link', { name: 'Questionnaires' }).click();
          await page.getByRole('heading', { name: 'Questionnaires' }).waitFor();
          expect(await menu.getAttribute('aria-expanded')).toBe('false');
          const signOut = await page.getByRole('button', { name: 'Sign out' }).boundingBox();
          expect(signOut!.x + signOut!.width).toBeLessThanOrEqual(390);
        }
      });
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }
});
