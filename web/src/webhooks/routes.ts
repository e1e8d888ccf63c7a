import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/webhooks',
    component: () => import('./WebhooksPage.vue'),
    meta: { title: 'webhooks.title', permission: 'API_KEY_MANAGE' },
  },
];

export const nav: NavItem[] = [
  { section: 'setup', label: 'webhooks.title', path: '/admin/webhooks', permission: 'API_KEY_MANAGE', order: 60 },
];
