import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import type { NavItem } from '../shell/nav';
import { mustExist } from '../shell/guards';

const DistributionExists = graphql(`query DistributionExists($id: ID!) { distribution(id: $id) { id } }`);
const page = () => import('./DistributionsPage.vue');
/** DistributionsPage still picks its tab from the address it was given (`#/distributions/<sub>`). */
const props = (route: { path: string }) => ({ route: `#${route.path.replace(/\/$/, '')}` });

export const routes: RouteRecordRaw[] = [
  {
    path: '/distributions',
    meta: { title: 'distribution.title' },
    children: [
      { path: '', component: page, props, meta: { permission: 'QUESTIONNAIRE_READ' } },
      {
        path: 'rules',
        component: page,
        props,
        meta: { title: 'distribution.rules', permission: 'QUESTIONNAIRE_READ' },
      },
      {
        path: 'interview',
        component: page,
        props,
        meta: { title: 'distribution.interview', permission: 'RESPONSE_ENTER' },
      },
      {
        path: ':id',
        component: page,
        props,
        meta: { title: 'shell.crumbs.distribution', permission: 'QUESTIONNAIRE_READ' },
        beforeEnter: mustExist('shell.notFound.distribution', (id) => gql(DistributionExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  { section: 'work', label: 'distribution.title', path: '/distributions', permission: 'QUESTIONNAIRE_READ', order: 30 },
];
