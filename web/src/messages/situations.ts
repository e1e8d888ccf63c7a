/** Texts of the service-situation list (organisation settings) and the distribution's "ask" switch. */
export const situations = {
  en: {
    situations: {
      title: 'Service situations respondents can choose',
      hint: 'A distribution that asks shows these in the runner; the code is stored on the response.',
      code: 'Code',
      label: 'Label ({language})',
      add: 'Add a situation',
      remove: 'Remove situation {code}',
      ask: 'Ask respondents their service situation',
    },
  },
  'zh-CN': {
    situations: {
      title: '受访者可选择的服务情形',
      hint: '设置为询问的分发会在答卷页面显示这些选项；答卷保存其代码。',
      code: '代码',
      label: '名称（{language}）',
      add: '添加情形',
      remove: '删除情形 {code}',
      ask: '询问受访者的服务情形',
    },
  },
  uk: {
    situations: {
      title: 'Ситуації обслуговування, з яких обирають респонденти',
      hint: 'Розповсюдження, яке запитує, показує їх в опитуванні; у відповіді зберігається код.',
      code: 'Код',
      label: 'Назва ({language})',
      add: 'Додати ситуацію',
      remove: 'Вилучити ситуацію {code}',
      ask: 'Запитувати респондентів про ситуацію обслуговування',
    },
  },
};
