import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasesWorker } from '../../server/cases/index.js';
import { consoleErrors, hasChromium, launch, signInAt, withScreenshotOnFailure } from '../support/browser.js';
import { newPerson, startCases, type Person } from '../support/cases.js';
import { eventually } from '../support/distribution.js';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startSmtp, type SmtpListener } from '../support/smtp.js';

/*
 * Issue 17's browser test: a hotline operator takes a complaint in the intake form; a unit
 * manager finds it in the inbox (Enter opens the row) and takes it from the case page through
 * acknowledge (the client's e-mail arrives), accept, assign, resolve and close; the timeline shows
 * every step; a move the workflow does not allow is never offered, and a rejection without a
 * reason is refused on its field before any request.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
let app: TestApp;
let smtp: SmtpListener;
let cases: CasesWorker;
let t: Tenant;
let browser: Browser;
let operator: Person;
let manager: Person;
const PASSWORD = 'a long enough password';
const CLIENT = 'caller@example.org';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const mailTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to ?? '').includes(address));

describe.skipIf(!hasChromium)('cases pages in a real browser', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    smtp = await startSmtp();
    app = await startTestApp({ WEB_DIR: `${root}web/dist`, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
    cases = await startCases(app);
    t = await newTenant(app, 'Claims Insurer');
    const branch = await newUnit(t.admin, t.headOfficeId, 'EAST');
    operator = await newPerson(app, t, 'INTERVIEWER', branch.id, 'Olena');
    manager = await newPerson(app, t, 'UNIT_MANAGER', branch.id, 'Marta');
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await cases?.stop();
    await app?.close();
    await smtp?.close();
  });

  it('takes a hotline complaint from intake to closing', async () => {
    const moves: string[] = [];
    const desk = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    desk.setDefaultTimeout(15_000);
    const deskErrors = consoleErrors(desk);
    let reference = '';
    await withScreenshotOnFailure(desk, 'cases-intake', async () => {
      await signInAt(desk, `${app.url}/cases/new`, operator.email, PASSWORD);
      await desk.getByRole('heading', { name: 'New complaint' }).waitFor();
      await desk.getByLabel('Description').fill('The clerk refused to take my claim documents.');
      await desk.getByLabel('Client e-mail or phone').fill(CLIENT);
      await desk.getByLabel('Client name').fill('Petro');
      await desk.getByLabel('Description').press('Control+Enter');
      const status = desk.getByRole('status').filter({ hasText: 'Complaint registered' });
      await status.waitFor();
      reference = /reference (C-\d{4}-\w{5})/.exec((await status.textContent()) ?? '')![1];
      // The operator who entered it sees it, but may make no move on it.
      await status.getByRole('link', { name: 'Open the case' }).click();
      await desk.getByText('There is nothing for you to do on this case now.').waitFor();
      expect(await desk.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    });
    expect(deskErrors).toEqual([]);

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(15_000);
    const errors = consoleErrors(page);
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/graphql') && body.includes('ChangeCaseState')) moves.push(body);
    });
    const dialog = page.getByRole('dialog');
    /** Picks an option of the dialog's select labelled `label` (Element Plus draws its placeholder over the input). */
    const choose = async (label: string, option: string) => {
      await dialog
        .locator('.el-form-item')
        .filter({ has: page.getByLabel(label) })
        .locator('.el-select__wrapper')
        .click();
      await page.getByRole('option', { name: option }).click();
    };
    const move = async (button: string, state: string) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('status').getByText(`Done: the case is now ${state}.`).waitFor();
    };
    await withScreenshotOnFailure(page, 'cases-handling', async () => {
      await signInAt(page, `${app.url}/cases`, manager.email, PASSWORD);
      const row = page.getByRole('row').filter({ hasText: reference });
      await row.waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await row.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: reference }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // RECEIVED: only acknowledging is offered; closing or accepting is not.
      for (const absent of ['Close', 'Accept', 'Resolve', 'Reject'])
        expect(await page.getByRole('button', { name: absent, exact: true }).count()).toBe(0);
      await move('Acknowledge', 'Acknowledged');
      await eventually(async () => mailTo(CLIENT).length > 0, 20_000, 'the acknowledgement to the client');
      expect(mailTo(CLIENT)[0].text).toContain(reference);

      // A rejection without a reason is refused on the field, and nothing is sent.
      const before = moves.length;
      await page.getByRole('button', { name: 'Reject', exact: true }).click();
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await dialog.locator('.el-form-item__error').getByText('Say why the complaint is invalid.').waitFor();
      expect(moves.length).toBe(before);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await move('Accept', 'Accepted');
      await page.getByRole('button', { name: 'Assign', exact: true }).click();
      await choose('Owner', 'Marta');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('status').getByText('Done: the case is now Assigned.').waitFor();

      await page.getByRole('button', { name: 'Resolve', exact: true }).click();
      await dialog.getByLabel('Resolution').fill('Documents taken; the clerk was briefed.');
      await choose('Responsibility', 'A member of staff');
      await dialog.getByLabel('Agreed with the client').fill('Claim processed within 3 days.');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await page.getByRole('status').getByText('Done: the case is now Resolved.').waitFor();
      await move('Close', 'Closed');
      expect(await page.getByRole('button', { name: 'Reopen', exact: true }).count()).toBe(1);

      const timeline = page.locator('.case-timeline');
      for (const step of ['Received', 'Acknowledged', 'Accepted', 'Assigned', 'Resolved', 'Closed'])
        await timeline
          .locator('li strong', { hasText: new RegExp(`^${step}$`) })
          .first()
          .waitFor();
      await timeline.getByText('Documents taken; the clerk was briefed.').waitFor();
      expect(await timeline.getByText('Marta').count()).toBeGreaterThanOrEqual(5);
      expect(await timeline.getByText('Olena').count()).toBe(1);
    });
    expect(moves.length).toBe(5);
    expect(errors).toEqual([]);
    await desk.close();
    await page.close();
  }, 120_000);
});
