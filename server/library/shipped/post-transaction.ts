import { bind, comment, matrix, model, node, page, rating, survey } from './build.js';
import type { Row, ShippedTemplate, Text } from './build.js';

// The seven drivers of the US OMB Circular A-11 §280 post-transaction questions, one statement each.
const drivers: (Row & { label: Text })[] = [
  {
    value: 'satisfaction',
    label: { en: 'Satisfaction', zh: '满意度', uk: 'Задоволеність' },
    text: {
      en: 'I am satisfied with the service I received',
      zh: '我对获得的服务感到满意',
      uk: 'Я задоволений отриманою послугою',
    },
  },
  {
    value: 'trust',
    label: { en: 'Trust', zh: '信任', uk: 'Довіра' },
    text: {
      en: 'This interaction increased my confidence in this agency',
      zh: '这次经历增强了我对本机构的信任',
      uk: 'Ця взаємодія посилила мою довіру до установи',
    },
  },
  {
    value: 'effectiveness',
    label: { en: 'Effectiveness', zh: '有效性', uk: 'Результативність' },
    text: { en: 'My need was addressed', zh: '我的需求得到了解决', uk: 'Мою потребу задоволено' },
  },
  {
    value: 'ease',
    label: { en: 'Ease', zh: '便捷', uk: 'Простота' },
    text: {
      en: 'It was easy to complete what I needed to do',
      zh: '办理过程很容易',
      uk: 'Було легко зробити те, що мені потрібно',
    },
  },
  {
    value: 'efficiency',
    label: { en: 'Efficiency', zh: '效率', uk: 'Ефективність' },
    text: { en: 'It took a reasonable amount of time', zh: '所用时间合理', uk: 'Це зайняло розумний час' },
  },
  {
    value: 'transparency',
    label: { en: 'Transparency', zh: '透明', uk: 'Прозорість' },
    text: {
      en: 'I understood what was being asked of me throughout the process',
      zh: '整个过程中我清楚需要做什么',
      uk: 'Протягом усього процесу я розумів, що від мене вимагається',
    },
  },
  {
    value: 'helpfulness',
    label: { en: 'Employee helpfulness', zh: '员工帮助', uk: 'Допомога працівників' },
    text: {
      en: 'Employees I interacted with were helpful',
      zh: '接待我的工作人员乐于助人',
      uk: 'Працівники, з якими я спілкувався, допомагали',
    },
  },
];

export const postTransaction: ShippedTemplate = {
  key: 'post-transaction-a11',
  title: {
    en: 'Post-transaction survey (A-11 drivers)',
    zh: '办事后即时评价（A-11 驱动因素）',
    uk: 'Опитування після послуги (чинники A-11)',
  },
  category: 'Public services',
  tags: ['public service', 'post-transaction', 'A-11', 'short'],
  description:
    'A short survey right after a transaction, in the style of the US OMB Circular A-11 §280 customer-experience ' +
    'drivers: satisfaction, trust, effectiveness, ease, efficiency, transparency and employee helpfulness, each a ' +
    '5-point agreement statement, plus an open comment. Suits counters, kiosks, SMS and web links.',
  survey: survey(
    { en: 'Tell us about today', zh: '请评价本次办事', uk: 'Розкажіть про сьогоднішній візит' },
    { en: 'Seven statements, one minute.', zh: '七个问题，一分钟完成。', uk: 'Сім тверджень, одна хвилина.' },
    [
      page('drivers', { en: 'Your experience', zh: '您的体验', uk: 'Ваш досвід' }, [
        matrix(
          'drivers',
          { en: 'How much do you agree?', zh: '您是否同意以下说法？', uk: 'Наскільки ви погоджуєтеся?' },
          drivers,
        ),
        rating('overall', {
          en: 'Overall, how was the service?',
          zh: '总体而言服务如何？',
          uk: 'Загалом, яким було обслуговування?',
        }),
        comment('comment', {
          en: 'What else should we know?',
          zh: '您还有什么想告诉我们的？',
          uk: 'Що ще нам варто знати?',
        }),
      ]),
    ],
  ),
  model: model(
    node(
      'index',
      'INDEX',
      { en: 'Customer experience index', zh: '客户体验指数', uk: 'Індекс клієнтського досвіду' },
      {
        children: drivers.map((d) => node(d.value, 'SURVEY', d.label, { items: [bind('drivers', d.value)] })),
      },
    ),
  ),
};
