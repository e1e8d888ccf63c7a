import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/users',
    component: () => import('./UsersPage.vue'),
    meta: { title: 'admin.users.title', permission: 'USER_MANAGE' },
  },
  {
    path: '/admin/api-keys',
    component: () => import('./ApiKeysPage.vue'),
    meta: { title: 'settings.apiKeys.title', permission: 'API_KEY_MANAGE' },
  },
  {
    path: '/admin/organisation',
    component: () => import('./OrganisationPage.vue'),
    meta: { title: 'settings.org.title', permission: 'USER_MANAGE' },
  },
  {
    path: '/admin/contact-data',
    component: () => import('./ContactDataPage.vue'),
    meta: { title: 'privacy.title', permission: 'USER_MANAGE' },
  },
  {
    path: '/admin/metrics',
    component: () => import('./MetricsPage.vue'),
    meta: { title: 'settings.metrics.title', permission: 'METRIC_RECORD' },
  },
];

export const nav: NavItem[] = [
  { section: 'setup', label: 'admin.users.title', path: '/admin/users', permission: 'USER_MANAGE', order: 20 },
  {
    section: 'setup',
    label: 'settings.apiKeys.title',
    path: '/admin/api-keys',
    permission: 'API_KEY_MANAGE',
    order: 22,
  },
  { section: 'setup', label: 'settings.org.title', path: '/admin/organisation', permission: 'USER_MANAGE', order: 24 },
  { section: 'setup', label: 'privacy.title', path: '/admin/contact-data', permission: 'USER_MANAGE', order: 25 },
  { section: 'setup', label: 'settings.metrics.title', path: '/admin/metrics', permission: 'METRIC_RECORD', order: 26 },
];
