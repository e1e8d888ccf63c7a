import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/users',
    component: () => import('./UsersPage.vue'),
    meta: { title: 'admin.users.title', permission: 'USER_MANAGE' },
  },
];

export const nav: NavItem[] = [
  { section: 'setup', label: 'admin.users.title', path: '/admin/users', permission: 'USER_MANAGE', order: 20 },
];
