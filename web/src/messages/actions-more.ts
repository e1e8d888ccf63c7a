/**
 * More texts of the rectification pages (web/src/actions), kept apart from actions.ts: the re-check reasons
 * written from their code and numbers (docs/actions.md "Re-check"), and opening an action from a case or a visit.
 */
export const actionsMore = {
  en: {
    actionReason: {
      NO_INDICATOR: 'The action names no indicator: there is nothing to re-check.',
      FEW_BEFORE: 'Only {n} responses before the action; the model needs {min}.',
      FEW_AFTER: 'Only {n} responses over the re-check period; the model needs {min}.',
      NO_VALUE_BEFORE: 'No value of the metric in the period before the action.',
      NO_VALUE_AFTER: 'No value of the metric over the re-check period.',
      METRIC_REACHED: 'The value is {after}, reaching the target of {target} (it was {before}).',
      METRIC_SHORT: 'The value is {after}, short of the target of {target} (it was {before}).',
      TARGET_REACHED: '{change}: {wanted} reached.',
      SHORT_OF_TARGET: '{change}: short of {wanted}.',
      NOT_SIGNIFICANT: '{change}: {wanted} reached, but the rise is not significant.',
      change: '{before} → {after} (Δ {delta})',
      wanted: {
        SCORE_RISE: 'a rise of {value} points',
        SCORE_REACH: 'a score of {value}',
      },
    },
    actionOrigin: {
      open: 'Open an action',
      fromCase: 'Case {number}',
      fromVisit: 'Visit finding: {item}',
      back: 'Where it came from',
      opened: 'The action was opened.',
    },
  },
  'zh-CN': {
    actionReason: {
      NO_INDICATOR: '该整改任务未指定指标，无可复检内容。',
      FEW_BEFORE: '整改前仅有 {n} 份答卷，模型要求至少 {min} 份。',
      FEW_AFTER: '复检期内仅有 {n} 份答卷，模型要求至少 {min} 份。',
      NO_VALUE_BEFORE: '整改前的期间内没有该指标值。',
      NO_VALUE_AFTER: '复检期内没有该指标值。',
      METRIC_REACHED: '指标值为 {after}，达到目标值 {target}（整改前为 {before}）。',
      METRIC_SHORT: '指标值为 {after}，未达到目标值 {target}（整改前为 {before}）。',
      TARGET_REACHED: '{change}：已达到{wanted}。',
      SHORT_OF_TARGET: '{change}：未达到{wanted}。',
      NOT_SIGNIFICANT: '{change}：已达到{wanted}，但提升不显著。',
      change: '{before} → {after}（Δ {delta}）',
      wanted: {
        SCORE_RISE: '提升 {value} 分的目标',
        SCORE_REACH: '得分 {value} 的目标',
      },
    },
    actionOrigin: {
      open: '发起整改',
      fromCase: '工单 {number}',
      fromVisit: '检查不符合项：{item}',
      back: '来源',
      opened: '整改任务已发起。',
    },
  },
  uk: {
    actionReason: {
      NO_INDICATOR: 'Захід не називає показника: повторно перевіряти нічого.',
      FEW_BEFORE: 'До заходу лише {n} відповідей; модель вимагає {min}.',
      FEW_AFTER: 'За період повторної перевірки лише {n} відповідей; модель вимагає {min}.',
      NO_VALUE_BEFORE: 'Показник не має значення в період до заходу.',
      NO_VALUE_AFTER: 'Показник не має значення за період повторної перевірки.',
      METRIC_REACHED: 'Значення {after} досягає цілі {target} (було {before}).',
      METRIC_SHORT: 'Значення {after} не досягає цілі {target} (було {before}).',
      TARGET_REACHED: '{change}: {wanted} досягнуто.',
      SHORT_OF_TARGET: '{change}: {wanted} не досягнуто.',
      NOT_SIGNIFICANT: '{change}: {wanted} досягнуто, але зростання не є значущим.',
      change: '{before} → {after} (Δ {delta})',
      wanted: {
        SCORE_RISE: 'зростання на {value} бала',
        SCORE_REACH: 'бал {value}',
      },
    },
    actionOrigin: {
      open: 'Відкрити захід',
      fromCase: 'Звернення {number}',
      fromVisit: 'Невідповідність візиту: {item}',
      back: 'Звідки захід',
      opened: 'Захід відкрито.',
    },
  },
};
