import type { ActionRecheck } from './action-recheck.entity.js';
import type { RectificationAction } from './action.entity.js';

/** What an escalation e-mail says, whatever the language. */
export interface EscalationFacts {
  action: Pick<RectificationAction, 'title' | 'deadline' | 'problem' | 'measures'>;
  unit: { name: string; code: string };
  /** "OVERDUE" or "NOT_MET:<re-check id>". */
  step: string;
  /** The English sentence of why (also written in the action's history). */
  why: string;
  /** The NOT_MET re-check, for its numbers. */
  recheck?: Pick<ActionRecheck, 'beforeScore' | 'beforeValue' | 'beforeN' | 'afterScore' | 'afterValue' | 'afterN'>;
}

type Texts = {
  subject: (f: EscalationFacts) => string;
  overdue: (deadline: string) => string;
  notMet: (before: string, after: string, n1: number, n2: number) => string;
  labels: [action: string, unit: string, deadline: string, problem: string, measures: string];
};

const TEXTS: Record<string, Texts> = {
  en: {
    subject: (f) => `Escalated: ${f.action.title} (${f.unit.code})`,
    overdue: () => '',
    notMet: () => '',
    labels: ['Action', 'Unit', 'Deadline', 'Problem', 'Measures required'],
  },
  'zh-CN': {
    subject: (f) => `升级督办：${f.action.title}（${f.unit.code}）`,
    overdue: (deadline) => `整改任务已逾期：完成时间为 ${deadline}。`,
    notMet: (b, a, n1, n2) => `复检未达标：整改前 ${b}（n = ${n1}），整改后 ${a}（n = ${n2}）。`,
    labels: ['整改任务', '单位', '完成时间', '问题', '整改措施'],
  },
  uk: {
    subject: (f) => `Ескалація: ${f.action.title} (${f.unit.code})`,
    overdue: (deadline) => `Захід прострочено: строк був ${deadline}.`,
    notMet: (b, a, n1, n2) => `Повторна перевірка не досягла цілі: до ${b} (n = ${n1}), після ${a} (n = ${n2}).`,
    labels: ['Захід', 'Підрозділ', 'Строк', 'Проблема', 'Необхідні заходи'],
  },
};

const shown = (score: number | null, value: number | null) =>
  score !== null ? score.toFixed(1) : value !== null ? String(value) : '—';

/** Why, in the recipient's language: English keeps the sentence of the history; others are built from the facts. */
function whyIn(locale: string, t: Texts, f: EscalationFacts): string {
  if (locale === 'en') return f.why;
  const r = f.recheck;
  if (f.step.startsWith('NOT_MET') && r)
    return t.notMet(shown(r.beforeScore, r.beforeValue), shown(r.afterScore, r.afterValue), r.beforeN, r.afterN);
  return t.overdue(f.action.deadline);
}

/** The escalation e-mail in the recipient's language (en, zh-CN, uk; anything else gets English). */
export function escalationMail(f: EscalationFacts, locale: string): { subject: string; text: string } {
  const lang = TEXTS[locale] ? locale : 'en';
  const t = TEXTS[lang];
  const [action, unit, deadline, problem, measures] = t.labels;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const text = [
    whyIn(lang, t, f),
    '',
    `${action}${colon}${f.action.title}`,
    `${unit}${colon}${f.unit.name} (${f.unit.code})`,
    `${deadline}${colon}${f.action.deadline}`,
    `${problem}${colon}${f.action.problem}`,
    `${measures}${colon}${f.action.measures}`,
  ].join('\n');
  return { subject: t.subject(f), text };
}
