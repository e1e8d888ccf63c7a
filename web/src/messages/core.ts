/** The interface in the users' three languages (shared/glossary.md gives the terms). */
export const core = {
  en: {
    app: { language: 'Language', signIn: 'Sign in', signOut: 'Sign out', email: 'E-mail', password: 'Password', loading: 'Loading…', sections: 'Sections' },
    nav: { units: 'Units', questionnaires: 'Questionnaires', models: 'Indicator models', templates: 'Templates', results: 'Results' },
    units: { title: 'Organisation units' },
    questionnaires: { title: 'Questionnaires', new: 'New questionnaire', titlePlaceholder: 'Title', create: 'Create', unit: 'Unit', status: 'Status', versions: 'Versions', search: 'Search', anyStatus: 'Any status', statuses: { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' } },
    editor: { changelog: 'Changelog', changelogPlaceholder: 'What changed', publish: 'Publish', problems: 'Problems that stop publishing', saved: 'Saved (revision {revision})', published: 'Version {number} published', notSaved: 'Not saved: {message}', lockedByTemplate: 'Locked by the template (move only): {names}', notPublished: 'Not published: {count} problem(s), listed below; the first is selected in the editor.', showElement: 'Show {name} in the editor', lockedByParent: 'Locked by the parent questionnaire (move only): {names}' },
    history: { title: 'Versions', none: 'Not published yet.', version: 'Version {number}', from: 'From', to: 'To', compare: 'Compare', differences: 'Differences', unchanged: '{count} questions unchanged.', added: 'Added', removed: 'Removed', changed: 'Changed', what: 'What', before: 'Before', after: 'After', page: 'page', sideBySide: 'Side by side', same: 'Unchanged' },
    results: { title: 'Results', none: 'Publish an indicator model to see results.', model: 'Model', from: 'From', to: 'To (exclusive)', show: 'Show', index: 'Index score', responses: '{count} responses', partial: 'partial', bars: 'Dimensions and indicators', trend: 'Index by month (▲▼ significant change)', lost: 'Where the points went', lostPoints: 'Lost points', indicator: 'Indicator', score: 'Score', units: 'Units', rank: 'Rank', tooFew: 'too few' },
  },
  'zh-CN': {
    app: { language: '语言', signIn: '登录', signOut: '退出', email: '电子邮箱', password: '密码', loading: '加载中…', sections: '栏目' },
    nav: { units: '机构', questionnaires: '调查问卷', models: '指标体系', templates: '模板库', results: '结果' },
    units: { title: '机构' },
    questionnaires: { title: '调查问卷', new: '新建问卷', titlePlaceholder: '标题', create: '创建', unit: '机构', status: '状态', versions: '版本', search: '搜索', anyStatus: '全部状态', statuses: { DRAFT: '草稿', PUBLISHED: '已发布', ARCHIVED: '已归档' } },
    editor: { changelog: '变更说明', changelogPlaceholder: '改了什么', publish: '发布', problems: '阻止发布的问题', saved: '已保存（第 {revision} 次修订）', published: '已发布第 {number} 版', notSaved: '未保存：{message}', lockedByTemplate: '模板锁定（仅可移动）：{names}', notPublished: '未发布：共 {count} 个问题，列于下方；已在编辑器中选中第一个。', showElement: '在编辑器中显示 {name}', lockedByParent: '上级问卷锁定（仅可移动）：{names}' },
    history: { title: '版本', none: '尚未发布。', version: '第 {number} 版', from: '从', to: '到', compare: '比较', differences: '差异', unchanged: '{count} 个题目未变。', added: '新增', removed: '删除', changed: '修改', what: '内容', before: '之前', after: '之后', page: '页', sideBySide: '并排对比', same: '未变' },
    results: { title: '结果', none: '发布指标体系后即可查看结果。', model: '指标体系', from: '从', to: '到（不含）', show: '显示', index: '满意度总指数', responses: '{count} 份答卷', partial: '部分', bars: '维度与指标', trend: '按月指数（▲▼ 显著变化）', lost: '失分项目分析', lostPoints: '失分', indicator: '指标', score: '得分', units: '机构', rank: '排名', tooFew: '样本不足' },
  },
  uk: {
    app: { language: 'Мова', signIn: 'Увійти', signOut: 'Вийти', email: 'Електронна пошта', password: 'Пароль', loading: 'Завантаження…', sections: 'Розділи' },
    nav: { units: 'Підрозділи', questionnaires: 'Анкети', models: 'Системи показників', templates: 'Шаблони', results: 'Результати' },
    units: { title: 'Підрозділи' },
    questionnaires: { title: 'Анкети', new: 'Нова анкета', titlePlaceholder: 'Назва', create: 'Створити', unit: 'Підрозділ', status: 'Стан', versions: 'Версії', search: 'Пошук', anyStatus: 'Будь-який стан', statuses: { DRAFT: 'Чернетка', PUBLISHED: 'Опубліковано', ARCHIVED: 'В архіві' } },
    editor: { changelog: 'Що змінено', changelogPlaceholder: 'Опис змін', publish: 'Опублікувати', problems: 'Що заважає опублікувати', saved: 'Збережено (редакція {revision})', published: 'Опубліковано версію {number}', notSaved: 'Не збережено: {message}', lockedByTemplate: 'Заблоковано шаблоном (лише переміщення): {names}', notPublished: 'Не опубліковано: проблем — {count}, їх наведено нижче; першу виділено в редакторі.', showElement: 'Показати {name} у редакторі', lockedByParent: 'Заблоковано батьківською анкетою (лише переміщення): {names}' },
    history: { title: 'Версії', none: 'Ще не опубліковано.', version: 'Версія {number}', from: 'Від', to: 'До', compare: 'Порівняти', differences: 'Відмінності', unchanged: 'Без змін: {count} питань.', added: 'Додано', removed: 'Вилучено', changed: 'Змінено', what: 'Що', before: 'Було', after: 'Стало', page: 'сторінка', sideBySide: 'Поруч', same: 'Без змін' },
    results: { title: 'Результати', none: 'Опублікуйте систему показників, щоб бачити результати.', model: 'Система показників', from: 'Від', to: 'До (не включно)', show: 'Показати', index: 'Загальний індекс задоволеності', responses: 'Відповідей: {count}', partial: 'неповний', bars: 'Виміри та показники', trend: 'Індекс за місяцями (▲▼ значуща зміна)', lost: 'Аналіз втрачених балів', lostPoints: 'Втрачені бали', indicator: 'Показник', score: 'Бал', units: 'Підрозділи', rank: 'Рейтинг', tooFew: 'замало' },
  },
};
