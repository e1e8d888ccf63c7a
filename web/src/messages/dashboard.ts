/** Results dashboard and transparency report. */
const channels = {
  en: { WEB_LINK: 'Web link', KIOSK: 'Kiosk', EMAIL: 'E-mail', SMS: 'SMS', PHONE: 'Phone', PAPER: 'Paper', IVR: 'IVR', EMBED: 'Embedded', API: 'API' },
  'zh-CN': { WEB_LINK: '网页链接', KIOSK: '自助终端', EMAIL: '电子邮件', SMS: '短信', PHONE: '电话回访', PAPER: '纸质问卷', IVR: '电话中心IVR', EMBED: '嵌入页面', API: 'API' },
  uk: { WEB_LINK: 'Вебпосилання', KIOSK: 'Кіоск', EMAIL: 'Електронна пошта', SMS: 'SMS', PHONE: 'Телефон', PAPER: 'Папір', IVR: 'IVR', EMBED: 'Вбудована форма', API: 'API' },
};

export const dashboard = {
  en: {
    dashboard: {
      unit: 'Unit', channel: 'Channel', anyChannel: 'All channels', category: 'Respondent category', version: 'Questionnaire version', anyVersion: 'All versions',
      path: 'Unit path', up: 'Back to {unit}', drill: 'Show the units of {unit}',
      bands: 'Band distribution', band: 'Band', range: 'Range', count: 'Responses', share: 'Share',
      comments: 'Comments', noComments: 'No comments in this scope.', latest: 'The comments of the latest 50 responses, by completion time.',
      exports: 'Downloads', exportResults: 'Results ({format})', exportResponses: 'Responses ({format})', report: 'Transparency report',
      channels: channels.en,
      reportTitle: 'Transparency report', reportPeriod: '{unit}, {from} to {to}', print: 'Print', reportIntro: 'Satisfaction of the users of {unit} with its services, measured with the indicator model “{model}” (version {version}) from {count} responses.', back: 'Back to the dashboard', generated: 'Produced on {date}.', indicators: 'Results by dimension and indicator', month: 'Month',
    },
  },
  'zh-CN': {
    dashboard: {
      unit: '机构', channel: '渠道', anyChannel: '全部渠道', category: '受访者类别', version: '问卷版本', anyVersion: '全部版本',
      path: '机构路径', up: '返回 {unit}', drill: '查看 {unit} 的下级机构',
      bands: '评分等级分布', band: '评分等级', range: '分数范围', count: '答卷数', share: '占比',
      comments: '意见与建议', noComments: '此范围内没有意见。', latest: '按完成时间显示最近 50 份答卷的意见。',
      exports: '下载', exportResults: '结果（{format}）', exportResponses: '答卷（{format}）', report: '公开报告',
      channels: channels['zh-CN'],
      reportTitle: '满意度公开报告', reportPeriod: '{unit}，{from} 至 {to}', print: '打印', reportIntro: '{unit} 服务对象满意度，依据指标体系“{model}”（第 {version} 版），基于 {count} 份答卷。', back: '返回结果', generated: '生成日期：{date}。', indicators: '各维度与指标结果', month: '月份',
    },
  },
  uk: {
    dashboard: {
      unit: 'Підрозділ', channel: 'Канал', anyChannel: 'Усі канали', category: 'Категорія респондентів', version: 'Версія анкети', anyVersion: 'Усі версії',
      path: 'Шлях підрозділу', up: 'Назад до {unit}', drill: 'Показати підрозділи {unit}',
      bands: 'Розподіл за рівнями оцінки', band: 'Рівень оцінки', range: 'Діапазон', count: 'Відповідей', share: 'Частка',
      comments: 'Коментарі', noComments: 'У цьому обсязі коментарів немає.', latest: 'Коментарі останніх 50 відповідей за часом заповнення.',
      exports: 'Завантаження', exportResults: 'Результати ({format})', exportResponses: 'Відповіді ({format})', report: 'Звіт для громадськості',
      channels: channels.uk,
      reportTitle: 'Звіт для громадськості', reportPeriod: '{unit}, з {from} до {to}', print: 'Друкувати', reportIntro: 'Задоволеність клієнтів {unit} послугами, виміряна системою показників «{model}» (версія {version}) за {count} відповідями.', back: 'Назад до результатів', generated: 'Складено {date}.', indicators: 'Результати за вимірами та показниками', month: 'Місяць',
    },
  },
};
