import { randomUUID } from 'node:crypto';
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
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SUBMIT = `mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`;
const BREAKDOWN = `query($input: ScoresInput!, $by: BreakdownDimension!) { breakdown(input: $input, by: $by) {
  values { value nodes { key parentKey score restScore n ci95 significant } } } }`;
const EQUAL = `query($input: ScoresInput!) { equalTreatment(input: $input) {
  sides { by spread significantPairs { higher lower delta } } } }`;
let app: TestApp;
let t: Tenant;
let browser: Browser;

const survey = {
  pages: [{ name: 'p1', elements: [{ type: 'rating', name: 'overall', title: 'Overall?', rateMin: 1, rateMax: 5 }] }],
};
const one = (x: number | null) => (x === null ? '—' : (Math.round(x * 10) / 10).toFixed(1));

/** The scope the dashboard shows, read back from its address (#/results?model=…&unit=…&from=…&to=…). */
function scopeOf(page: Page) {
  const p = new URLSearchParams(page.url().split('?')[1]);
  return { modelId: p.get('model')!, unitId: p.get('unit')!, from: p.get('from')!, to: p.get('to')!, filters: {} };
}

describe.skipIf(!hasChromium)('breakdown and equal treatment on the dashboard', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Pension Fund');
    const q = await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Visit');
    const version = await publish(t.admin, q.id);
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
                  label: 'Overall',
                  items: [{ questionnaireId: q.id, question: 'overall' }],
                },
              ],
            },
          },
        },
      })
    ).createIndicatorModel;
    await t.admin.ok(`mutation { publishIndicatorModel(input: { modelId: "${model.id}" }) { id } }`);
    const token = (
      await t.admin.ok(
        `mutation { openQuestionnaireVersion(input: { versionId: "${version.id}", unitId: "${t.headOfficeId}", channel: WEB_LINK }) { token } }`,
      )
    ).openQuestionnaireVersion.token;
    const respondent = app.client();
    // 1–5 → 0–100: 5 → 100, 4 → 75, 2 → 25, 1 → 0.
    // insured: 100, 100, 75 → 91.7; employer: 0, 25, 0 → 8.3 (Δ 83.3, each SE 8.3: significant).
    // counter: 100, 100, 0 → 66.7; appeal: 75, 25, 0 → 33.3 (spread 33.3).
    const rows: [number, string, string][] = [
      [5, 'insured', 'counter'],
      [5, 'insured', 'counter'],
      [4, 'insured', 'appeal'],
      [1, 'employer', 'counter'],
      [2, 'employer', 'appeal'],
      [1, 'employer', 'appeal'],
    ];
    for (const [overall, respondentCategory, serviceSituation] of rows)
      await respondent.ok(SUBMIT, {
        input: { token, answers: { overall }, clientRequestId: randomUUID(), respondentCategory, serviceSituation },
      });
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the breakdown chart and table as `breakdown` answers, and the equal-treatment spread', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'breakdown', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Results' }).click();
      const section = page.getByRole('region', { name: 'Breakdown' });
      // The panels below the charts ask the server once a person scrolls to them (issue 14).
      await section.scrollIntoViewIfNeeded();
      const table = section.getByRole('table');
      await table.getByRole('row', { name: /insured/ }).waitFor();
      const input = scopeOf(page);

      for (const [by, label] of [
        ['CATEGORY', 'respondent category'],
        ['SITUATION', 'service situation'],
      ] as const) {
        await section.getByLabel('Break down by').selectOption({ label });
        await table.getByText(`Breakdown · ${label}`).waitFor();
        const { breakdown } = await t.admin.ok(BREAKDOWN, { input, by });
        expect(breakdown.values.length).toBe(2);
        for (const v of breakdown.values) {
          const index = v.nodes.find((n: { parentKey: string | null }) => n.parentKey === null);
          const row = table.getByRole('row', { name: new RegExp(`^${v.value}`) });
          await expect
            .poll(async () => (await row.getByRole('cell').allTextContents()).map((c) => c.trim()))
            .toEqual([
              String(index.n),
              one(index.score),
              one(index.ci95),
              one(index.restScore),
              one(index.score - index.restScore),
              index.significant ? 'yes' : 'no',
            ]);
          // The chart labels its bars with the same scores.
          await expect.poll(() => section.locator('.breakdown-chart svg').textContent()).toContain(one(index.score));
        }
        if (by === 'CATEGORY') {
          // Hand-computed: insured 91.7, employer 8.3, the difference significant.
          const insured = table.getByRole('row', { name: /^insured/ });
          expect((await insured.getByRole('cell').allTextContents()).map((c) => c.trim())).toContain('91.7');
          expect(await insured.getByRole('cell').last().textContent()).toBe('yes');
        }
      }

      const { equalTreatment } = await t.admin.ok(EQUAL, { input });
      const [category, situation] = equalTreatment.sides;
      expect(one(category.spread)).toBe('83.3');
      expect(one(situation.spread)).toBe('33.3');
      const equal = page.getByRole('region', { name: 'Equal treatment' });
      await equal.scrollIntoViewIfNeeded();
      const categoryRow = equal.getByRole('row', { name: /^respondent category/ });
      await categoryRow.getByRole('cell').first().getByText(one(category.spread)).waitFor();
      await categoryRow.getByText(`insured − employer: ${one(category.significantPairs[0].delta)}`).waitFor();
      const situationRow = equal.getByRole('row', { name: /^service situation/ });
      await situationRow.getByRole('cell').first().getByText('33.3').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // The same views in Ukrainian, and axe-clean on a phone.
      await page.evaluate(() => localStorage.setItem('barometer-locale', 'uk'));
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      const equalUk = page.getByRole('region', { name: 'Рівне ставлення' });
      await equalUk.scrollIntoViewIfNeeded();
      await equalUk.getByRole('cell', { name: '83.3', exact: true }).waitFor();
      const breakdownUk = page.getByRole('region', { name: 'Розбивка' });
      await breakdownUk.scrollIntoViewIfNeeded();
      await breakdownUk.locator('.breakdown-chart svg').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
    expect(errors).toEqual([]);
  }, 120_000);
});
