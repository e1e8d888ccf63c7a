/**
 * The soak (issue 21): minutes of mixed load on one server — submissions paced at a fixed rate, dashboard
 * queries back to back, and an import every two minutes — with the server's resident memory sampled each
 * second. It passes when no request fails and memory is flat over the last five minutes: the mean of the
 * final 30 samples exceeds the mean of the 30 samples five minutes before the end by less than
 * max(16 MB, 5 %), which is the size of one old-space growth step of V8 at this heap limit.
 */
import type { Result } from './harness.js';

export interface SoakOptions {
  seconds: number;
  /** Submissions per second. */
  rate: number;
  submit: (i: number) => Promise<void>;
  /** One round of the dashboard's queries. */
  query: () => Promise<void>;
  /** One import of a few thousand rows, awaited to its report. */
  importOnce: () => Promise<void>;
  /** The server's resident memory now, in bytes. */
  rss: () => Promise<number>;
}

export interface SoakResult {
  seconds: number;
  submissions: number;
  queries: number;
  imports: number;
  failures: string[];
  /** MB, one per second. */
  samples: number[];
  /** MB: mean of the last 30 samples minus the mean of the 30 five minutes before the end. */
  growth: number;
  flat: boolean;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function soak(options: SoakOptions): Promise<SoakResult> {
  const end = Date.now() + options.seconds * 1000;
  const failures: string[] = [];
  const fail = (what: string) => (error: unknown) => {
    if (failures.length < 20) failures.push(`${what}: ${String(error).slice(0, 200)}`);
    else failures.push(what);
  };
  let submissions = 0;
  let queries = 0;
  let imports = 0;
  const inFlight = new Set<Promise<void>>();
  const samples: number[] = [];

  // Submissions: every 100 ms, the share of the rate that is due (fractions carried over).
  const pacer = (async () => {
    let due = 0;
    while (Date.now() < end) {
      due += options.rate / 10;
      for (; due >= 1; due--) {
        const sent = options
          .submit(submissions++)
          .catch(fail('submission'))
          .finally(() => inFlight.delete(sent));
        inFlight.add(sent);
      }
      await sleep(100);
    }
  })();
  // Two readers of the dashboard, one query round after another.
  const readers = Array.from({ length: 2 }, async () => {
    while (Date.now() < end) {
      await options.query().catch(fail('dashboard query'));
      queries++;
    }
  });
  const importer = (async () => {
    while (Date.now() < end) {
      await options.importOnce().catch(fail('import'));
      imports++;
      await sleep(Math.min(120_000, Math.max(0, end - Date.now())));
    }
  })();
  const sampler = (async () => {
    while (Date.now() < end) {
      samples.push((await options.rss()) / 1024 / 1024);
      await sleep(1000);
    }
  })();
  await Promise.all([pacer, ...readers, importer, sampler]);
  await Promise.all(inFlight);

  const last = samples.slice(-30);
  const fiveMinutesBefore = samples.slice(Math.max(0, samples.length - 300), Math.max(30, samples.length - 270));
  const growth = mean(last) - mean(fiveMinutesBefore);
  const flat = growth < Math.max(16, 0.05 * mean(fiveMinutesBefore));
  return { seconds: options.seconds, submissions, queries, imports, failures, samples, growth, flat };
}

/** The soak's rows of the benchmark's table, printed as a line too. */
export function soakRows(run: SoakResult, seconds: number, rate: number): Result[] {
  const label = `soak, ${Math.round(seconds / 60)} min at ${Math.round(rate)} submissions/s with dashboard queries and imports`;
  console.log(
    `${label}: ${run.submissions} submissions, ${run.queries} query rounds, ${run.imports} imports, ` +
      `memory ${run.samples[0]?.toFixed(0)} → ${run.samples.at(-1)?.toFixed(0)} MB, failures: ${run.failures.length}` +
      (run.failures.length ? `\n  ${run.failures.slice(0, 5).join('\n  ')}` : ''),
  );
  return [
    {
      name: `${label}: failed requests`,
      unit: 'requests',
      value: run.failures.length,
      baseline: run.submissions + run.queries * 3 + run.imports,
      ratio: null,
      target: '0 (baseline: requests sent)',
      met: run.failures.length === 0,
    },
    {
      name: `${label}: server memory growth over the last 5 min`,
      unit: 'MB',
      value: run.growth,
      baseline: Math.max(...run.samples),
      ratio: null,
      target: '< max(16 MB, 5 %) (baseline: the peak sample)',
      met: run.flat,
    },
  ];
}
