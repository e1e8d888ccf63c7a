/** The invitation e-mail in the invitee's language. */
export interface InvitationMailFacts {
  organization: string;
  inviter: string;
  link: string;
  expiresAt: Date;
  locale: string;
}

const TEXTS: Record<string, (f: InvitationMailFacts, until: string) => { subject: string; text: string }> = {
  en: (f, until) => ({
    subject: `You are invited to ${f.organization} on Barometer`,
    text: `${f.inviter} invites you to ${f.organization} on Barometer.\n\nSet your password here (the link works once, until ${until}):\n${f.link}\n\nIf you did not expect this, ignore this e-mail.`,
  }),
  'zh-CN': (f, until) => ({
    subject: `邀请您加入 Barometer 上的 ${f.organization}`,
    text: `${f.inviter} 邀请您加入 Barometer 上的 ${f.organization}。\n\n请通过以下链接设置密码（仅可使用一次，有效期至 ${until}）：\n${f.link}\n\n如非本人操作，请忽略本邮件。`,
  }),
  uk: (f, until) => ({
    subject: `Запрошення до ${f.organization} у Barometer`,
    text: `${f.inviter} запрошує вас до ${f.organization} у Barometer.\n\nВстановіть пароль за посиланням (воно діє один раз, до ${until}):\n${f.link}\n\nЯкщо ви не очікували цього листа, просто проігноруйте його.`,
  }),
};

export function invitationMail(facts: InvitationMailFacts): { subject: string; text: string } {
  const locale = TEXTS[facts.locale] ? facts.locale : 'en';
  const until = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    facts.expiresAt,
  );
  return TEXTS[locale](facts, `${until} UTC`);
}
