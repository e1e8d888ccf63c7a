import { createApp } from 'vue';
import './style.css';

// The respondent runner is its own page: respondents download Vue, SurveyJS and the runner,
// never the admin app or its translations; the admin app never downloads SurveyJS's runner
// unless it needs it (the Creator and the dashboard load on their own pages too).
const runner = /^\/r\/([^/]+)/.exec(window.location.pathname);
// A unit's public complaint form loads the same way: plain Vue, never the admin app (docs/cases.md).
const complaint = /^\/complain\/([^/]+)/.exec(window.location.pathname);
if (complaint) {
  void import('./complaint/ComplaintForm.vue').then(({ default: Form }) =>
    createApp(Form, { token: decodeURIComponent(complaint[1]) }).mount('#app'),
  );
} else if (runner) {
  void import('./runner/SurveyRunner.vue').then(({ default: Runner }) =>
    createApp(Runner, { token: decodeURIComponent(runner[1]) }).mount('#app'),
  );
} else {
  void Promise.all([import('./App.vue'), import('./i18n'), import('./shell/plugins')]).then(
    ([{ default: App }, { i18n }, { install }]) => {
      const app = createApp(App).use(i18n);
      install(app);
      app.mount('#app');
    },
  );
}
