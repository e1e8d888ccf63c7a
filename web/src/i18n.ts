import { createI18n } from 'vue-i18n';

import { messages } from './messages';

export const LOCALES = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
  { code: 'uk', name: 'Українська' },
] as const;

function initialLocale(): string {
  const saved = localStorage.getItem('barometer-locale');
  if (saved && saved in messages) return saved;
  const browser = navigator.language.toLowerCase();
  if (browser.startsWith('zh')) return 'zh-CN';
  if (browser.startsWith('uk')) return 'uk';
  return 'en';
}

const initial = initialLocale();
document.documentElement.lang = initial;
export const i18n = createI18n({ legacy: false, locale: initial, fallbackLocale: 'en', messages });

export function setLocale(code: string): void {
  i18n.global.locale.value = code as never;
  localStorage.setItem('barometer-locale', code);
  document.documentElement.lang = code;
}
