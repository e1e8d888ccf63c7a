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
  recheck?: Pick<
    ActionRecheck,
    'beforeScore' | 'beforeValue' | 'beforeN' | 'afterScore' | 'afterValue' | 'afterN' | 'reasonCode' | 'targetValue'
  > & { targetKind?: ActionRecheck['targetKind'] };
}

type Texts = {
  subject: (f: EscalationFacts) => string;
  overdue: (deadline: string) => string;
  notMet: (before: string, after: string, n1: number, n2: number) => string;
  labels: [action: string, unit: string, deadline: string, problem: string, measures: string];
  /** Why it was not met, from the re-check's reason code (English has it in `why`). */
  short: (wanted: string) => string;
  notSignificant: (wanted: string) => string;
  metricShort: (target: string) => string;
  wanted: { rise: (v: string) => string; reach: (v: string) => string };
};

const TEXTS: Record<string, Texts> = {
  en: {
    subject: (f) => `Escalated: ${f.action.title} (${f.unit.code})`,
    overdue: () => '',
    notMet: () => '',
    labels: ['Action', 'Unit', 'Deadline', 'Problem', 'Measures required'],
    short: () => '',
    notSignificant: () => '',
    metricShort: () => '',
    wanted: { rise: () => '', reach: () => '' },
  },
  'zh-CN': {
    subject: (f) => `升级督办：${f.action.title}（${f.unit.code}）`,
    overdue: (deadline) => `整改任务已逾期：完成时间为 ${deadline}。`,
    notMet: (b, a, n1, n2) => `复检未达标：整改前 ${b}（n = ${n1}），整改后 ${a}（n = ${n2}）。`,
    labels: ['整改任务', '单位', '完成时间', '问题', '整改措施'],
    short: (w) => `未达到目标（${w}）。`,
    notSignificant: (w) => `已达到目标（${w}），但提升不显著。`,
    metricShort: (target) => `指标值未达到目标值 ${target}。`,
    wanted: { rise: (v) => `提升 ${v} 分`, reach: (v) => `得分达到 ${v}` },
  },
  uk: {
    subject: (f) => `Ескалація: ${f.action.title} (${f.unit.code})`,
    overdue: (deadline) => `Захід прострочено: строк був ${deadline}.`,
    notMet: (b, a, n1, n2) => `Повторна перевірка не досягла цілі: до ${b} (n = ${n1}), після ${a} (n = ${n2}).`,
    labels: ['Захід', 'Підрозділ', 'Строк', 'Проблема', 'Необхідні заходи'],
    short: (w) => `Ціль не досягнуто (${w}).`,
    notSignificant: (w) => `Ціль досягнуто (${w}), але зростання не є значущим.`,
    metricShort: (target) => `Значення показника не досягло цілі ${target}.`,
    wanted: { rise: (v) => `зростання на ${v} бала`, reach: (v) => `бал ${v}` },
  },
};

const shown = (score: number | null, value: number | null) =>
  score !== null ? score.toFixed(1) : value !== null ? String(value) : '—';

/** The re-check's reason code as a sentence of the recipient's language ('' for a re-check stored without one). */
function reasonIn(t: Texts, r: NonNullable<EscalationFacts['recheck']>): string {
  const target = r.targetValue === null ? '—' : r.targetValue.toFixed(1);
  const wanted = r.targetKind === 'SCORE_REACH' ? t.wanted.reach(target) : t.wanted.rise(target);
  if (r.reasonCode === 'SHORT_OF_TARGET') return t.short(wanted);
  if (r.reasonCode === 'NOT_SIGNIFICANT') return t.notSignificant(wanted);
  if (r.reasonCode === 'METRIC_SHORT') return t.metricShort(String(r.targetValue ?? '—'));
  return '';
}

/** Why, in the recipient's language: English keeps the sentence of the history; others are built from the facts. */
function whyIn(locale: string, t: Texts, f: EscalationFacts): string {
  if (locale === 'en') return f.why;
  const r = f.recheck;
  if (f.step.startsWith('NOT_MET') && r) {
    const numbers = t.notMet(
      shown(r.beforeScore, r.beforeValue),
      shown(r.afterScore, r.afterValue),
      r.beforeN,
      r.afterN,
    );
    return [numbers, reasonIn(t, r)].filter(Boolean).join(' ');
  }
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
