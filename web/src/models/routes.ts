import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import { go, type NavItem } from '../shell/nav';
import { mustExist } from '../shell/guards';
import { currentUnitId } from '../shell/session';

const ModelExists = graphql(`query ModelExists($id: ID!) { indicatorModel(id: $id) { id } }`);

export const routes: RouteRecordRaw[] = [
  {
    path: '/models',
    meta: { title: 'nav.models', permission: 'QUESTIONNAIRE_READ' },
    children: [
      {
        path: '',
        component: () => import('./ModelList.vue'),
        props: () => ({ headOfficeId: currentUnitId.value, onOpen: (id: string) => go(`/models/${id}`) }),
      },
      {
        path: ':id',
        component: () => import('./ModelEditor.vue'),
        props: true,
        meta: { title: 'shell.crumbs.model' },
        beforeEnter: mustExist('shell.notFound.model', (id) => gql(ModelExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  { section: 'setup', label: 'nav.models', path: '/models', permission: 'QUESTIONNAIRE_READ', order: 20 },
];
