import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import { mustExist } from '../shell/guards';
import type { NavItem } from '../shell/nav';

const ReportExists = graphql(`query ReportExists($id: ID!) { report(id: $id) { id } }`);

export const routes: RouteRecordRaw[] = [
  {
    path: '/reports',
    meta: { title: 'reports.title', permission: 'RESULTS_READ' },
    children: [
      { path: '', component: () => import('./ReportArchive.vue') },
      { path: 'new', component: () => import('./ReportNew.vue'), meta: { title: 'reports.new.title' } },
      {
        path: 'subscriptions',
        component: () => import('./ReportSubscriptions.vue'),
        meta: { title: 'reports.subscriptions.title', permission: 'UNIT_MANAGE' },
      },
      {
        path: 'exports',
        component: () => import('./ScheduledExports.vue'),
        meta: { title: 'exports.title', permission: 'API_KEY_MANAGE' },
      },
      {
        path: ':id',
        component: () => import('./ReportPage.vue'),
        props: true,
        meta: { title: 'reports.one' },
        beforeEnter: mustExist('reports.notFound', (id) => gql(ReportExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  { section: 'results', label: 'reports.title', path: '/reports', permission: 'RESULTS_READ', order: 30 },
  { section: 'results', label: 'exports.title', path: '/reports/exports', permission: 'API_KEY_MANAGE', order: 31 },
];
