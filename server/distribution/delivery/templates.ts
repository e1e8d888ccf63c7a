/** Default messages per language; a distribution may bring its own ({{link}} required). */
interface Message {
  subject: string;
  body: string;
  sms: string;
  reminder: string;
}

const DEFAULTS: Record<string, Message> = {
  en: {
    subject: 'Your opinion about {{unit}}',
    body: 'Hello,\n\nYou recently used the services of {{unit}}. Please tell us how it went; it takes a few minutes:\n\n{{link}}\n\nThis link is personal and valid until {{expires}}.\n\nTo receive no more surveys: {{optOutLink}}\n',
    sms: '{{unit}}: please rate our service {{link}} No more surveys: {{optOutLink}}',
    reminder: 'Reminder: ',
  },
  uk: {
    subject: 'Ваша думка про {{unit}}',
    body: 'Добрий день!\n\nВи нещодавно скористалися послугами {{unit}}. Розкажіть, будь ласка, як усе пройшло; це займе кілька хвилин:\n\n{{link}}\n\nПосилання персональне й дійсне до {{expires}}.\n\nЩоб більше не отримувати опитувань: {{optOutLink}}\n',
    sms: '{{unit}}: оцініть наше обслуговування {{link}} Відмовитися: {{optOutLink}}',
    reminder: 'Нагадування: ',
  },
  zh: {
    subject: '您对{{unit}}的评价',
    body: '您好：\n\n您最近在{{unit}}办理了业务。请告诉我们您的感受，只需几分钟：\n\n{{link}}\n\n此链接为您专属，有效期至{{expires}}。\n\n不再接收调查：{{optOutLink}}\n',
    sms: '{{unit}}：请评价我们的服务 {{link}} 退订：{{optOutLink}}',
    reminder: '提醒：',
  },
};

export interface RenderInput {
  language: string | null;
  templates: Record<string, { subject?: string; body: string }> | null;
  reminder: boolean;
  vars: Record<string, string>;
}

const fill = (text: string, vars: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => vars[name] ?? m);

function pick<T>(table: Record<string, T> | null, language: string | null): T | undefined {
  if (!table) return undefined;
  const lang = (language ?? '').toLowerCase();
  return table[lang] ?? table[lang.split('-')[0]] ?? table.en ?? table.default ?? Object.values(table)[0];
}

export function renderEmail(input: RenderInput): { subject: string; text: string } {
  const own = pick(input.templates, input.language);
  const base = pick(DEFAULTS, input.language)!;
  const prefix = input.reminder ? base.reminder : '';
  return {
    subject: prefix + fill(own?.subject ?? base.subject, input.vars),
    text: fill(own?.body ?? base.body, input.vars),
  };
}

export function renderSms(input: RenderInput): string {
  const own = pick(input.templates, input.language);
  const base = pick(DEFAULTS, input.language)!;
  return (input.reminder ? base.reminder : '') + fill(own?.body ?? base.sms, input.vars);
}
