import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  { path: '/account', component: () => import('./AccountPage.vue'), meta: { title: 'account.title' } },
  {
    // The link of an invitation e-mail (server/org/invitation.service.ts, invitationLink).
    path: '/invitation/:token',
    component: () => import('./AcceptInvitation.vue'),
    props: true,
    meta: { title: 'account.invitation.title', public: true, bare: true },
  },
];

export const nav: NavItem[] = [{ section: 'setup', label: 'account.title', path: '/account', order: 90 }];
