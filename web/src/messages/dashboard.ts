export const dashboard = {
  en: {},
  'zh-CN': {},
  uk: {},
};
