/**
 * Keeps the inspector's pages for a reload without the network (docs/fieldwork.md, "Offline"): a
 * service worker (web/public/inspector-sw.js, scope /fieldwork/assignments) serves the app shell and
 * the last answers of the queries these pages open with. Both are filled here with what the page
 * already has, because the worker only sees requests made after it took control of the page.
 */
import { viewer } from '../shell/session';

const SHELL = 'barometer-inspector-shell-v1';
const DATA = 'barometer-inspector-data';
const SCOPE = '/fieldwork/assignments';

const usable = () => 'serviceWorker' in navigator && window.isSecureContext && 'caches' in window;

/** The worker's key for a query's answer (the same rule as inspector-sw.js). */
const answerKey = (name: string, variables: unknown = {}) =>
  `/__offline/graphql/${name}?${encodeURIComponent(JSON.stringify(variables))}`;

/** Keeps a query's answer for the worker to serve offline. */
export async function keepAnswer(name: string, data: unknown, variables: unknown = {}): Promise<void> {
  if (!usable() || !viewer.value) return; // signed out: nothing is kept (signOut deletes the cache)
  const body = JSON.stringify({ data });
  const cache = await caches.open(DATA);
  if (viewer.value)
    await cache.put(
      answerKey(name, variables),
      new Response(body, { headers: { 'content-type': 'application/json' } }),
    );
}

let registered: Promise<void> | null = null;

/** Registers the worker once and keeps the shell and the assets this page has loaded so far. */
export function keepInspectorPagesOffline(): Promise<void> {
  if (!usable()) return Promise.resolve();
  registered ??= navigator.serviceWorker.register('/inspector-sw.js', { scope: SCOPE }).then(
    () => undefined,
    () => undefined, // without it the open page still works offline; only a reload needs the network
  );
  return registered.then(async () => {
    try {
      const cache = await caches.open(SHELL);
      const assets = performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
        .map((u) => u.pathname);
      const missing: string[] = [];
      for (const path of new Set(assets)) if (!(await cache.match(path))) missing.push(path);
      if (!(await cache.match(SCOPE))) missing.push(SCOPE);
      await cache.addAll(missing);
      if (viewer.value) await keepAnswer('Me', { me: viewer.value });
    } catch {
      // A full disk or a private window: the page works on, only a reload offline would not.
    }
  });
}
