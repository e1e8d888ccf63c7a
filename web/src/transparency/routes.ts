import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/publication',
    component: () => import('./PublicationPage.vue'),
    meta: { title: 'publication.title', permission: 'UNIT_MANAGE' },
  },
];

export const nav: NavItem[] = [
  { section: 'setup', label: 'publication.title', path: '/admin/publication', permission: 'UNIT_MANAGE', order: 65 },
];
