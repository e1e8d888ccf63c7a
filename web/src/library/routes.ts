import type { RouteRecordRaw } from 'vue-router';
import { go, type NavItem } from '../shell/nav';

export const routes: RouteRecordRaw[] = [
  {
    path: '/templates',
    component: () => import('./TemplateLibrary.vue'),
    props: () => ({ onAdopted: (id: string) => go(`/questionnaires/${id}`) }),
    meta: { title: 'nav.templates', permission: 'QUESTIONNAIRE_READ' },
  },
];

export const nav: NavItem[] = [
  { section: 'work', label: 'nav.templates', path: '/templates', permission: 'QUESTIONNAIRE_READ', order: 20 },
];
