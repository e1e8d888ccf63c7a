/** Template library (模板库 / бібліотека шаблонів). */
export const library = {
  en: {
    library: {
      title: 'Template library', category: 'Category', language: 'Language', search: 'Search', find: 'Find', all: 'All', none: 'No templates match.',
      offeredBy: 'offered by {org}', version: 'version {number}', withModel: 'with an indicator model', preview: 'Preview and adopt', mandatory: 'mandatory',
      intoUnit: 'Adopt into unit', newTitle: 'Title', adopt: 'Adopt',
      updates: 'Updates to merge', templateUpdate: 'The template has a newer version: {from} → {to}.', parentUpdate: 'The parent questionnaire has a newer version: {from} → {to}.',
      merge: 'Merge into the draft', merged: 'Merged: {applied} applied, {conflicts} conflicts.', conflicts: 'Conflicts (the draft’s side was kept)',
    },
    offer: { title: 'Offer to the template library', description: 'Description', model: 'With the indicator model', noModel: 'No model', submit: 'Offer version {number}', done: 'Version {number} is in the template library.' },
  },
  'zh-CN': {
    library: {
      title: '模板库', category: '类别', language: '语言', search: '搜索', find: '查找', all: '全部', none: '没有符合条件的模板。',
      offeredBy: '由 {org} 提供', version: '第 {number} 版', withModel: '附带指标体系', preview: '预览并采用', mandatory: '必选',
      intoUnit: '采用到机构', newTitle: '标题', adopt: '采用',
      updates: '待合并的更新', templateUpdate: '模板有新版本：{from} → {to}。', parentUpdate: '上级问卷有新版本：{from} → {to}。',
      merge: '合并到草稿', merged: '已合并：应用 {applied} 项，冲突 {conflicts} 项。', conflicts: '冲突（保留草稿中的内容）',
    },
    offer: { title: '提供给模板库', description: '说明', model: '附带指标体系', noModel: '不附带', submit: '提供第 {number} 版', done: '第 {number} 版已加入模板库。' },
  },
  uk: {
    library: {
      title: 'Бібліотека шаблонів', category: 'Категорія', language: 'Мова', search: 'Пошук', find: 'Знайти', all: 'Усі', none: 'Немає відповідних шаблонів.',
      offeredBy: 'пропонує {org}', version: 'версія {number}', withModel: 'із системою показників', preview: 'Переглянути й застосувати', mandatory: "обов'язкове",
      intoUnit: 'Застосувати в підрозділі', newTitle: 'Назва', adopt: 'Застосувати',
      updates: 'Оновлення для злиття', templateUpdate: 'Шаблон має новішу версію: {from} → {to}.', parentUpdate: 'Батьківська анкета має новішу версію: {from} → {to}.',
      merge: 'Злити з чернеткою', merged: 'Злито: застосовано {applied}, конфліктів {conflicts}.', conflicts: 'Конфлікти (залишено варіант чернетки)',
    },
    offer: { title: 'Запропонувати до бібліотеки шаблонів', description: 'Опис', model: 'Із системою показників', noModel: 'Без системи', submit: 'Запропонувати версію {number}', done: 'Версія {number} є в бібліотеці шаблонів.' },
  },
};
