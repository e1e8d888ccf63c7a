import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/**
 * The field-work registers page (staff, inspector, visit plan forms) and the dashboard's source
 * switch (docs/fieldwork.md, Web pages), as an administrator uses them.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let north: string;

describe.skipIf(!hasChromium)('field-work registers and the source switch', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Insurer');
    north = (await newUnit(t.admin, t.headOfficeId, 'NORTH')).id;
    const q = await newQuestionnaire(
      t.admin,
      t.headOfficeId,
      { elements: [{ type: 'rating', name: 'q1', rateMin: 1, rateMax: 5 }] },
      'Counter sheet',
    );
    await publish(t.admin, q.id);
    const model = await t.admin.ok(
      `mutation($input: CreateIndicatorModelInput!) { createIndicatorModel(input: $input) { id } }`,
      {
        input: {
          unitId: t.headOfficeId,
          name: 'Service index',
          definition: {
            root: {
              key: 'index',
              kind: 'INDEX',
              label: 'Index',
              children: [
                {
                  key: 'clients',
                  kind: 'SURVEY',
                  label: 'Client view',
                  items: [{ questionnaireId: q.id, question: 'q1' }],
                },
                {
                  key: 'visits',
                  kind: 'INSPECTION',
                  label: 'Mystery view',
                  items: [{ questionnaireId: q.id, question: 'q1' }],
                },
              ],
            },
          },
        },
      },
    );
    await t.admin.ok(`mutation($m: ID!) { publishIndicatorModel(input: { modelId: $m }) { id } }`, {
      m: model.createIndicatorModel.id,
    });
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('adds a staff member and an inspector, creates a plan, and switches the dashboard to inspections', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'fieldwork-forms', async () => {
      await signInAt(page, `${app.url}/fieldwork/registers`, t.adminEmail, t.adminPassword);
      await page.getByRole('heading', { name: 'Registers' }).waitFor();
      await page.locator('.fw-field select').selectOption(north);
      const staff = page.getByRole('form', { name: 'Staff of the unit' });
      await staff.getByLabel('Name').fill('Olena');
      await staff.getByLabel('Post').selectOption('COUNTER_CLERK');
      await staff.getByLabel(/Code/).fill('C1');
      await staff.getByRole('button', { name: 'Add' }).click();
      await page.getByText('Olena · counter clerk · C1').waitFor();
      // The same code twice in a unit: the server's sentence, on the form.
      await staff.getByLabel('Name').fill('Petro');
      await staff.getByLabel(/Code/).fill('C1');
      await staff.getByRole('button', { name: 'Add' }).click();
      await staff.getByRole('alert').filter({ hasText: 'already has a staff member with code "C1"' }).waitFor();
      // Edit in place, then deactivate: still listed (history), no longer offered to interviewers.
      const olena = page.locator('.fw-list li').filter({ hasText: 'Olena' });
      await olena.getByRole('button', { name: 'Edit' }).click();
      const edit = page.getByRole('form', { name: 'Edit' });
      await edit.getByLabel('Name').fill('Olena K.');
      await edit.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Olena K. · counter clerk · C1').waitFor();
      await olena.getByRole('button', { name: 'Deactivate' }).click();
      await olena.getByRole('button', { name: 'Reactivate' }).waitFor();
      await page.getByText('Olena K. · counter clerk · C1 · left').waitFor();
      expect((await t.admin.ok(`query($u: ID!) { unitStaff(unitId: $u) { name } }`, { u: north })).unitStaff).toEqual(
        [],
      );

      const inspector = page.getByRole('form', { name: 'New inspector' });
      await inspector.getByLabel('Name').fill('Mila');
      await inspector.getByLabel('Units they may inspect').selectOption([north]);
      await inspector.getByRole('button', { name: 'Add' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

      const plan = page.getByRole('form', { name: 'New visit plan' });
      await plan.getByLabel('Name', { exact: true }).fill('Spring mystery visits');
      await plan.getByLabel('Kind of inspection').selectOption({ label: 'Mystery visit' });
      await plan.getByLabel(/Scoring sheet/).selectOption({ label: 'Counter sheet' });
      await plan.getByLabel(/^Units/).selectOption([north]);
      await expect
        .poll(() =>
          plan
            .getByLabel(/^Inspectors/)
            .locator('option')
            .count(),
        )
        .toBe(1);
      await plan.getByLabel(/^Inspectors/).selectOption({ label: 'Mila' });
      await plan.getByLabel(/Dates/).fill('2099-03-01, 2099-04-01');
      await plan.getByRole('button', { name: 'Create the plan' }).click();
      await plan.getByRole('status').filter({ hasText: 'Spring mystery visits' }).waitFor();
      const { visitPlans } = await t.admin.ok(`query($u: ID!) { visitPlans(unitId: $u) { name dates } }`, {
        u: t.headOfficeId,
      });
      expect(visitPlans).toEqual([{ name: 'Spring mystery visits', dates: ['2099-03-01', '2099-04-01'] }]);

      await page.goto(`${app.url}/results`);
      const source = page.getByRole('group', { name: 'Source' });
      await source.getByLabel('Client surveys').waitFor();
      await page.getByRole('table', { name: 'Client surveys' }).getByText('Client view').waitFor();
      await source.getByLabel('Inspections').check();
      const inspections = page.getByRole('table', { name: 'Inspections' });
      await inspections.getByText('Mystery view').waitFor();
      expect(await inspections.getByText('Client view').count()).toBe(0);
    });
    expect(errors).toEqual([]);
  }, 120_000);
});
