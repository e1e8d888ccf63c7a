export const library = {
  en: {},
  'zh-CN': {},
  uk: {},
};
