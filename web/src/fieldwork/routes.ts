import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import { mustExist } from '../shell/guards';
import type { NavItem } from '../shell/nav';

const VisitExists = graphql(`query VisitExists($id: ID!) { visit(id: $id) { id } }`);

/**
 * Field work (docs/fieldwork.md, "Web pages"): plans and progress, key clients and visit records for
 * those who read field work; the assignment list and the phone's visit form for inspectors. An
 * INSPECTOR holds only FIELDWORK_INSPECT, so the sidebar shows them the assignments alone.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/fieldwork',
    meta: { title: 'fieldwork.title' },
    children: [
      { path: '', component: () => import('./PlansPage.vue'), meta: { permission: 'FIELDWORK_READ' } },
      {
        path: 'assignments',
        meta: { title: 'fieldwork.mine.title', permission: 'FIELDWORK_INSPECT' },
        children: [
          { path: '', component: () => import('./MyAssignments.vue') },
          // No existence guard: the form must open from the list with the network down.
          {
            path: ':id',
            component: () => import('./VisitForm.vue'),
            props: true,
            meta: { title: 'fieldwork.form.title' },
          },
        ],
      },
      {
        path: 'registers',
        component: () => import('./RegistersPage.vue'),
        meta: { title: 'fwForms.title', permission: 'FIELDWORK_MANAGE' },
      },
      {
        path: 'clients',
        component: () => import('./KeyClients.vue'),
        meta: { title: 'fieldwork.clients.title', permission: 'FIELDWORK_READ' },
      },
      {
        // Seen by readers of the unit and by the visit's own inspector; the server decides (NOT_FOUND otherwise).
        path: 'visits/:id',
        component: () => import('./VisitRecord.vue'),
        props: true,
        meta: { title: 'fieldwork.visit.title' },
        beforeEnter: mustExist('fieldwork.visit.notFound', (id) => gql(VisitExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  { section: 'work', label: 'fieldwork.title', path: '/fieldwork', permission: 'FIELDWORK_READ', order: 50 },
  {
    section: 'work',
    label: 'fieldwork.mine.title',
    path: '/fieldwork/assignments',
    permission: 'FIELDWORK_INSPECT',
    order: 51,
  },
  {
    section: 'work',
    label: 'fieldwork.clients.title',
    path: '/fieldwork/clients',
    permission: 'FIELDWORK_READ',
    order: 52,
  },
  { section: 'work', label: 'fwForms.title', path: '/fieldwork/registers', permission: 'FIELDWORK_MANAGE', order: 53 },
];
