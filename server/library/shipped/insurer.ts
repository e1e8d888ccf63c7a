import { bind, choice, comment, matrix, model, node, page, rating, rowsOf, survey } from './build.js';
import type { Row, ShippedTemplate } from './build.js';

const claim: Row[] = [
  {
    value: 'speed',
    text: { en: 'How quickly the claim was paid', zh: '理赔款到账速度', uk: 'Як швидко виплатили відшкодування' },
  },
  { value: 'amount', text: { en: 'How the amount was explained', zh: '赔付金额的解释', uk: 'Як пояснили суму' } },
  {
    value: 'documents',
    text: { en: 'The documents asked of me', zh: '所需材料的简便程度', uk: 'Документи, які в мене вимагали' },
  },
  { value: 'attitude', text: { en: 'The staff’s attitude', zh: '工作人员的服务态度', uk: 'Ставлення працівників' } },
];

const complaint: Row[] = [
  {
    value: 'acknowledged',
    text: { en: 'How quickly my complaint was taken up', zh: '投诉受理速度', uk: 'Як швидко прийняли мою скаргу' },
  },
  { value: 'informed', text: { en: 'How I was kept informed', zh: '处理进展的告知', uk: 'Як мене інформували' } },
  { value: 'outcome', text: { en: 'The outcome', zh: '处理结果', uk: 'Результат' } },
];

const survey_: Row[] = [
  {
    value: 'arrival',
    text: {
      en: 'How soon the loss adjuster came',
      zh: '查勘员到达现场的速度',
      uk: 'Як швидко прибув аварійний комісар',
    },
  },
  {
    value: 'explained',
    text: { en: 'How the next steps were explained', zh: '对后续流程的说明', uk: 'Як пояснили подальші кроки' },
  },
  {
    value: 'professional',
    text: { en: 'The adjuster’s professionalism', zh: '查勘员的专业水平', uk: 'Професійність комісара' },
  },
];

const step: Row[] = [
  { value: 'claim_paid', text: { en: 'A claim was paid', zh: '理赔支付', uk: 'Виплата відшкодування' } },
  { value: 'complaint_closed', text: { en: 'A complaint was closed', zh: '投诉办结', uk: 'Закриття скарги' } },
  { value: 'loss_survey_done', text: { en: 'A loss was surveyed', zh: '查勘定损', uk: 'Огляд збитку' } },
];

const when = (value: string) => ({ visibleIf: `{service_step} = '${value}'` });

export const insurerFollowUps: ShippedTemplate = {
  key: 'insurer-service-follow-ups',
  title: { en: 'Insurer service follow-ups', zh: '保险服务回访', uk: 'Зворотний зв’язок страховика' },
  category: 'Insurance',
  tags: ['insurance', 'follow-up', 'service events'],
  description:
    'From an insurer’s customer-satisfaction survey guideline: the follow-up after a claim is paid, a complaint ' +
    'is closed or a loss survey is done, scored in the guideline’s bands (90–100 very satisfied … below 60 ' +
    'unqualified). Send it with event rules: claim_paid within 5 working days of payment, complaint_closed within ' +
    '5 working days of closing, loss_survey_done the same day; the follow-up-rate target is 100%. The event ' +
    'sets service_step.',
  survey: survey(
    { en: 'How did we do?', zh: '服务回访', uk: 'Як ми впоралися?' },
    {
      en: 'A few questions about what we just did for you.',
      zh: '请您对我们刚刚提供的服务做出评价。',
      uk: 'Кілька запитань про те, що ми щойно для вас зробили.',
    },
    [
      page('service', { en: 'Our service', zh: '服务评价', uk: 'Наше обслуговування' }, [
        choice('service_step', { en: 'We are asking about', zh: '本次回访的业务', uk: 'Ми запитуємо про' }, step),
        {
          ...matrix('claim', { en: 'Your claim', zh: '理赔服务', uk: 'Ваше відшкодування' }, claim, 'satisfied'),
          ...when('claim_paid'),
        },
        {
          ...matrix('complaint', { en: 'Your complaint', zh: '投诉处理', uk: 'Ваша скарга' }, complaint, 'satisfied'),
          ...when('complaint_closed'),
        },
        {
          ...matrix('loss_survey', { en: 'The loss survey', zh: '查勘服务', uk: 'Огляд збитку' }, survey_, 'satisfied'),
          ...when('loss_survey_done'),
        },
        rating('overall', {
          en: 'Overall, how satisfied are you?',
          zh: '总体而言，您是否满意？',
          uk: 'Загалом, наскільки ви задоволені?',
        }),
        comment('suggestion', {
          en: 'Anything we should do better?',
          zh: '您还有什么意见或建议？',
          uk: 'Що нам зробити краще?',
        }),
      ]),
    ],
  ),
  model: model(
    node(
      'index',
      'INDEX',
      { en: 'Service follow-up index', zh: '服务回访满意度指数', uk: 'Індекс зворотного зв’язку' },
      {
        children: [
          node(
            'claim',
            'SURVEY',
            { en: 'Claim payment', zh: '理赔支付', uk: 'Виплата відшкодування' },
            { items: rowsOf('claim', claim) },
          ),
          node(
            'complaint',
            'SURVEY',
            { en: 'Complaint handling', zh: '投诉处理', uk: 'Розгляд скарг' },
            {
              items: rowsOf('complaint', complaint),
            },
          ),
          node(
            'loss_survey',
            'SURVEY',
            { en: 'Loss survey', zh: '查勘定损', uk: 'Огляд збитку' },
            {
              items: rowsOf('loss_survey', survey_),
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
  ),
};
