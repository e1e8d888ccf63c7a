/** The runner's own few texts in Barometer's languages (the runner does not load vue-i18n, to stay small). */
const TEXTS = {
  en: {
    invalid: 'This survey link is not valid. Please check the address.',
    closed: 'This survey is closed and no longer accepts responses. Thank you for your interest.',
    test: 'Test mode: this response will not count.',
    queued: 'Saved on this device: {count} response(s) will be sent when the connection returns.',
    failed: 'The response could not be sent.',
    PAUSED: 'This survey is paused for the moment. Please try again later.',
    NOT_OPEN_YET: 'This survey is not open yet. Please come back later.',
    ENDED: 'This survey has ended and no longer accepts responses. Thank you for your interest.',
    QUOTA_REACHED: 'This survey has received all the responses it needs. Thank you for your interest.',
    INVITATION_REQUIRED: 'This survey is answered through a personal invitation; please use the link you received.',
    ALREADY_ANSWERED: 'You have already answered this survey. Thank you!',
    EXPIRED: 'This invitation has expired. Thank you for your interest.',
    OPTED_OUT: 'You asked not to receive these surveys, so this link no longer works.',
    EMPTY_RESPONSE: 'Please answer at least one question before completing the survey.',
    TOO_FAST: 'That was quicker than the survey allows. Please wait a few seconds and complete it again.',
    NO_TICKET: 'This page has been open too long to send the response. Please reload the survey and answer again.',
    HONEYPOT: 'The response could not be accepted. Please reload the survey and answer it again.',
    language: 'Language',
    privacy: 'Privacy notice',
    situation: 'What was your visit about?',
  },
  uk: {
    invalid: 'Це посилання на опитування недійсне. Перевірте адресу.',
    closed: 'Опитування закрито, відповіді більше не приймаються. Дякуємо за інтерес.',
    test: 'Тестовий режим: ця відповідь не враховується.',
    queued:
      'Збережено на цьому пристрої: відповідей для надсилання — {count}; їх буде надіслано, щойно відновиться зʼєднання.',
    failed: 'Не вдалося надіслати відповідь.',
    PAUSED: 'Опитування тимчасово призупинено. Спробуйте пізніше.',
    NOT_OPEN_YET: 'Опитування ще не розпочалося. Поверніться пізніше.',
    ENDED: 'Опитування завершилося, відповіді більше не приймаються. Дякуємо за інтерес.',
    QUOTA_REACHED: 'Опитування вже отримало всі потрібні відповіді. Дякуємо за інтерес.',
    INVITATION_REQUIRED: 'На це опитування відповідають за особистим запрошенням; скористайтеся отриманим посиланням.',
    ALREADY_ANSWERED: 'Ви вже відповіли на це опитування. Дякуємо!',
    EXPIRED: 'Термін дії запрошення минув. Дякуємо за інтерес.',
    OPTED_OUT: 'Ви відмовилися від цих опитувань, тому посилання більше не діє.',
    EMPTY_RESPONSE: 'Дайте відповідь хоча б на одне запитання, перш ніж завершити опитування.',
    TOO_FAST: 'Це швидше, ніж дозволяє опитування. Зачекайте кілька секунд і завершіть його ще раз.',
    NO_TICKET:
      'Сторінка була відкрита надто довго, щоб надіслати відповідь. Перезавантажте опитування й дайте відповідь ще раз.',
    HONEYPOT: 'Відповідь не вдалося прийняти. Перезавантажте опитування й дайте відповідь ще раз.',
    language: 'Мова',
    privacy: 'Повідомлення про конфіденційність',
    situation: 'З якого питання ви звертались?',
  },
  zh: {
    invalid: '此调查链接无效，请检查地址。',
    closed: '本调查已结束，不再接受答卷。感谢您的关注。',
    test: '测试模式：此答卷不计入结果。',
    queued: '已保存在本设备：{count} 份答卷将在网络恢复后发送。',
    failed: '答卷未能发送。',
    PAUSED: '本调查暂时暂停，请稍后再试。',
    NOT_OPEN_YET: '本调查尚未开始，请稍后再来。',
    ENDED: '本调查已结束，不再接受答卷。感谢您的关注。',
    QUOTA_REACHED: '本调查已收到所需的全部答卷。感谢您的关注。',
    INVITATION_REQUIRED: '本调查需通过个人邀请作答，请使用您收到的链接。',
    ALREADY_ANSWERED: '您已回答过本调查，谢谢！',
    EXPIRED: '此邀请已过期。感谢您的关注。',
    OPTED_OUT: '您已选择不再接收此类调查，此链接不再有效。',
    EMPTY_RESPONSE: '请至少回答一个问题后再完成调查。',
    TOO_FAST: '提交速度快于本调查允许的速度，请稍等几秒后再次完成。',
    NO_TICKET: '此页面打开时间过长，无法发送答卷。请重新加载调查并再次作答。',
    HONEYPOT: '答卷未被接受。请重新加载调查并再次作答。',
    language: '语言',
    privacy: '隐私声明',
    situation: '您这次办理的是什么业务？',
  },
};
export type TextKey = keyof (typeof TEXTS)['en'];

export function text(locale: string, key: TextKey, count?: number): string {
  const l = locale.toLowerCase();
  const table = l.startsWith('uk') ? TEXTS.uk : l.startsWith('zh') ? TEXTS.zh : TEXTS.en;
  return table[key].replace('{count}', String(count ?? ''));
}

const REFUSALS = [
  'PAUSED',
  'NOT_OPEN_YET',
  'ENDED',
  'QUOTA_REACHED',
  'INVITATION_REQUIRED',
  'ALREADY_ANSWERED',
  'EXPIRED',
  'OPTED_OUT',
  'EMPTY_RESPONSE',
  // The bot check (server/http/abuse-guard.ts): a second TOO_FAST, a ticket gone stale, an autofilled honeypot.
  'TOO_FAST',
  'NO_TICKET',
  'HONEYPOT',
] as const;
export const isRefusal = (reason: string): reason is (typeof REFUSALS)[number] =>
  (REFUSALS as readonly string[]).includes(reason);
