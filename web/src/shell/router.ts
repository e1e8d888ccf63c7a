/**
 * The admin app's router (history mode: the server answers every page with index.html). Every area's
 * `web/src/<area>/routes.ts` is collected here, so a new area adds pages without editing this file.
 */
import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { notFoundAt } from './guards';
import { FORBIDDEN, setRouter, type NavItem, pageProblem } from './nav';
import { can, loadViewer, viewer } from './session';

interface AreaModule {
  routes?: RouteRecordRaw[];
  nav?: NavItem[];
}

const areas = Object.values(import.meta.glob<AreaModule>('../*/routes.ts', { eager: true }));

/** Every area's sidebar entries. */
export const navItems: NavItem[] = areas.flatMap((a) => a.nav ?? []);

const core: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./SignIn.vue'),
    meta: { public: true, bare: true, title: 'app.signIn' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./NotFound.vue'),
    meta: { title: 'shell.notFound.title' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes: [...areas.flatMap((a) => a.routes ?? []), ...core],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});
setRouter(router);

router.beforeEach(async (to) => {
  // Links from before the router (`#/models/…`) lead to the same page at its path.
  if (to.hash.startsWith('#/')) {
    const old = router.resolve(to.hash.slice(1));
    return { path: old.path, query: old.query, hash: old.hash, replace: true };
  }
  if (!to.redirectedFrom) pageProblem.value = null;
  const signedIn = await loadViewer();
  if (to.meta.public) return true;
  if (!signedIn) return { name: 'sign-in', query: { next: to.fullPath }, replace: true };
  if (!to.matched.every((r) => can(r.meta.permission))) return notFoundAt(to, FORBIDDEN);
  return true;
});

// Pages that still set `location.hash` (or replace the state with a `#/…` address) lead here too.
window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/')) void router.replace(window.location.hash.slice(1));
});

// When the session ends (signed out, or the server answered UNAUTHENTICATED), the sign-in page asks again.
watch(viewer, (v) => {
  const here = router.currentRoute.value;
  if (v === null && here.matched.length && !here.meta.public)
    void router.replace({ name: 'sign-in', query: { next: here.fullPath } });
});
