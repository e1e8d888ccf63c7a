/**
 * What every step of `npm run bench` shares: the server processes, GraphQL over HTTP, the result rows and the
 * elapsed time of each step (the whole benchmark must finish within 45 minutes: issue 21).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { GqlData } from './results-data.js';

export const POOL = 10;
/** The same heap limit as `npm start` (package.json). */
export const HEAP_LIMIT = '--max-old-space-size=384';
export const root = new URL('../../', import.meta.url).pathname;

export interface Result {
  name: string;
  unit: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

export function startServer(kind: 'app' | 'bare', url: string): Promise<{ child: ChildProcess; port: number }> {
  // The built server (as `npm start` runs it), not the TypeScript loader.
  const child = fork(join(root, 'dist/scripts/bench/server.js'), [kind, url, String(POOL)], {
    // BENCH_CPU_PROF=<dir>: the app server writes a CPU profile there when it ends (the `exit` message).
    execArgv: [
      HEAP_LIMIT,
      ...(kind === 'app' && process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
    ],
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

/** Ends a server by its `exit` message (a clean exit, so a --cpu-prof profile is written). */
export const stopServer = (child: ChildProcess) =>
  new Promise((resolve) => (child.once('exit', resolve), child.connected ? child.send('exit') : child.kill('SIGTERM')));

export async function peakMemory(child: ChildProcess): Promise<number> {
  child.send('memory');
  return new Promise((resolve) => child.once('message', (m) => resolve((m as { peakRssBytes: number }).peakRssBytes)));
}

export async function gql(port: number, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: GqlData; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.getSetCookie()[0]?.split(';')[0] };
}

/** Elapsed seconds of each step, in the order they ran (printed as they end and with the table). */
export const steps: { step: string; seconds: number }[] = [];

let lastLap = performance.now();
const record = (step: string, seconds: number) => {
  steps.push({ step, seconds: Math.round(seconds * 10) / 10 });
  console.log(`[bench] ${step}: ${steps.at(-1)!.seconds.toLocaleString('en')} s`);
};

/** Ends a step that began where the previous one ended (the ingest steps, in run.ts's order). */
export function lap(step: string): void {
  record(step, (performance.now() - lastLap) / 1000);
  lastLap = performance.now();
}

/** Times one step of its own; the next lap starts where it ends. */
export async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    record(step, (performance.now() - started) / 1000);
    lastLap = performance.now();
  }
}
