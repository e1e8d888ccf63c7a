import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import { mustExist } from '../shell/guards';
import type { NavItem } from '../shell/nav';
import CasesBadge from './CasesBadge.vue';

const CaseExists = graphql(`query CaseExists($id: ID!) { case(id: $id) { id } }`);

export const routes: RouteRecordRaw[] = [
  {
    path: '/cases',
    meta: { title: 'cases.title', permission: 'UNIT_READ' },
    children: [
      { path: '', component: () => import('./CaseInbox.vue') },
      { path: 'new', component: () => import('./CaseIntake.vue'), meta: { title: 'cases.intake' } },
      {
        path: 'settings',
        component: () => import('./CaseSettings.vue'),
        meta: { title: 'cases.settings', permission: 'UNIT_MANAGE' },
      },
      {
        path: 'analysis',
        component: () => import('./CaseAnalysis.vue'),
        meta: { title: 'cases.analysis', permission: 'RESULTS_READ' },
      },
      {
        path: ':id',
        component: () => import('./CasePage.vue'),
        props: true,
        meta: { title: 'cases.one' },
        beforeEnter: mustExist('cases.notFound', (id) => gql(CaseExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  { section: 'work', label: 'cases.title', path: '/cases', permission: 'UNIT_READ', order: 35, badge: CasesBadge },
  { section: 'work', label: 'cases.intake', path: '/cases/new', permission: 'RESPONSE_ENTER', order: 36 },
  { section: 'results', label: 'cases.analysis', path: '/cases/analysis', permission: 'RESULTS_READ', order: 60 },
  { section: 'setup', label: 'cases.settings', path: '/cases/settings', permission: 'UNIT_MANAGE', order: 60 },
];
