/** The texts of case messages, in the three languages of the app; {name} is replaced by the value. */
type Lang = 'en' | 'zh-CN' | 'uk';
type Text = { subject: string; body: string };

const TEXTS: Record<string, Record<Lang, Text>> = {
  CLIENT_ACKNOWLEDGED: {
    en: {
      subject: 'Your complaint {reference} was received',
      body: 'We have received your complaint. Its reference is {reference}; please quote it when you contact us. We will answer by {due}.',
    },
    'zh-CN': {
      subject: '您的投诉 {reference} 已受理',
      body: '我们已收到您的投诉，受理编号为 {reference}，联系我们时请提供此编号。我们将于 {due} 前答复您。',
    },
    uk: {
      subject: 'Вашу скаргу {reference} отримано',
      body: 'Ми отримали вашу скаргу. Її номер {reference}; назвіть його, коли звертатиметеся до нас. Ми відповімо до {due}.',
    },
  },
  CLIENT_REJECTED: {
    en: {
      subject: 'Your complaint {reference}: our decision',
      body: 'We have examined your complaint {reference} and cannot accept it, for this reason: {reason}',
    },
    'zh-CN': {
      subject: '关于您的投诉 {reference} 的决定',
      body: '我们已审查您的投诉 {reference}，因以下原因不予受理：{reason}',
    },
    uk: {
      subject: 'Ваша скарга {reference}: наше рішення',
      body: 'Ми розглянули вашу скаргу {reference} і не можемо її прийняти з такої причини: {reason}',
    },
  },
  ASSIGNED: {
    en: {
      subject: 'Case {reference} is assigned to you',
      body: 'Case {reference} ({unit}) is yours; resolve it by {due}.\n\n{description}',
    },
    'zh-CN': {
      subject: '案件 {reference} 已分派给您',
      body: '案件 {reference}（{unit}）由您处理，请于 {due} 前办结。\n\n{description}',
    },
    uk: {
      subject: 'Справу {reference} доручено вам',
      body: 'Справа {reference} ({unit}) ваша; вирішіть її до {due}.\n\n{description}',
    },
  },
  TRANSFERRED: {
    en: {
      subject: 'Case {reference} was transferred to {unit}',
      body: 'Case {reference} now belongs to {unit}: assign an owner. Due by {due}.\n\n{description}',
    },
    'zh-CN': {
      subject: '案件 {reference} 已转交 {unit}',
      body: '案件 {reference} 现由 {unit} 处理，请指定承办人。办结期限：{due}。\n\n{description}',
    },
    uk: {
      subject: 'Справу {reference} передано до {unit}',
      body: 'Справа {reference} тепер належить {unit}: призначте виконавця. Строк: {due}.\n\n{description}',
    },
  },
  ESCALATED: {
    en: {
      subject: 'Overdue: case {reference} ({step})',
      body: 'Case {reference} ({unit}) was due by {due} and is overdue (escalation level {level}). Its owner: {owner}.',
    },
    'zh-CN': {
      subject: '已超期：案件 {reference}（{step}）',
      body: '案件 {reference}（{unit}）应于 {due} 前处理，现已超期（第 {level} 级督办）。承办人：{owner}。',
    },
    uk: {
      subject: 'Прострочено: справа {reference} ({step})',
      body: 'Справа {reference} ({unit}) мала бути опрацьована до {due} і прострочена (рівень ескалації {level}). Виконавець: {owner}.',
    },
  },
};

const lang = (language: string | null | undefined): Lang =>
  language === 'zh-CN' || language?.toLowerCase().startsWith('zh') ? 'zh-CN' : language === 'uk' ? 'uk' : 'en';

export function renderCaseMessage(kind: string, language: string | null, vars: Record<string, string>): Text {
  const text = TEXTS[kind]?.[lang(language)];
  if (!text) throw new Error(`No text for case message ${kind}.`);
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '—');
  return { subject: fill(text.subject), body: fill(text.body) };
}
