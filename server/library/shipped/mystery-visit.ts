import { comment, loc, matrix, model, node, NOT_APPLICABLE, page, rowsOf, survey } from './build.js';
import type { Row, ShippedTemplate, Text } from './build.js';

const image: Row[] = [
  {
    value: 'signage',
    text: {
      en: 'Signage and notices are complete and current',
      zh: '标识及公示信息齐全有效',
      uk: 'Вивіски й оголошення повні та актуальні',
    },
  },
  {
    value: 'tidy',
    text: {
      en: 'The service area is clean and tidy',
      zh: '营业场所整洁有序',
      uk: 'Зона обслуговування чиста й охайна',
    },
  },
  {
    value: 'dress',
    text: { en: 'Staff wear uniform and badge', zh: '员工着装规范并佩戴工牌', uk: 'Працівники у формі та з бейджем' },
  },
];

const attitude: Row[] = [
  {
    value: 'greeting',
    text: { en: 'The customer is greeted at once', zh: '主动迎接问候客户', uk: 'Клієнта одразу вітають' },
  },
  {
    value: 'courtesy',
    text: {
      en: 'Staff are courteous throughout',
      zh: '服务过程礼貌热情',
      uk: 'Працівники ввічливі від початку до кінця',
    },
  },
  { value: 'farewell', text: { en: 'The customer is seen off', zh: '主动道别送客', uk: 'Клієнта проводжають' } },
];

const skill: Row[] = [
  {
    value: 'knowledge',
    text: { en: 'The product is explained correctly', zh: '产品讲解准确', uk: 'Продукт пояснено правильно' },
  },
  {
    value: 'process',
    text: {
      en: 'The claim process is explained correctly',
      zh: '理赔流程讲解准确',
      uk: 'Процедуру відшкодування пояснено правильно',
    },
  },
  {
    value: 'risks',
    text: { en: 'Exclusions and risks are disclosed', zh: '如实告知免责条款与风险', uk: 'Розкрито винятки та ризики' },
  },
];

const timeliness: Row[] = [
  {
    value: 'wait',
    text: { en: 'The wait was within the standard', zh: '等候时间符合标准', uk: 'Очікування в межах норми' },
  },
  {
    value: 'handling',
    text: {
      en: 'The business was handled within the standard time',
      zh: '业务办理时限符合标准',
      uk: 'Справу вирішено в нормативний час',
    },
  },
];

const violations: Row[] = [
  {
    value: 'misleading',
    text: { en: 'Misleading sales talk', zh: '销售误导', uk: 'Оманливі твердження під час продажу' },
  },
  {
    value: 'refusal',
    text: {
      en: 'Refusing or delaying a claim without reason',
      zh: '无理拒赔或拖赔',
      uk: 'Безпідставна відмова чи затримка виплати',
    },
  },
  { value: 'fees', text: { en: 'Asking for fees not due', zh: '违规收取费用', uk: 'Вимагання неналежних платежів' } },
];

/** A violation scores 0, none 100: each row is a check the inspector ticks. */
function checks(name: string, title: Text, rows: Row[]) {
  return {
    type: 'matrix',
    name,
    title: loc(title),
    columns: [
      { value: 0, text: loc({ en: 'Found', zh: '存在', uk: 'Виявлено' }) },
      { value: 1, text: loc({ en: 'Not found', zh: '不存在', uk: 'Не виявлено' }) },
      { value: 'na', text: loc(NOT_APPLICABLE) },
    ],
    rows: rows.map((r) => ({ value: r.value, text: loc(r.text) })),
  };
}

const leaf = (key: string, label: Text, question: string, rows: Row[], weight = 1) =>
  node(key, 'INSPECTION', label, { weight, items: rowsOf(question, rows) });

export const mysteryVisit: ShippedTemplate = {
  key: 'insurer-mystery-visit',
  title: { en: 'Mystery visit scoring sheet', zh: '服务暗访检查指标评分表', uk: 'Оціночний лист таємного візиту' },
  category: 'Inspections',
  tags: ['insurance', 'inspection', 'mystery shopping', 'field work'],
  description:
    'From an insurer’s service-quality supervision framework: the inspection scoring sheet a mystery shopper or ' +
    'inspector fills about an outlet and its staff (service image, attitude, skill, timeliness, violations). Use it ' +
    'as the scoring sheet of a field-work plan; its model binds INSPECTION leaves, so visits never mix with client ' +
    'responses.',
  survey: survey(
    { en: 'Mystery visit', zh: '服务暗访', uk: 'Таємний візит' },
    {
      en: 'Fill in during or right after the visit. Mark anything you could not observe as "does not apply".',
      zh: '请在暗访过程中或结束后立即填写，无法观察的项目选择“不适用”。',
      uk: 'Заповніть під час або одразу після візиту. Те, чого не вдалося побачити, позначте «Не стосується».',
    },
    [
      page('sheet', { en: 'Scoring sheet', zh: '评分表', uk: 'Оціночний лист' }, [
        matrix('image', { en: 'Service image', zh: '服务形象', uk: 'Імідж обслуговування' }, image),
        matrix('attitude', { en: 'Service attitude', zh: '服务态度', uk: 'Ставлення до клієнта' }, attitude),
        matrix('skill', { en: 'Service skill', zh: '服务技能', uk: 'Професійні навички' }, skill),
        matrix('timeliness', { en: 'Timeliness', zh: '服务时效', uk: 'Своєчасність' }, timeliness),
        checks('violations', { en: 'Violations', zh: '违规行为', uk: 'Порушення' }, violations),
        comment('findings', { en: 'What you observed', zh: '暗访情况说明', uk: 'Що ви побачили' }),
      ]),
    ],
  ),
  model: model(
    node(
      'index',
      'INDEX',
      { en: 'Mystery visit score', zh: '暗访检查得分', uk: 'Оцінка таємного візиту' },
      {
        children: [
          leaf('image', { en: 'Service image', zh: '服务形象', uk: 'Імідж обслуговування' }, 'image', image),
          leaf(
            'attitude',
            { en: 'Service attitude', zh: '服务态度', uk: 'Ставлення до клієнта' },
            'attitude',
            attitude,
            2,
          ),
          leaf('skill', { en: 'Service skill', zh: '服务技能', uk: 'Професійні навички' }, 'skill', skill, 2),
          leaf('timeliness', { en: 'Timeliness', zh: '服务时效', uk: 'Своєчасність' }, 'timeliness', timeliness),
          leaf(
            'violations',
            { en: 'No violations', zh: '无违规行为', uk: 'Без порушень' },
            'violations',
            violations,
            2,
          ),
        ],
      },
    ),
    5,
  ),
};
