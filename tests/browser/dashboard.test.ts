import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  consoleErrors,
  hasChromium,
  launch,
  signInAt,
  withScreenshotOnFailure,
} from '../support/browser.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
let app: TestApp;
let t: Tenant;
let browser: Browser;
let northId: string;
let versionNumber: number;
const MANAGER = { email: 'north-manager@tax.test', password: 'a long enough password' };

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

describe.skipIf(!hasChromium)('the results dashboard in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Tax Office');
    const north = await newUnit(t.admin, t.headOfficeId, 'NORTH');
    const south = await newUnit(t.admin, t.headOfficeId, 'SOUTH');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Visit');
    const version = await publish(t.admin, q.id);
    northId = north.id;
    versionNumber = version.number;
    await t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { ...MANAGER, displayName: 'North manager', roles: [{ role: 'UNIT_MANAGER', unitId: north.id }] },
    });
    const model = (
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
    const link = async (unitId: string, channel: string) =>
      (
        await t.admin.ok(
          `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${unitId}", channel: ${channel} }) { token } }`,
        )
      ).openQuestionnaireVersion.token;
    const respondent = app.client();
    const answer = async (
      token: string,
      answers: Record<string, unknown>,
      respondentCategory: string,
      serviceSituation: string,
    ) =>
      respondent.ok(SUBMIT, {
        input: { token, answers, clientRequestId: randomUUID(), respondentCategory, serviceSituation },
      });
    await answer(await link(north.id, 'WEB_LINK'), { overall: 5, why: 'Very friendly staff' }, 'taxpayer', 'counter');
    await answer(
      await link(south.id, 'KIOSK'),
      { overall: 2, why: 'The queue was <b>long</b>' },
      'accountant',
      'appeal',
    );
    browser = await launch();
    // The production build and the app's start take minutes when the machine's cores are shared.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('filters, drills down to a unit, lists comments, exports, and prints the transparency report', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'dashboard-filters', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Results' }).click();
      const headline = page.getByLabel('Index score', { exact: true });
      // 5 and 2 on 1–5: (100 + 25) / 2 = 62.5.
      await headline.getByText('62.5').waitFor();
      // The comments below the charts are asked once a person scrolls to them (issue 14).
      await page.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded();
      await page.getByText('The queue was <b>long</b>').waitFor();
      await page.getByText('Very friendly staff').waitFor();
      const bands = page.getByRole('table', { name: 'Band distribution' });
      expect(await bands.getByRole('row').filter({ hasText: 'Very satisfied' }).textContent()).toMatch(/1\s*50\.0 %/);
      await page.locator('.chart svg').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // Only kiosk responses.
      await page.getByLabel('Channel').selectOption('KIOSK');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await headline.getByText('25.0').waitFor();
      await expect.poll(() => page.getByText('Very friendly staff').count()).toBe(0);
      await page.getByLabel('Channel').selectOption('');
      await page.getByLabel('Respondent category').fill('taxpayer');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await headline.getByText('100.0').waitFor();
      await page.getByLabel('Respondent category').fill('');
      // Only the appeal (the kiosk response, 2 on 1–5 → 25), then every situation again.
      await page.getByLabel('Service situation').fill('appeal');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await headline.getByText('25.0').waitFor();
      expect(decodeURIComponent(page.url())).toMatch(/situation=appeal/);
      await page.getByLabel('Service situation').fill('');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await headline.getByText('62.5').waitFor();

      // Drill down to a branch, and back up.
      await page.getByRole('button', { name: 'Show the units of Unit NORTH' }).click();
      await headline.getByText('100.0').waitFor();
      await page.getByRole('navigation', { name: 'Unit path' }).getByText('Unit NORTH').waitFor();
      expect(decodeURIComponent(page.url())).toMatch(/\/results\?model=.*&unit=/);
      // The browser's Back goes up again; the unit path too.
      await page.goBack();
      await headline.getByText('62.5').waitFor();
      await page.getByRole('button', { name: 'Show the units of Unit NORTH' }).click();
      await headline.getByText('100.0').waitFor();
      // A link to this view opens it as it is.
      const link = page.url();
      await page.goto('about:blank');
      await page.goto(link);
      await page.getByLabel('Index score', { exact: true }).getByText('100.0').waitFor();
      await page.getByRole('button', { name: /^Back to / }).click();
      await headline.getByText('62.5').waitFor();

      // Exports download what the dashboard shows.
      const href = await page.getByRole('link', { name: 'Results (CSV)' }).getAttribute('href');
      const csv = await page.request.get(`${app.url}${href}`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('Overall satisfaction');
      const responses = await page.request.get(
        `${app.url}${await page.getByRole('link', { name: 'Responses (CSV)' }).getAttribute('href')}`,
      );
      expect(responses.status()).toBe(200);
      expect(await responses.text()).toContain('Very friendly staff');
    });

    await withScreenshotOnFailure(page, 'transparency-report', async () => {
      await page.getByRole('link', { name: 'Transparency report' }).click();
      await page.getByRole('heading', { name: 'Transparency report' }).waitFor();
      await page.getByLabel('Index score', { exact: true }).getByText('62.5').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(await page.locator('header').first().isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the charts before the panels below ask, and a filter asks only what it changes', async () => {
    // Tall enough that every panel is in view at once: they still wait for the charts.
    const page = await browser.newPage({ viewport: { width: 1400, height: 4000 } });
    const errors = consoleErrors(page);
    // Each GraphQL request with the browser's own times (wall clock, ms): asked, and its answer fully read.
    const asked: { operation: string; at: number; answeredAt: number }[] = [];
    page.on('requestfinished', (r: Request) => {
      const operation = /(?:query|mutation)\s+(\w+)/.exec(r.postData() ?? '')?.[1];
      const { startTime, responseEnd } = r.timing();
      if (r.url().includes('/graphql') && operation)
        asked.push({ operation, at: startTime, answeredAt: startTime + responseEnd });
    });
    const first = (operation: string) => asked.find((a) => a.operation === operation)!;
    // The moment the second chart's SVG is in the page, in wall-clock time, seen from inside the page.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('.chart svg').length < 2) return;
        (window as unknown as { drawnAt: number }).drawnAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const operations = () => asked.map((a) => a.operation).sort();
    const PANELS = ['BreakdownView', 'EqualTreatmentView', 'Comments'];
    await withScreenshotOnFailure(page, 'dashboard-requests', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      asked.length = 0;
      await page.getByRole('link', { name: 'Results' }).click();
      await page.getByRole('region', { name: 'Comments' }).getByText('Very friendly staff').waitFor();
      await page.waitForLoadState('networkidle');
      const drawnAt = await page.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
      const panels = () => asked.filter((a) => PANELS.includes(a.operation));
      await expect
        .poll(() =>
          panels()
            .map((a) => a.operation)
            .sort(),
        )
        .toEqual([...PANELS].sort());
      for (const panel of panels()) expect(panel.at).toBeGreaterThanOrEqual(drawnAt);
      // The charts and the ranking are asked in parallel: neither waits for the other's answer.
      expect(first('DashboardRanking').at).toBeLessThan(first('DashboardCharts').answeredAt);
      expect(first('DashboardCharts').at).toBeLessThan(first('DashboardRanking').answeredAt);

      // A filter re-asks the charts, the ranking and the panels shown; the unit path and the lists stay cached.
      const headline = page.getByLabel('Index score', { exact: true });
      // The same chart is redrawn throughout, not mounted again.
      const chart = await page.locator('.charts .chart').first().elementHandle();
      asked.length = 0;
      await page.getByLabel('Channel').selectOption('KIOSK');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await headline.getByText('25.0').waitFor();
      // networkidle is reached once per document: an in-page change is waited for by its requests.
      await expect
        .poll(operations)
        .toEqual(['BreakdownView', 'Comments', 'DashboardCharts', 'DashboardRanking', 'EqualTreatmentView']);
      // Toggling back, and forth again, answers from the cache: no request at all.
      asked.length = 0;
      for (const [channel, score] of [
        ['', '62.5'],
        ['KIOSK', '25.0'],
      ]) {
        await page.getByLabel('Channel').selectOption(channel);
        await page.getByRole('button', { name: 'Show', exact: true }).click();
        await headline.getByText(score).waitFor();
      }
      await page.waitForLoadState('networkidle');
      expect(operations()).toEqual([]);
      expect(await chart!.evaluate((div) => div.isConnected)).toBe(true);
    });

    // Below the fold, a panel is not asked for until a person scrolls to it.
    await page.setViewportSize({ width: 1400, height: 700 });
    asked.length = 0;
    await page.reload();
    await page.locator('.chart svg').nth(1).waitFor();
    await page.waitForLoadState('networkidle');
    expect(operations().filter((o) => PANELS.includes(o))).toEqual([]);
    // A link that names its model asks the charts at once, beside the model list: no waterfall.
    expect(first('DashboardCharts').at).toBeLessThan(first('PublishedModels').answeredAt);
    await page.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded();
    await page.getByText('The queue was <b>long</b>').waitFor();
    expect(operations()).toContain('Comments');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows a branch manager the head office model, the version filter and the branch’s comments', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'dashboard-branch-manager', async () => {
      // NORTH answers the head office's questionnaire (a link opened there): its manager reads it and its model.
      await signInAt(page, app.url, MANAGER.email, MANAGER.password);
      await page.getByRole('link', { name: 'Results' }).click();
      const headline = page.getByLabel('Index score', { exact: true });
      // NORTH's one response, 5 on 1–5: 100.
      await headline.getByText('100.0').waitFor();
      expect(await page.getByText('Publish an indicator model to see results.').count()).toBe(0);
      expect(decodeURIComponent(page.url())).toContain(`unit=${northId}`);
      const versions = page.getByLabel('Questionnaire version');
      await versions.getByRole('option', { name: `Visit · ${versionNumber}` }).waitFor({ state: 'attached' });
      await page.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded();
      await page.getByRole('region', { name: 'Comments' }).getByText('Very friendly staff').waitFor();
      expect(await page.getByText('The queue was <b>long</b>').count()).toBe(0);
      await versions.selectOption({ label: `Visit · ${versionNumber}` });
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect.poll(() => decodeURIComponent(page.url())).toMatch(/version=/);
      await headline.getByText('100.0').waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows its charts soon after navigation starts (production build)', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAt(page, app.url, t.adminEmail, t.adminPassword);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${app.url}/?run=${i}#/results`);
      await page.locator('.chart svg').nth(1).waitFor();
      times.push(await page.evaluate(() => performance.now()));
    }
    const median = times.sort((a, b) => a - b)[1];
    console.log(
      `Dashboard charts shown ${times.map((x) => Math.round(x)).join(', ')} ms after navigation start (median ${Math.round(median)} ms)`,
    );
    // The target is 2 s on this machine; the bound here is generous so a busy machine does not flake.
    expect(median).toBeLessThan(8000);
    await page.close();
  }, 60_000);
});
