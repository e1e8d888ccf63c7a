import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { messages } from '../../web/src/messages/index.js';

/** Debian's Chromium (the package `chromium`); browsers are never downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const message = `\n${'!'.repeat(72)}\n  NO BROWSER at ${CHROMIUM}: the browser tests are SKIPPED.\n  Install it with: apt-get install chromium\n${'!'.repeat(72)}\n`;
  // In CI the browser tests must run: .ci/run installs Chromium, so its absence is a failure.
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Runs a browser step; on failure keeps a screenshot under tests/artifacts/ for a person to look at. */
export async function withScreenshotOnFailure<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: `tests/artifacts/${name}.png`, fullPage: true }).catch(() => {});
    throw error;
  }
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical WCAG 2.1 A/AA violations on the page, as "rule: target" lines. */
export async function accessibilityViolations(page: Page, options: { exclude?: string[] } = {}): Promise<string[]> {
  // Colours are judged once transitions have ended: a dialog still fading in reads as low contrast on a slow machine.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated by the browser's debugger protocol, so the app's Content-Security-Policy (no inline scripts) allows it.
  await page.evaluate(AXE);
  const results = await page.evaluate(async (exclude) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(
      { exclude: exclude.map((s) => [s]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
  }, options.exclude ?? []);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Console errors and uncaught exceptions of a page, to assert there are none. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // A Content-Security-Policy refusal, with what was refused and where (Chromium's own line names neither).
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `CSP refused (${e.violatedDirective}) ${JSON.stringify(e.sample)} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  return errors;
}

/** Opens the app and signs in with the sign-in form. */
export async function signInAt(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Presses Tab until the focused element has this accessible name (or text); fails after `limit` presses. */
export async function tabTo(page: Page, name: string | RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      const label = e?.id
        ? document.querySelector(`label[for="${e.id}"]`)?.textContent
        : e?.closest('label')?.textContent;
      return e?.getAttribute('aria-label') ?? label ?? e?.textContent ?? '';
    });
    if (typeof name === 'string' ? focused.trim() === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * Counts the page's fetches still in flight (a fetch ends once its body has been read and the
 * code awaiting it has run), so a test can wait for a page to have rendered its data instead of
 * sleeping. Call before the page's first `goto`.
 */
export async function trackFetches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __fetchesInFlight: number };
    w.__fetchesInFlight = 0;
    const original = window.fetch.bind(window);
    // A macrotask after the body's promise settles: the awaiting code and Vue's render (microtasks) ran first.
    const done = () => setTimeout(() => w.__fetchesInFlight--, 0);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      w.__fetchesInFlight++;
      let response: Response;
      try {
        response = await original(...args);
      } catch (error) {
        done();
        throw error;
      }
      for (const read of ['json', 'text', 'blob', 'arrayBuffer'] as const) {
        const body = response[read].bind(response) as () => Promise<unknown>;
        (response as unknown as Record<string, unknown>)[read] = () => body().finally(done);
      }
      return response;
    };
  });
}

/** Waits for `element` (the route's own rendered element), then for the page's fetches to be answered and rendered. */
export async function waitForRendered(page: Page, element: Locator): Promise<void> {
  await element.waitFor();
  await page.waitForFunction(() => (window as unknown as { __fetchesInFlight: number }).__fetchesInFlight === 0);
}

/** An interface text of the web app by key (`units.title`), in one of its languages. */
export function uiText(locale: 'en' | 'zh-CN' | 'uk', key: string): string {
  let node: unknown = messages[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no interface text ${key} in ${locale}`);
  return node;
}
