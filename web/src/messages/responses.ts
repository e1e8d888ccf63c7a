/** The responses browser. */
export const responses = {
  en: {
    browse: {
      open: 'Responses', title: 'Responses', includeExcluded: 'Show excluded', show: 'Show', more: 'More', none: 'No responses in this period.',
      completed: 'Completed', version: 'Version', status: 'Status', excluded: 'Excluded', counted: 'Counted', view: 'Open',
      answers: 'Answers (version {version})', question: 'Question', answer: 'Answer', reason: 'Reason',
      exclude: 'Exclude', include: 'Include again', close: 'Close', reasonNeeded: 'Give a reason first.',
    },
  },
  'zh-CN': {
    browse: {
      open: '答卷', title: '答卷', includeExcluded: '显示已剔除', show: '显示', more: '更多', none: '此期间没有答卷。',
      completed: '完成时间', version: '版本', status: '状态', excluded: '已剔除', counted: '计入统计', view: '查看',
      answers: '回答（第 {version} 版）', question: '题目', answer: '回答', reason: '原因',
      exclude: '剔除', include: '恢复计入', close: '关闭', reasonNeeded: '请先填写原因。',
    },
  },
  uk: {
    browse: {
      open: 'Відповіді', title: 'Відповіді', includeExcluded: 'Показати виключені', show: 'Показати', more: 'Ще', none: 'За цей період відповідей немає.',
      completed: 'Заповнено', version: 'Версія', status: 'Стан', excluded: 'Виключено', counted: 'Враховано', view: 'Відкрити',
      answers: 'Відповіді (версія {version})', question: 'Питання', answer: 'Відповідь', reason: 'Причина',
      exclude: 'Виключити', include: 'Повернути', close: 'Закрити', reasonNeeded: 'Спершу вкажіть причину.',
    },
  },
};
