// Barometer inspector service worker (docs/fieldwork.md, "Offline"): keeps the inspector's pages —
// the app shell (index.html and hashed assets) and the answers the pages need to open (who is
// signed in, the assignments with their scoring sheets) — so a phone that reloads without the
// network still shows the list and the visit form. Visits themselves wait in the page's outbox
// (IndexedDB). Registered by the inspector's pages with the scope /fieldwork/assignments.
const SHELL = 'barometer-inspector-shell-v1';
const DATA = 'barometer-inspector-data'; // the page (web/src/fieldwork/offline.ts) fills and clears it too
const SHELL_KEY = '/fieldwork/assignments'; // every page of the app is the same index.html
// Only what the inspector's pages read to open; every other operation goes to the network untouched.
const KEPT = new Set(['Me', 'MyAssignments', 'UnitStaff']);

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('barometer-inspector-shell-') && k !== SHELL).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

const keep = (cacheName, key, response) => {
  const copy = response.clone();
  if (response.ok) void caches.open(cacheName).then((cache) => cache.put(key, copy));
  return response;
};

/** The operation's name and variables of a GraphQL request body, or null when it is not one to keep. */
function keptOperation(body) {
  try {
    const { query, variables } = JSON.parse(body);
    const name = /^\s*query\s+(\w+)/.exec(query)?.[1];
    if (!name || !KEPT.has(name)) return null;
    return `/__offline/graphql/${name}?${encodeURIComponent(JSON.stringify(variables ?? {}))}`;
  } catch {
    return null;
  }
}

let signOuts = 0; // an answer asked for before a sign-out is not kept after it

/** GraphQL: the network first; a kept operation's last answer when the network is down. */
async function graphql(request) {
  const body = await request.clone().text();
  if (/^\s*mutation\s+Logout\b/.test(JSON.parse(body || '{}').query ?? '')) {
    signOuts += 1;
    await caches.delete(DATA);
  }
  const key = keptOperation(body);
  if (!key) return fetch(request);
  const before = signOuts;
  try {
    const response = await fetch(request);
    const text = await response.clone().text();
    // A signed-out answer (me: null, UNAUTHENTICATED) is not kept: it must never replace the person's data.
    if (response.ok && before === signOuts && !text.includes('"errors"') && !text.includes('"me":null'))
      await (await caches.open(DATA)).put(key, new Response(text, { headers: { 'content-type': 'application/json' } }));
    return response;
  } catch (error) {
    const hit = await caches.match(key, { cacheName: DATA });
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/graphql') {
    event.respondWith(graphql(request));
    return;
  }
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    // The page: the network first (a new release), the kept shell when offline.
    event.respondWith(
      fetch(request)
        .then((response) => keep(SHELL, SHELL_KEY, response))
        .catch(() => caches.match(SHELL_KEY, { cacheName: SHELL }).then((hit) => hit || Response.error())),
    );
  } else if (url.pathname.startsWith('/assets/')) {
    // Hashed assets never change: the kept copy first.
    event.respondWith(
      caches
        .match(request, { cacheName: SHELL })
        .then((hit) => hit || fetch(request).then((response) => keep(SHELL, request, response))),
    );
  }
});
