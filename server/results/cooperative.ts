import { performance } from 'node:perf_hooks';

/** How long long-running loops may compute, all together, before the event loop goes round. */
const SLICE_MS = 10;

const waiting: (() => void)[] = [];
let sliceStarted = performance.now();
let scheduled = false;

/** One turn of the event loop: the longest-waiting loop gets the next slice. */
function turn(): void {
  scheduled = false;
  sliceStarted = performance.now();
  waiting.shift()?.();
  if (waiting.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(turn);
}

/**
 * A pause point for long loops over responses (scoring raw responses, rolling up): `await pause()`
 * on every row. Once the loops of all requests together have computed for one slice, the caller
 * waits for a later turn of the event loop, and each turn resumes one waiting loop. So ten heavy
 * queries side by side never hold the loop for more than a slice between two turns, and
 * `/healthz`, sign-ins and submissions are served between them (issue 15, finding 14).
 */
export function pause(): Promise<void> | undefined {
  if (performance.now() - sliceStarted < SLICE_MS) return undefined;
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}
