/**
 * The dashboard as a person sees it: Debian's Chromium opens the results page of the production build and the
 * benchmark times (a) navigation start → the charts drawn and (b) "Show" after a filter → the headline redrawn,
 * each beside the time the server spent answering the page's GraphQL requests in the same run.
 */
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 7;

export interface DashboardTimes {
  /** Navigation start → the second chart's SVG in the page, p50 (ms). */
  charts: number;
  /** The GraphQL requests of that load, first request start → last response end, p50 (ms). */
  chartsServer: number;
  /** Click on "Show" with a channel filter → the headline score changed, p50 (ms). */
  redraw: number;
  /** The GraphQL requests of that redraw, p50 (ms). */
  redrawServer: number;
}

/** The span of the page's GraphQL requests since `since` (performance time), in ms. */
const graphqlSpan = (since: number) =>
  `(() => { const r = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql') && e.startTime >= ${since});
    return r.length ? Math.max(...r.map((e) => e.responseEnd)) - Math.min(...r.map((e) => e.startTime)) : 0; })()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `scope`: the dashboard's query string (model, unit, from, to), as a person's link to it carries. */
export async function dashboardTimes(
  port: number,
  cookie: string,
  scope: Record<string, string>,
): Promise<DashboardTimes> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const [name, ...value] = cookie.split(';')[0].split('=');
    await context.addCookies([{ name, value: value.join('='), url: `http://127.0.0.1:${port}` }]);
    const page = await context.newPage();
    const loads: number[] = [];
    const loadServer: number[] = [];
    const redraws: number[] = [];
    const redrawServer: number[] = [];
    const headline = page.getByLabel('Index score', { exact: true });
    for (let run = 0; run < RUNS; run++) {
      // A new document each time: nothing cached in the page, as after a person's navigation.
      await page.goto(`http://127.0.0.1:${port}/results?${new URLSearchParams({ ...scope, run: String(run) })}`);
      await page.locator('.chart svg').nth(1).waitFor({ timeout: 60_000 });
      loads.push(await page.evaluate(() => performance.now()));
      loadServer.push(await page.evaluate(graphqlSpan(0)));
      const before = (await headline.textContent()) ?? '';
      await page.getByLabel('Channel').selectOption(run % 2 ? 'EMAIL' : 'KIOSK');
      const clicked = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForFunction((previous) => document.querySelector('.headline')?.textContent !== previous, before, {
        timeout: 60_000,
      });
      redraws.push((await page.evaluate(() => performance.now())) - clicked);
      redrawServer.push(await page.evaluate(graphqlSpan(clicked)));
    }
    return {
      charts: median(loads),
      chartsServer: median(loadServer),
      redraw: median(redraws),
      redrawServer: median(redrawServer),
    };
  } finally {
    await browser.close();
  }
}
