/**
 * The dashboard as a person sees it: Debian's Chromium opens the results page of the production build and the
 * benchmark times (a) navigation start → the charts drawn and (b) "Show" after a filter → the headline redrawn,
 * each beside the time the server spent answering the page's GraphQL requests in the same run. `trace` also
 * gives each GraphQL request of the last run (operation, start and end since navigation or the click), so a
 * slow figure says where its time went: the server, a request that waited for another, or the page itself.
 */
import { chromium, type Page, type Request } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 7);

/** One GraphQL request: its operation and its times in ms since the step began (navigation or the click). */
export interface TracedRequest {
  operation: string;
  start: number;
  /** The server's part: request sent → first byte of the answer. */
  server: number;
  end: number;
}

export interface DashboardTimes {
  /** Navigation start → the second chart's SVG in the page, p50 (ms). */
  charts: number;
  /** The GraphQL requests of that load, first request start → last response end, p50 (ms). */
  chartsServer: number;
  /** Click on "Show" with a channel filter → the headline score changed, p50 (ms). */
  redraw: number;
  /** The GraphQL requests of that redraw, p50 (ms). */
  redrawServer: number;
  /** The last run's requests: at load (until the charts and 1 s after) and after the click. */
  trace: { load: TracedRequest[]; redraw: TracedRequest[] };
}

/** The span of the page's GraphQL requests since `since` (performance time), in ms. */
const graphqlSpan = (since: number) =>
  `(() => { const r = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql') && e.startTime >= ${since});
    return r.length ? Math.max(...r.map((e) => e.responseEnd)) - Math.min(...r.map((e) => e.startTime)) : 0; })()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The operation a GraphQL request asks ("query Dashboard(…)" → Dashboard). */
export const operationOf = (request: Request) =>
  /(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? '')?.[1] ?? 'anonymous';

/** Records the page's finished GraphQL requests, with times relative to the page's time origin. */
function recordRequests(page: Page) {
  const done: (TracedRequest & { at: number })[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/graphql')) return;
    const t = request.timing();
    done.push({ operation: operationOf(request), at: t.startTime, start: 0, server: 0, end: 0 });
    Object.assign(done.at(-1)!, { server: t.responseStart - t.requestStart, end: t.responseEnd });
  });
  /** The requests started since `since` (performance time of the page whose origin is `origin`). */
  return (origin: number, since: number): TracedRequest[] =>
    done
      .filter((r) => r.at - origin >= since - 1)
      .map((r) => ({
        operation: r.operation,
        start: Math.round(r.at - origin - since),
        server: Math.round(r.server),
        end: Math.round(r.at - origin + r.end - since),
      }))
      .sort((a, b) => a.start - b.start);
}

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
    const requests = recordRequests(page);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`error: ${e.message}`));
    const loads: number[] = [];
    const loadServer: number[] = [];
    const redraws: number[] = [];
    const redrawServer: number[] = [];
    const trace: DashboardTimes['trace'] = { load: [], redraw: [] };
    const headline = page.getByLabel('Index score', { exact: true });
    for (let run = 0; run < RUNS; run++) {
      // A new document each time: nothing cached in the page, as after a person's navigation.
      await page.goto(`http://127.0.0.1:${port}/results?${new URLSearchParams({ ...scope, run: String(run) })}`);
      await page
        .locator('.chart svg')
        .nth(1)
        .waitFor({ timeout: 60_000 })
        .catch(async (error: Error) => {
          const origin = await page.evaluate(() => performance.timeOrigin);
          const shown = await page.locator('body').innerText();
          throw new Error(
            `${error.message}\nrequests: ${JSON.stringify(requests(origin, 0))}\npage: ${shown}\n${logs.join('\n')}`,
          );
        });
      loads.push(await page.evaluate(() => performance.now()));
      loadServer.push(await page.evaluate(graphqlSpan(0)));
      const origin = await page.evaluate(() => performance.timeOrigin);
      if (run === RUNS - 1) {
        // The last run also waits for the panels' requests, so the trace shows all of them.
        await page.waitForLoadState('networkidle');
        trace.load = requests(origin, 0);
      }
      const before = (await headline.textContent()) ?? '';
      await page.getByLabel('Channel').selectOption(run % 2 ? 'EMAIL' : 'KIOSK');
      const clicked = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page
        .waitForFunction((previous) => document.querySelector('.headline')?.textContent !== previous, before, {
          timeout: 60_000,
        })
        .catch(async (error: Error) => {
          // Say what the page asked and shows, so a stuck redraw can be told from a slow one.
          const shown = await page.locator('.dashboard').innerText();
          throw new Error(`${error.message}\nrequests: ${JSON.stringify(requests(origin, clicked))}\npage: ${shown}`);
        });
      redraws.push((await page.evaluate(() => performance.now())) - clicked);
      redrawServer.push(await page.evaluate(graphqlSpan(clicked)));
      if (run === RUNS - 1) {
        await page.waitForLoadState('networkidle');
        trace.redraw = requests(origin, clicked);
      }
    }
    return {
      charts: median(loads),
      chartsServer: median(loadServer),
      redraw: median(redraws),
      redrawServer: median(redrawServer),
      trace,
    };
  } finally {
    await browser.close();
  }
}
