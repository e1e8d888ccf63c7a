import {
  bind,
  choice,
  comment,
  matrix,
  model,
  node,
  page,
  rowsOf,
  survey,
  type Row,
  type ShippedTemplate,
} from './build.js';

const speed: Row[] = [
  { value: 'received', text: { en: 'How quickly I was received', zh: '接待我的速度', uk: 'Як швидко мене прийняли' } },
  {
    value: 'accepted',
    text: { en: 'How quickly my request was accepted', zh: '受理我的申请的速度', uk: 'Як швидко прийняли мою заяву' },
  },
  {
    value: 'finished',
    text: {
      en: 'The time it took to finish the procedure',
      zh: '办完手续所用的时间',
      uk: 'Час, за який завершили процедуру',
    },
  },
  {
    value: 'paid',
    text: { en: 'How quickly the benefit was paid', zh: '待遇支付的速度', uk: 'Як швидко виплатили допомогу' },
  },
];

const effectiveness: Row[] = [
  {
    value: 'correct',
    text: { en: 'My benefit was computed correctly', zh: '我的待遇计算准确', uk: 'Мою допомогу розраховано правильно' },
  },
  {
    value: 'records',
    text: { en: 'My records are transparent to me', zh: '我的记录公开透明', uk: 'Мої записи для мене прозорі' },
  },
  {
    value: 'rechecks',
    text: { en: 'Eligibility re-checks are reliable', zh: '资格复核可靠', uk: 'Повторні перевірки права надійні' },
  },
  {
    value: 'nothing_left',
    text: {
      en: 'Afterwards, nothing was left for me to do',
      zh: '办理后我无需再做其他事情',
      uk: 'Після цього мені нічого не залишилося робити',
    },
  },
];

const proximity: Row[] = [
  {
    value: 'reach',
    text: { en: 'The office is easy to reach', zh: '办事地点交通便利', uk: 'До установи легко дістатися' },
  },
  { value: 'hours', text: { en: 'The opening hours suit me', zh: '办公时间方便', uk: 'Години роботи мені зручні' } },
  {
    value: 'remote',
    text: {
      en: 'I can deal with my matter by phone or online',
      zh: '可以通过电话或网上办理',
      uk: 'Я можу вирішити справу телефоном або онлайн',
    },
  },
  {
    value: 'employer_registration',
    text: {
      en: 'Registering as an employer was easy',
      zh: '用人单位登记很方便',
      uk: 'Зареєструватися як роботодавець було легко',
    },
  },
];

const equalTreatment: Row[] = [
  {
    value: 'same',
    text: {
      en: 'I was treated like any other client',
      zh: '我得到了与其他人同等的对待',
      uk: 'До мене ставилися як до будь-кого іншого',
    },
  },
  {
    value: 'knowledge',
    text: { en: 'The staff knew the rules well', zh: '工作人员熟悉政策规定', uk: 'Працівники добре знали правила' },
  },
  {
    value: 'respect',
    text: {
      en: 'The staff treated me with respect',
      zh: '工作人员尊重我',
      uk: 'Працівники ставилися до мене з повагою',
    },
  },
];

const category: Row[] = [
  { value: 'insured', text: { en: 'Insured person', zh: '参保人', uk: 'Застрахована особа' } },
  { value: 'beneficiary', text: { en: 'Beneficiary', zh: '待遇领取人', uk: 'Отримувач допомоги' } },
  { value: 'employer', text: { en: 'Employer', zh: '用人单位', uk: 'Роботодавець' } },
];

const situation: Row[] = [
  { value: 'first_visit', text: { en: 'First visit', zh: '首次来访', uk: 'Перший візит' } },
  { value: 'registration', text: { en: 'Registration', zh: '登记', uk: 'Реєстрація' } },
  {
    value: 'contributions_or_claim',
    text: {
      en: 'Paying contributions or claiming a benefit',
      zh: '缴费或申领待遇',
      uk: 'Сплата внесків або заява на допомогу',
    },
  },
  {
    value: 'after_payment',
    text: { en: 'After the benefit was paid', zh: '待遇支付之后', uk: 'Після виплати допомоги' },
  },
];

export const socialSecurity: ShippedTemplate = {
  key: 'social-security-client-satisfaction',
  title: {
    en: 'Social-security client satisfaction',
    zh: '社会保障服务对象满意度',
    uk: 'Задоволеність клієнтів соцзахисту',
  },
  category: 'Social security',
  tags: ['social security', 'four parameters', 'index'],
  description:
    'From a social-security training deck: the four parameters (proximity, equal treatment, professionalism, ' +
    'continuous improvement) and an overall index built from client orientation, effectiveness and speed. ' +
    'Asks the client category (insured person, beneficiary, employer) and service situation. Its METRIC ' +
    'leaves read administrative statistics: declare offices_per_100k, trained_staff_share, complaints_per_1000 ' +
    'and rejection_rate in your organisation before publishing the model.',
  survey: survey(
    { en: 'How was our service?', zh: '您对我们的服务满意吗？', uk: 'Як вам наше обслуговування?' },
    {
      en: 'Five minutes about your last contact with us. Your answers are confidential.',
      zh: '请花五分钟评价您最近一次办事的体验，您的回答将被保密。',
      uk: "П'ять хвилин про ваше останнє звернення до нас. Ваші відповіді конфіденційні.",
    },
    [
      page('about', { en: 'About your visit', zh: '关于您的办事', uk: 'Про ваше звернення' }, [
        choice('client_category', { en: 'You are', zh: '您的身份', uk: 'Ви' }, category),
        choice(
          'service_situation',
          { en: 'What did you come for?', zh: '您办理的业务', uk: 'З якою метою ви звернулися?' },
          situation,
        ),
      ]),
      page('experience', { en: 'Your experience', zh: '您的体验', uk: 'Ваш досвід' }, [
        matrix(
          'speed',
          { en: 'How satisfied are you with…', zh: '您对以下方面的满意程度', uk: 'Наскільки ви задоволені…' },
          speed,
          'satisfied',
        ),
        matrix(
          'effectiveness',
          { en: 'Did you get the result you expected?', zh: '办理结果', uk: 'Чи отримали ви очікуваний результат?' },
          effectiveness,
        ),
        matrix('proximity', { en: 'Reaching us', zh: '办事便利', uk: 'Доступність' }, proximity),
        matrix(
          'equal_treatment',
          { en: 'How you were treated', zh: '服务态度与公平', uk: 'Ставлення до вас' },
          equalTreatment,
        ),
        comment('improve', {
          en: 'What should we improve first?',
          zh: '您认为我们最应改进什么？',
          uk: 'Що нам варто покращити насамперед?',
        }),
      ]),
    ],
  ),
  model: model(
    node(
      'index',
      'INDEX',
      { en: 'Overall satisfaction index', zh: '总体满意度指数', uk: 'Загальний індекс задоволеності' },
      {
        children: [
          node(
            'proximity',
            'DIMENSION',
            { en: 'Proximity and accessibility', zh: '便利可及', uk: 'Близькість і доступність' },
            {
              children: [
                node(
                  'orientation',
                  'SURVEY',
                  { en: 'Client orientation', zh: '以服务对象为中心', uk: 'Орієнтація на клієнта' },
                  {
                    weight: 3,
                    items: rowsOf('proximity', proximity),
                  },
                ),
                node(
                  'offices',
                  'METRIC',
                  { en: 'Offices per 100,000 clients', zh: '每十万人服务网点数', uk: 'Установ на 100 000 клієнтів' },
                  {
                    metricKey: 'offices_per_100k',
                  },
                ),
              ],
            },
          ),
          node(
            'equal',
            'DIMENSION',
            { en: 'Equal treatment', zh: '平等对待', uk: 'Рівне ставлення' },
            {
              children: [
                node(
                  'equal_survey',
                  'SURVEY',
                  { en: 'Treated alike', zh: '一视同仁', uk: 'Однакове ставлення' },
                  {
                    items: [bind('equal_treatment', 'same'), bind('equal_treatment', 'respect')],
                  },
                ),
              ],
            },
          ),
          node(
            'professionalism',
            'DIMENSION',
            { en: 'Professionalism', zh: '专业能力', uk: 'Професійність' },
            {
              children: [
                node(
                  'effectiveness',
                  'SURVEY',
                  { en: 'Effectiveness', zh: '办理成效', uk: 'Результативність' },
                  {
                    weight: 3,
                    items: [...rowsOf('effectiveness', effectiveness), bind('equal_treatment', 'knowledge')],
                  },
                ),
                node(
                  'trained',
                  'METRIC',
                  { en: 'Trained front-line staff', zh: '窗口人员培训率', uk: 'Навчений персонал' },
                  {
                    metricKey: 'trained_staff_share',
                  },
                ),
              ],
            },
          ),
          node(
            'speed',
            'DIMENSION',
            { en: 'Speed', zh: '办理速度', uk: 'Швидкість' },
            {
              children: [
                node(
                  'speed_survey',
                  'SURVEY',
                  { en: 'How fast', zh: '办理时效', uk: 'Як швидко' },
                  {
                    items: rowsOf('speed', speed),
                  },
                ),
              ],
            },
          ),
          node(
            'improvement',
            'DIMENSION',
            { en: 'Continuous improvement', zh: '持续改进', uk: 'Постійне вдосконалення' },
            {
              children: [
                node(
                  'complaints',
                  'METRIC',
                  { en: 'Complaints per 1,000 clients', zh: '每千人投诉数', uk: 'Скарг на 1000 клієнтів' },
                  {
                    metricKey: 'complaints_per_1000',
                  },
                ),
                node(
                  'rejections',
                  'METRIC',
                  { en: 'Rejected applications', zh: '申请驳回率', uk: 'Відхилені заяви' },
                  {
                    metricKey: 'rejection_rate',
                  },
                ),
              ],
            },
          ),
        ],
      },
    ),
  ),
  metrics: [
    { key: 'offices_per_100k', kind: 'STOCK', label: 'Offices per 100,000 clients', target: 10, worst: 2 },
    {
      key: 'trained_staff_share',
      kind: 'STOCK',
      label: 'Share of trained front-line staff',
      measurementUnit: '%',
      target: 100,
      worst: 50,
    },
    {
      key: 'complaints_per_1000',
      kind: 'FLOW',
      label: 'Complaints received',
      denominatorLabel: 'clients served, in thousands',
      target: 0,
      worst: 10,
    },
    {
      key: 'rejection_rate',
      kind: 'FLOW',
      label: 'Applications rejected',
      denominatorLabel: 'applications processed',
      target: 0,
      worst: 0.3,
    },
  ],
};
