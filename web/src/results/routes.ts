import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';
import { currentUnitId } from '../shell/session';

/** The pages keep their scope in the query string (`/results?model=…&unit=…`), as they did after `#/results?`. */
const params = (route: RouteLocationNormalized) =>
  new URLSearchParams(route.query as Record<string, string>).toString();

export const routes: RouteRecordRaw[] = [
  {
    path: '/results',
    component: () => import('./ResultsDashboard.vue'),
    props: (route) => ({ headOfficeId: currentUnitId.value, params: params(route) }),
    meta: { title: 'nav.results', permission: 'RESULTS_READ' },
  },
  {
    path: '/report',
    component: () => import('./TransparencyReport.vue'),
    props: (route) => ({ params: params(route) }),
    meta: { title: 'shell.crumbs.report', permission: 'RESULTS_READ', bare: true },
  },
];

export const nav: NavItem[] = [
  { section: 'results', label: 'nav.results', path: '/results', permission: 'RESULTS_READ', order: 10 },
];
