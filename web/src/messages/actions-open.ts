/**
 * Texts of opening an action from the dashboard's unit card (unit × indicator, unit × question) and of the indicator
 * picker in the case and visit dialogs (docs/actions.md), kept apart from actions.ts.
 */
export const actionsOpen = {
  en: {
    unitCard: {
      title: 'Indicators and questions of {unit}',
      what: 'Indicator or question',
      question: 'Question',
    },
    actionSeed: {
      judgedOn: 'The action is judged on the indicator it is bound to, {indicator}:',
      source: 'Source',
      baseline: 'When found',
    },
    actionPick: {
      legend: 'Indicator to re-check',
      model: 'Indicator model',
      indicator: 'Indicator',
      none: 'No indicator',
      manual:
        'Without an indicator the re-check has nothing to measure: its verdict is "No data" and a supervisor closes the action by hand.',
      judged: 'The re-check compares this indicator over the re-check period with the period below.',
      suggested: 'Suggested: the finding’s question is scored by this indicator.',
      baseline: 'Period the problem was found in',
    },
  },
  'zh-CN': {
    unitCard: {
      title: '{unit} 的指标与题目',
      what: '指标或题目',
      question: '题目',
    },
    actionSeed: {
      judgedOn: '整改按该题目所属的指标 {indicator} 验收：',
      source: '来源',
      baseline: '发现时',
    },
    actionPick: {
      legend: '复检的指标',
      model: '指标模型',
      indicator: '指标',
      none: '不指定指标',
      manual: '不指定指标时复检无从衡量：复检结论为“无数据”，需由主管人工关闭整改任务。',
      judged: '复检将比较该指标在复检期与下述期间的得分。',
      suggested: '推荐：该不符合项的题目由此指标计分。',
      baseline: '发现问题的期间',
    },
  },
  uk: {
    unitCard: {
      title: 'Показники та питання: {unit}',
      what: 'Показник або питання',
      question: 'Питання',
    },
    actionSeed: {
      judgedOn: 'Захід оцінюють за показником, до якого прив’язане питання, {indicator}:',
      source: 'Джерело',
      baseline: 'На момент виявлення',
    },
    actionPick: {
      legend: 'Показник для повторної перевірки',
      model: 'Модель показників',
      indicator: 'Показник',
      none: 'Без показника',
      manual:
        'Без показника повторній перевірці нічого вимірювати: її висновок «Немає даних», і керівник закриває захід вручну.',
      judged: 'Повторна перевірка порівняє цей показник за період перевірки з періодом нижче.',
      suggested: 'Запропоновано: питання цієї невідповідності оцінює цей показник.',
      baseline: 'Період, у якому виявлено проблему',
    },
  },
};
