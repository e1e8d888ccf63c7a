import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  {
    path: '/units',
    component: () => import('./UnitTree.vue'),
    meta: { title: 'nav.units', permission: 'UNIT_READ' },
  },
];

export const nav: NavItem[] = [
  { section: 'setup', label: 'nav.units', path: '/units', permission: 'UNIT_READ', order: 10 },
];
