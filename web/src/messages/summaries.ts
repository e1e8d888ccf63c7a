/** Per-question summaries of a questionnaire (no model needed). */
export const summaries = {
  en: {
    samples: {
      belowMinimum: 'Fewer than {min} responses, the model’s minimum: read this score with care.', empty: 'No responses in this period.', withheld: 'withheld',
    },
    summaries: {
      open: 'Results by question', title: 'Results by question', show: 'Show', empty: 'No responses in this period.',
      responses: '{count} responses', answered: 'n = {count}', mean: 'Mean {value}', top2: 'Top-2-box {value} %', nps: 'NPS {value}',
      noTexts: 'No text answers.', latestTexts: 'The latest {count} answers.', count: 'Answers',
    },
  },
  'zh-CN': {
    samples: {
      belowMinimum: '答卷少于指标体系要求的 {min} 份：此得分仅供参考。', empty: '此期间没有答卷。', withheld: '不予显示',
    },
    summaries: {
      open: '按题目查看结果', title: '按题目查看结果', show: '显示', empty: '此期间没有答卷。',
      responses: '{count} 份答卷', answered: '作答 {count} 份', mean: '平均分 {value}', top2: '前两项占比 {value}%', nps: '净推荐值 {value}',
      noTexts: '没有文字回答。', latestTexts: '最近 {count} 条回答。', count: '回答数',
    },
  },
  uk: {
    samples: {
      belowMinimum: 'Менше ніж {min} відповідей, мінімум системи показників: оцінюйте цей бал обережно.', empty: 'За цей період відповідей немає.', withheld: 'приховано',
    },
    summaries: {
      open: 'Результати за питаннями', title: 'Результати за питаннями', show: 'Показати', empty: 'За цей період відповідей немає.',
      responses: 'Відповідей: {count}', answered: 'n = {count}', mean: 'Середнє {value}', top2: 'Два верхні бали {value} %', nps: 'NPS {value}',
      noTexts: 'Текстових відповідей немає.', latestTexts: 'Останні відповіді: {count}.', count: 'Відповіді',
    },
  },
};
