/**
 * The public complaint form's texts in Barometer's languages. Like the runner's (web/src/runner/texts.ts), the
 * form loads neither vue-i18n nor the admin app's messages, to stay small for clients on a phone.
 */
const TEXTS = {
  en: {
    title: 'Make a complaint',
    about: 'Your complaint goes to: {unit}',
    lead: 'Tell us what went wrong. We will confirm that we received it and answer you.',
    language: 'Language',
    category: 'What is it about?',
    anyCategory: 'Not sure / other',
    description: 'What happened',
    descriptionHint: 'When and where it happened, who was involved, what you expect from us.',
    contact: 'Your e-mail or phone number',
    contactHint: 'We use it only to answer this complaint.',
    name: 'Your name (optional)',
    consent:
      'I agree that my e-mail or phone number is kept to answer this complaint and to ask me once how it was handled; it is deleted when the case has been closed for a year.',
    submit: 'Send the complaint',
    sending: 'Sending…',
    loading: 'Loading the form…',
    sent: 'Thank you: your complaint has been received.',
    reference: 'Your reference is {reference}. Quote it whenever you contact us about this complaint.',
    another: 'Make another complaint',
    descriptionRequired: 'Describe what happened.',
    contactRequired: 'Give your e-mail or phone number, so that we can answer you.',
    contactInvalid: 'This is neither an e-mail address nor a phone number; check it.',
    consentRequired: 'Tick the box, so that we may keep your contact to answer you.',
    invalid: 'This complaint form link is not valid or no longer in use. Please check the address.',
    failed: 'The complaint could not be sent. Please check your connection and try again.',
    TOO_FAST: 'That was quicker than the form allows. Please wait a few seconds and send it again.',
    NO_TICKET: 'This page has been open too long. Please reload it and send your complaint again.',
    HONEYPOT: 'The complaint could not be accepted. Please reload the page and send it again.',
    RATE_LIMITED: 'Too many complaints were sent from here just now. Please wait {seconds} seconds and try again.',
  },
  uk: {
    title: 'Подати скаргу',
    about: 'Вашу скаргу буде надіслано до: {unit}',
    lead: 'Розкажіть, що сталося. Ми підтвердимо, що отримали скаргу, і відповімо вам.',
    language: 'Мова',
    category: 'Чого стосується скарга?',
    anyCategory: 'Не знаю / інше',
    description: 'Що сталося',
    descriptionHint: 'Коли й де це сталося, хто був причетний, чого ви від нас очікуєте.',
    contact: 'Ваша електронна пошта або номер телефону',
    contactHint: 'Ми використаємо їх лише для відповіді на цю скаргу.',
    name: 'Ваше імʼя (необовʼязково)',
    consent:
      'Я погоджуюся, що мою електронну пошту або номер телефону зберігатимуть, щоб відповісти на цю скаргу й один раз запитати, як її розглянули; їх видалять через рік після закриття справи.',
    submit: 'Надіслати скаргу',
    sending: 'Надсилання…',
    loading: 'Завантаження форми…',
    sent: 'Дякуємо: вашу скаргу отримано.',
    reference: 'Номер вашої скарги — {reference}. Називайте його щоразу, коли звертаєтеся до нас щодо цієї скарги.',
    another: 'Подати ще одну скаргу',
    descriptionRequired: 'Опишіть, що сталося.',
    contactRequired: 'Вкажіть електронну пошту або номер телефону, щоб ми могли вам відповісти.',
    contactInvalid: 'Це не схоже ні на адресу електронної пошти, ні на номер телефону; перевірте.',
    consentRequired: 'Позначте згоду, щоб ми могли зберегти ваш контакт для відповіді.',
    invalid: 'Це посилання на форму скарг недійсне або більше не використовується. Перевірте адресу.',
    failed: 'Не вдалося надіслати скаргу. Перевірте зʼєднання й спробуйте ще раз.',
    TOO_FAST: 'Це швидше, ніж дозволяє форма. Зачекайте кілька секунд і надішліть ще раз.',
    NO_TICKET: 'Сторінка була відкрита надто довго. Перезавантажте її й надішліть скаргу ще раз.',
    HONEYPOT: 'Скаргу не вдалося прийняти. Перезавантажте сторінку й надішліть її ще раз.',
    RATE_LIMITED: 'Звідси щойно надіслано забагато скарг. Зачекайте {seconds} с і спробуйте ще раз.',
  },
  zh: {
    title: '提交投诉',
    about: '您的投诉将提交至：{unit}',
    lead: '请告诉我们发生了什么。我们会确认收到并答复您。',
    language: '语言',
    category: '投诉类别',
    anyCategory: '不确定／其他',
    description: '发生了什么',
    descriptionHint: '发生的时间和地点、涉及的人员、您希望我们怎么做。',
    contact: '您的电子邮箱或手机号码',
    contactHint: '仅用于答复本次投诉。',
    name: '您的姓名（选填）',
    consent: '我同意保存我的电子邮箱或手机号码，用于答复本次投诉并就处理情况询问我一次；案件关闭一年后将被删除。',
    submit: '提交投诉',
    sending: '正在提交…',
    loading: '正在加载表单…',
    sent: '谢谢：我们已收到您的投诉。',
    reference: '您的投诉编号为 {reference}。就本次投诉联系我们时请提供此编号。',
    another: '再提交一条投诉',
    descriptionRequired: '请描述发生了什么。',
    contactRequired: '请填写电子邮箱或手机号码，以便我们答复您。',
    contactInvalid: '这既不是电子邮箱地址也不是电话号码，请检查。',
    consentRequired: '请勾选同意，以便我们保存您的联系方式用于答复。',
    invalid: '此投诉表单链接无效或已停用，请检查地址。',
    failed: '投诉未能提交。请检查网络连接后重试。',
    TOO_FAST: '提交速度快于表单允许的速度，请稍等几秒后再次提交。',
    NO_TICKET: '此页面打开时间过长。请重新加载页面并再次提交投诉。',
    HONEYPOT: '投诉未被接受。请重新加载页面并再次提交。',
    RATE_LIMITED: '此处刚刚提交的投诉过多。请等待 {seconds} 秒后重试。',
  },
};
export type ComplaintTextKey = keyof (typeof TEXTS)['en'];

/** The form's languages, as the server's `language` field takes them. */
export const FORM_LANGUAGES = ['en', 'zh-CN', 'uk'] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];

/** The client's language from the browser's list, among the form's; English when none matches. */
export function browserLanguage(wanted: readonly string[]): FormLanguage {
  for (const w of wanted.map((l) => l.toLowerCase())) {
    if (w.startsWith('zh')) return 'zh-CN';
    if (w.startsWith('uk')) return 'uk';
    if (w.startsWith('en')) return 'en';
  }
  return 'en';
}

export const LANGUAGE_NAMES: Record<FormLanguage, string> = { en: 'English', 'zh-CN': '简体中文', uk: 'Українська' };

export function complaintText(language: FormLanguage, key: ComplaintTextKey, values: Record<string, string> = {}) {
  const table = language === 'uk' ? TEXTS.uk : language === 'zh-CN' ? TEXTS.zh : TEXTS.en;
  return table[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
