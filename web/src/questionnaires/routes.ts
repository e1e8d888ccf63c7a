import type { RouteRecordRaw } from 'vue-router';
import { gql, graphql } from '../graphql';
import { go, type NavItem } from '../shell/nav';
import { mustExist } from '../shell/guards';
import { currentUnitId } from '../shell/session';

const QuestionnaireExists = graphql(`query QuestionnaireExists($id: ID!) { questionnaire(id: $id) { id } }`);

export const routes: RouteRecordRaw[] = [
  {
    path: '/questionnaires',
    meta: { title: 'nav.questionnaires', permission: 'QUESTIONNAIRE_READ' },
    children: [
      {
        path: '',
        component: () => import('./QuestionnaireList.vue'),
        props: () => ({ headOfficeId: currentUnitId.value, onOpen: (id: string) => go(`/questionnaires/${id}`) }),
      },
      {
        path: ':id',
        component: () => import('./QuestionnaireEditor.vue'),
        props: true,
        meta: { title: 'shell.crumbs.questionnaire', wide: true },
        beforeEnter: mustExist('shell.notFound.questionnaire', (id) => gql(QuestionnaireExists, { id })),
      },
    ],
  },
];

export const nav: NavItem[] = [
  {
    section: 'work',
    label: 'nav.questionnaires',
    path: '/questionnaires',
    permission: 'QUESTIONNAIRE_READ',
    order: 10,
  },
];
