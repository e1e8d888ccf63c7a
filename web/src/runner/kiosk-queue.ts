import { GraphQLRequestError } from '../request';
import { submit, type Submission } from './submission';

/**
 * A kiosk's outbox: completed responses wait here (localStorage, so a closed tab or a power cut
 * keeps them) while the network is down, and are sent in order when it returns. Each keeps its
 * clientRequestId, so a response the server already has is answered as a duplicate and stored
 * once, however often it is sent.
 */
const queueKey = (token: string) => `barometer-kiosk-queue:${token}`;
const rejectedKey = (token: string) => `barometer-kiosk-rejected:${token}`;

function read(key: string): Submission[] {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '[]') as Submission[];
  } catch {
    return [];
  }
}

export const pending = (token: string): Submission[] => read(queueKey(token));

export function enqueue(submission: Submission): void {
  const queue = pending(submission.token).filter((s) => s.clientRequestId !== submission.clientRequestId);
  localStorage.setItem(queueKey(submission.token), JSON.stringify([...queue, submission]));
}

function drop(submission: Submission, rejected: boolean): void {
  localStorage.setItem(
    queueKey(submission.token),
    JSON.stringify(pending(submission.token).filter((s) => s.clientRequestId !== submission.clientRequestId)),
  );
  if (rejected)
    localStorage.setItem(
      rejectedKey(submission.token),
      JSON.stringify([...read(rejectedKey(submission.token)), submission]),
    );
}

/** A failure to reach the server (offline, DNS, reset) rather than the server's answer. */
export const isNetworkError = (error: unknown) =>
  error instanceof TypeError || (error instanceof GraphQLRequestError && error.code === undefined);

const flushing = new Map<string, Promise<number>>();

/** Sends what waits, oldest first; stops at the first network failure. Resolves to how many are left. */
export function flush(token: string): Promise<number> {
  const running = flushing.get(token);
  if (running) return running;
  const run = (async () => {
    for (const submission of pending(token)) {
      try {
        await submit(submission);
        drop(submission, false);
      } catch (error) {
        if (isNetworkError(error) || (error instanceof GraphQLRequestError && error.code === 'INTERNAL_SERVER_ERROR'))
          break;
        // Refused for good (closed link, invalid answers): kept aside, never blocking the others.
        drop(submission, true);
      }
    }
    return pending(token).length;
  })().finally(() => flushing.delete(token));
  flushing.set(token, run);
  return run;
}

/** The survey a kiosk keeps to start over without the network. */
export const kioskSurveyKey = (token: string) => `barometer-kiosk-survey:${token}`;

/**
 * Keeps the kiosk page itself for offline restarts: a service worker (scope /r/) serves the page
 * and its assets from a cache, filled here with what this page has already loaded.
 */
let kept = false;
export async function keepPageOffline(): Promise<void> {
  if (kept || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  kept = true;
  try {
    await navigator.serviceWorker.register('/kiosk-sw.js', { scope: '/r/' });
    const assets = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
      .map((u) => u.pathname);
    const cache = await caches.open('barometer-kiosk-v1');
    await cache.addAll([location.pathname, ...new Set(assets)]);
  } catch {
    // Without it the open page still works offline; only a restart needs the network.
  }
}
