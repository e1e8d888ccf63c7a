import { createApp, defineAsyncComponent } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import './style.css';

// The respondent runner is its own page, loaded only there: respondents never download the
// admin app, and the admin app never downloads SurveyJS unless it needs it.
const runner = /^\/r\/([^/]+)/.exec(window.location.pathname);
if (runner) {
  const Runner = defineAsyncComponent(() => import('./runner/SurveyRunner.vue'));
  createApp(Runner, { token: decodeURIComponent(runner[1]) }).mount('#app');
} else {
  createApp(App).use(i18n).mount('#app');
}
