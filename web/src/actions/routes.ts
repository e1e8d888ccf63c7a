import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import { mustExist } from '../shell/guards';
import type { NavItem } from '../shell/nav';

const ActionExists = graphql(`query ActionExists($id: ID!) { action(id: $id) { id } }`);

export const routes: RouteRecordRaw[] = [
  {
    path: '/actions',
    meta: { title: 'actions.title', permission: 'RESULTS_READ' },
    children: [
      { path: '', component: () => import('./ActionList.vue') },
      { path: 'plans', component: () => import('./WorkPlans.vue'), meta: { title: 'actions.plans.title' } },
      {
        path: 'follow-ups',
        component: () => import('./MissedFollowUps.vue'),
        meta: { title: 'actions.followUps.title' },
      },
      {
        path: ':id',
        component: () => import('./ActionPage.vue'),
        props: true,
        meta: { title: 'actions.one' },
        beforeEnter: mustExist('actions.notFound', (id) => gql(ActionExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  { section: 'work', label: 'actions.title', path: '/actions', permission: 'RESULTS_READ', order: 45 },
  { section: 'work', label: 'actions.plans.title', path: '/actions/plans', permission: 'RESULTS_READ', order: 46 },
  {
    section: 'work',
    label: 'actions.followUps.title',
    path: '/actions/follow-ups',
    permission: 'RESULTS_READ',
    order: 47,
  },
];
