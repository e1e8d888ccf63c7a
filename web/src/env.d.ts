/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
// SurveyJS's interface texts register themselves when imported; the runner loads them on demand.
declare module 'survey-core/i18n/ukrainian';
declare module 'survey-core/i18n/simplified-chinese';
