import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
