import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newTenant, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { newQuestionnaire, publish } from '../support/questionnaires.js';

/** Issue 16's defect, checked in the editor: a matrix with an N/A column is offered, binds with it listed, publishes and scores. */
const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let t: Tenant;
let browser: Browser;
let questionnaireId: string;
let versionId: string;

const survey = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'matrix',
          name: 'service',
          title: 'Service',
          columns: [1, 2, 3, 4, 5, { value: 'na', text: 'Not applicable' }],
          rows: [
            { value: 'wait', text: 'Waiting time' },
            { value: 'staff', text: 'Staff' },
          ],
        },
      ],
    },
  ],
};

describe.skipIf(!hasChromium)('the model editor binds a matrix with a not-applicable column', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    app = await startTestApp({ WEB_DIR: `${root}web/dist` });
    t = await newTenant(app, 'Court');
    questionnaireId = (await newQuestionnaire(t.admin, t.headOfficeId, survey, 'Court visit')).id;
    versionId = (await publish(t.admin, questionnaireId)).id;
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers the matrix rows with their N/A value, binds notApplicable: ["na"], publishes and scores by hand', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = consoleErrors(page);
    await withScreenshotOnFailure(page, 'model-editor-na', async () => {
      await signInAt(page, app.url, t.adminEmail, t.adminPassword);
      await page.getByRole('link', { name: 'Indicator models' }).click();
      await page.getByPlaceholder('Name').fill('Court index');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('button', { name: 'Add dimension' }).click();
      await page
        .getByRole('group', { name: 'Actions for dimension1' })
        .getByRole('button', { name: 'Add indicator' })
        .click();
      const indicator = page.getByRole('group', { name: /^Survey indicator/ });
      const picker = indicator.getByLabel('Bind a question (indicator1)');
      // Each matrix row is offered on the numeric columns, the N/A column named beside the scale.
      expect(await picker.locator('option').allTextContents()).toEqual([
        'Choose a question…',
        'service.wait — Service — Waiting time (1–5, n/a: na)',
        'service.staff — Service — Staff (1–5, n/a: na)',
      ]);
      await picker.selectOption({ label: 'service.wait — Service — Waiting time (1–5, n/a: na)' });
      await indicator.getByRole('cell', { name: '1–5, n/a: na' }).waitFor();
      await page.getByText(/Draft saved/).waitFor();
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Version 1 published').waitFor();
    });
    expect(errors).toEqual([]);
    await page.close();

    const { indicatorModels } = await t.admin.ok(
      `{ indicatorModels { edges { node { id versions { definition { json } } } } } }`,
    );
    const model = indicatorModels.edges[0].node;
    const leaf = model.versions[0].definition.json.root.children[0].children[0];
    expect(leaf.items).toEqual([
      expect.objectContaining({ questionnaireId, question: 'service', row: 'wait', notApplicable: ['na'] }),
    ]);

    const link = (
      await t.admin.ok(
        `mutation($v: ID!, $u: ID!) { openQuestionnaireVersion(input: { versionId: $v, unitId: $u, channel: WEB_LINK }) { token } }`,
        { v: versionId, u: t.headOfficeId },
      )
    ).openQuestionnaireVersion.token;
    const respondent = app.client();
    for (const service of [
      { wait: 5, staff: 1 },
      { wait: 'na', staff: 2 },
      { wait: 2, staff: 'na' },
    ])
      await respondent.ok(`mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }`, {
        input: { token: link, answers: { service }, clientRequestId: randomUUID() },
      });
    const { scores } = await t.admin.ok(
      `query($input: ScoresInput!) { scores(input: $input) { nodes { key score n } } }`,
      { input: { modelId: model.id, unitId: t.headOfficeId, from: '2026-01-01', to: '2027-01-01' } },
    );
    // wait on 1–5: 5 → 100, na → no score, 2 → 25: (100 + 25) / 2 = 62.5 over 2 answers.
    expect(scores.nodes.find((n: { key: string }) => n.key === 'indicator1')).toEqual({
      key: 'indicator1',
      score: 62.5,
      n: 2,
    });
  }, 180_000);
});
