import type { RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [{ path: '/', redirect: '/units' }];

export const nav: NavItem[] = [];
