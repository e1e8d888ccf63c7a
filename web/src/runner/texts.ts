/** The runner's own few texts in Barometer's languages (the runner does not load vue-i18n, to stay small). */
const TEXTS = {
  en: { invalid: 'This survey link is not valid. Please check the address.', closed: 'This survey is closed and no longer accepts responses. Thank you for your interest.', test: 'Test mode: this response will not count.', queued: 'Saved on this device: {count} response(s) will be sent when the connection returns.', failed: 'The response could not be sent.' },
  uk: { invalid: 'Це посилання на опитування недійсне. Перевірте адресу.', closed: 'Опитування закрито, відповіді більше не приймаються. Дякуємо за інтерес.', test: 'Тестовий режим: ця відповідь не враховується.', queued: 'Збережено на цьому пристрої: відповідей для надсилання — {count}; їх буде надіслано, щойно відновиться зʼєднання.', failed: 'Не вдалося надіслати відповідь.' },
  zh: { invalid: '此调查链接无效，请检查地址。', closed: '本调查已结束，不再接受答卷。感谢您的关注。', test: '测试模式：此答卷不计入结果。', queued: '已保存在本设备：{count} 份答卷将在网络恢复后发送。', failed: '答卷未能发送。' },
};
export type TextKey = keyof (typeof TEXTS)['en'];

export function text(locale: string, key: TextKey, count?: number): string {
  const l = locale.toLowerCase();
  const table = l.startsWith('uk') ? TEXTS.uk : l.startsWith('zh') ? TEXTS.zh : TEXTS.en;
  return table[key].replace('{count}', String(count ?? ''));
}
