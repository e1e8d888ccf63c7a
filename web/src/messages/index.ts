import { core } from './core.js';
import { models } from './models.js';
import { library } from './library.js';
import { dashboard } from './dashboard.js';
import { distribution } from './distribution.js';
import { summaries } from './summaries.js';
import { responses } from './responses.js';
import { shell } from './shell.js';
import { account } from './account.js';
import { admin } from './admin.js';
import { home } from './home.js';
import { settings } from './settings.js';
import { fieldwork } from './fieldwork.js';
import { webhooks } from './webhooks.js';
import { publication } from './publication.js';
import { cases } from './cases.js';
import { actions } from './actions.js';
import { actionsMore } from './actions-more.js';
import { actionsOpen } from './actions-open.js';
import { fieldworkForms } from './fieldwork-forms.js';
import { fieldworkHome } from './fieldwork-home.js';
import { reports } from './reports.js';
import { breakdown } from './breakdown.js';
import { casesForm } from './cases-form.js';
import { scheduledExports } from './exports.js';
import { privacy } from './privacy.js';
import { situations } from './situations.js';

type Tree = { [key: string]: string | Tree };
const LOCALES = ['en', 'zh-CN', 'uk'] as const;

/** Every interface text in English, 简体中文 and Українська, by feature (a test checks all three have the same keys). */
export const messages = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    Object.assign(
      {},
      core[l],
      models[l],
      library[l],
      dashboard[l],
      distribution[l],
      summaries[l],
      responses[l],
      shell[l],
      account[l],
      admin[l],
      home[l],
      settings[l],
      fieldwork[l],
      webhooks[l],
      publication[l],
      cases[l],
      actions[l],
      actionsMore[l],
      actionsOpen[l],
      fieldworkForms[l],
      fieldworkHome[l],
      reports[l],
      breakdown[l],
      casesForm[l],
      scheduledExports[l],
      privacy[l],
      situations[l],
    ) as Tree,
  ]),
) as Record<(typeof LOCALES)[number], Tree>;
