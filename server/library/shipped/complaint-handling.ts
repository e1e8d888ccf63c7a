import { bind, choice, comment, matrix, model, node, page, rating, rowsOf, survey } from './build.js';
import type { Row, ShippedTemplate } from './build.js';

const handling: Row[] = [
  {
    value: 'easy',
    text: { en: 'It was easy to make my complaint', zh: '投诉渠道方便', uk: 'Подати скаргу було легко' },
  },
  {
    value: 'acknowledged',
    text: { en: 'My complaint was acknowledged promptly', zh: '投诉得到及时受理', uk: 'Мою скаргу швидко прийняли' },
  },
  {
    value: 'informed',
    text: {
      en: 'I was kept informed of progress',
      zh: '及时告知处理进展',
      uk: 'Мене інформували про перебіг розгляду',
    },
  },
  {
    value: 'understood',
    text: { en: 'Staff understood my problem', zh: '工作人员理解我的问题', uk: 'Працівники зрозуміли мою проблему' },
  },
  { value: 'courteous', text: { en: 'Staff were courteous', zh: '工作人员态度友善', uk: 'Працівники були ввічливі' } },
  {
    value: 'explained',
    text: { en: 'The decision was explained clearly', zh: '处理结果解释清楚', uk: 'Рішення пояснили зрозуміло' },
  },
  { value: 'fair', text: { en: 'The outcome was fair', zh: '处理结果公平', uk: 'Результат був справедливим' } },
  {
    value: 'on_time',
    text: {
      en: 'It was resolved within the promised time',
      zh: '在承诺时限内办结',
      uk: 'Її вирішили в обіцяний строк',
    },
  },
];

const resolved: Row[] = [
  { value: 'yes', text: { en: 'Yes', zh: '是', uk: 'Так' } },
  { value: 'partly', text: { en: 'Partly', zh: '部分解决', uk: 'Частково' } },
  { value: 'no', text: { en: 'No', zh: '否', uk: 'Ні' } },
];

export const complaintHandling: ShippedTemplate = {
  key: 'complaint-handling-satisfaction',
  title: { en: 'Complaint-handling satisfaction', zh: '投诉处理满意度回访', uk: 'Задоволеність розглядом скарги' },
  category: 'Complaints',
  tags: ['complaints', 'follow-up', 'ISO 10002'],
  description:
    'The survey sent when a complaint case closes (an event rule on complaint_closed, within 5 working days): how ' +
    'the complaint was taken up, kept informed, understood, decided and explained, whether it was resolved, and ' +
    'the overall satisfaction with the handling, which the case shows. Anchored on the social-security complaint ' +
    'workflow and ISO 10002.',
  survey: survey(
    { en: 'How we handled your complaint', zh: '投诉处理回访', uk: 'Як ми розглянули вашу скаргу' },
    {
      en: 'Your complaint was closed recently. Please tell us how we handled it.',
      zh: '您的投诉已办结，请评价我们的处理情况。',
      uk: 'Вашу скаргу нещодавно закрили. Розкажіть, будь ласка, як ми її розглянули.',
    },
    [
      page('handling', { en: 'The handling', zh: '处理过程', uk: 'Розгляд' }, [
        matrix(
          'handling',
          { en: 'How much do you agree?', zh: '您是否同意以下说法？', uk: 'Наскільки ви погоджуєтеся?' },
          handling,
        ),
        choice(
          'resolved',
          { en: 'Was your problem resolved?', zh: '您的问题是否得到解决？', uk: 'Чи вирішено вашу проблему?' },
          resolved,
        ),
        rating('overall', {
          en: 'Overall, how satisfied are you with how we handled your complaint?',
          zh: '总体而言，您对投诉处理是否满意？',
          uk: 'Загалом, наскільки ви задоволені розглядом скарги?',
        }),
        comment('comment', {
          en: 'What could we have done better?',
          zh: '我们还可以怎样改进？',
          uk: 'Що ми могли зробити краще?',
        }),
      ]),
    ],
  ),
  model: model(
    node(
      'index',
      'INDEX',
      { en: 'Complaint-handling satisfaction', zh: '投诉处理满意度', uk: 'Задоволеність розглядом скарг' },
      {
        children: [
          node(
            'process',
            'SURVEY',
            { en: 'The handling', zh: '处理过程', uk: 'Розгляд' },
            { items: rowsOf('handling', handling) },
          ),
          node(
            'resolved',
            'SURVEY',
            { en: 'Resolved', zh: '问题解决', uk: 'Вирішено' },
            {
              items: [
                bind('resolved', undefined, {
                  notApplicable: [],
                  valueScores: [
                    { value: 'yes', score: 2 },
                    { value: 'partly', score: 1 },
                    { value: 'no', score: 0 },
                  ],
                }),
              ],
            },
          ),
          node(
            'overall',
            'SURVEY',
            { en: 'Overall satisfaction', zh: '总体满意度', uk: 'Загальна задоволеність' },
            {
              weight: 2,
              items: [bind('overall', undefined, { notApplicable: [] })],
            },
          ),
        ],
      },
    ),
    10,
  ),
};
