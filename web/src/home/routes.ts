import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./HomeRoute.vue'), meta: { title: 'home.title' } },
];

/** Home is the sidebar's fixed first entry (shell/ShellNav.vue), so it adds no item here. */
export const nav: NavItem[] = [];
