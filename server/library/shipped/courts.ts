import { bind, choice, comment, matrix, model, node, page, recommend, rowsOf, survey } from './build.js';
import type { Row, ShippedTemplate, Text } from './build.js';

// One aspect per item, neutral wording, nothing that asks the user to remember much (the courts' deck).
const tangibles: Row[] = [
  { value: 'clean', text: { en: 'The building is clean', zh: '法院环境整洁', uk: 'Приміщення суду чисте' } },
  {
    value: 'signage',
    text: { en: 'Signs made it easy to find my way', zh: '指示标识清楚', uk: 'Вказівники допомогли знайти дорогу' },
  },
  {
    value: 'courtroom',
    text: { en: 'The courtroom was easy to get to', zh: '法庭容易到达', uk: 'До зали засідань було легко дістатися' },
  },
  {
    value: 'information',
    text: {
      en: 'Information I needed was on display',
      zh: '所需信息公开张贴',
      uk: 'Потрібна інформація була на видноті',
    },
  },
];

const reliability: Row[] = [
  {
    value: 'competent',
    text: { en: 'Court staff are competent', zh: '工作人员业务熟练', uk: 'Працівники суду компетентні' },
  },
  {
    value: 'prepared',
    text: { en: 'Court staff were prepared', zh: '工作人员准备充分', uk: 'Працівники суду були підготовлені' },
  },
  {
    value: 'exact',
    text: {
      en: 'The information I was given was exact',
      zh: '告知的信息准确',
      uk: 'Надана мені інформація була точною',
    },
  },
  {
    value: 'transparent',
    text: { en: 'The procedure was transparent', zh: '程序公开透明', uk: 'Процедура була прозорою' },
  },
];

const responsiveness: Row[] = [
  {
    value: 'polite',
    text: {
      en: 'Court staff are polite and professional',
      zh: '工作人员礼貌且专业',
      uk: 'Працівники суду ввічливі та професійні',
    },
  },
  {
    value: 'phone',
    text: { en: 'Staff were courteous on the phone', zh: '电话接待有礼貌', uk: 'Працівники були ввічливі телефоном' },
  },
  { value: 'timely', text: { en: 'My hearing started on time', zh: '庭审准时开始', uk: 'Засідання почалося вчасно' } },
  {
    value: 'willing',
    text: {
      en: 'Staff were willing to answer my questions',
      zh: '工作人员乐于解答问题',
      uk: 'Працівники охоче відповідали на запитання',
    },
  },
];

const access: Row[] = [
  {
    value: 'contact',
    text: {
      en: 'The court is easy to reach by phone or e-mail',
      zh: '电话或邮件容易联系',
      uk: 'До суду легко звернутися телефоном чи поштою',
    },
  },
  {
    value: 'portal',
    text: {
      en: 'The web portal has what I need',
      zh: '网上平台能满足需要',
      uk: 'На вебпорталі є те, що мені потрібно',
    },
  },
  {
    value: 'forms',
    text: {
      en: 'Forms and instructions are understandable',
      zh: '表格和须知易于理解',
      uk: 'Бланки та інструкції зрозумілі',
    },
  },
  {
    value: 'disabled',
    text: {
      en: 'The court is accessible for people with disabilities',
      zh: '方便残障人士',
      uk: 'Суд доступний для людей з інвалідністю',
    },
  },
];

const empathy: Row[] = [
  { value: 'listened', text: { en: 'Staff listened to me', zh: '工作人员认真倾听', uk: 'Працівники мене вислухали' } },
  {
    value: 'need',
    text: {
      en: 'Staff helped me state what I needed',
      zh: '工作人员帮助我说明诉求',
      uk: 'Працівники допомогли сформулювати потребу',
    },
  },
  {
    value: 'errors',
    text: {
      en: 'Staff helped me avoid mistakes',
      zh: '工作人员帮助我避免出错',
      uk: 'Працівники допомогли уникнути помилок',
    },
  },
  {
    value: 'complaints',
    text: { en: 'The court is open to complaints', zh: '法院乐于接受意见', uk: 'Суд відкритий до скарг' },
  },
];

/** The "5 P" factors, one item each. */
const fiveP: Row[] = [
  {
    value: 'policy',
    text: {
      en: 'Policy: the court’s rules are fair',
      zh: '政策：法院规则公平',
      uk: 'Політика: правила суду справедливі',
    },
  },
  {
    value: 'processes',
    text: {
      en: 'Processes: procedures run smoothly',
      zh: '流程：程序顺畅',
      uk: 'Процеси: процедури відбуваються злагоджено',
    },
  },
  {
    value: 'people',
    text: {
      en: 'People: staff serve users well',
      zh: '人员：工作人员服务良好',
      uk: 'Люди: працівники добре обслуговують',
    },
  },
  {
    value: 'premises',
    text: {
      en: 'Premises: the building serves users well',
      zh: '场所：设施方便使用',
      uk: 'Приміщення: будівля зручна для відвідувачів',
    },
  },
  {
    value: 'product',
    text: {
      en: 'Product: decisions are clear to me',
      zh: '结果：裁判文书清楚明了',
      uk: 'Продукт: рішення мені зрозумілі',
    },
  },
];

/** The GAP block: the same aspects asked as expected and as experienced. */
const gap: Row[] = [
  { value: 'on_time', text: { en: 'Hearings start on time', zh: '庭审准时', uk: 'Засідання починаються вчасно' } },
  {
    value: 'informed',
    text: { en: 'I am kept informed about my case', zh: '及时告知案件进展', uk: 'Мене інформують про хід справи' },
  },
  { value: 'courteous', text: { en: 'Staff are courteous', zh: '工作人员有礼貌', uk: 'Працівники ввічливі' } },
];

const category: Row[] = [
  { value: 'party', text: { en: 'Party to a case', zh: '当事人', uk: 'Сторона у справі' } },
  { value: 'lawyer', text: { en: 'Lawyer', zh: '律师', uk: 'Адвокат' } },
  { value: 'witness', text: { en: 'Witness', zh: '证人', uk: 'Свідок' } },
  { value: 'visitor', text: { en: 'Visitor', zh: '旁听群众', uk: 'Відвідувач' } },
];

const dimension = (key: string, label: Text, question: string, rows: Row[]) =>
  node(key, 'DIMENSION', label, {
    children: [node(`${key}_items`, 'SURVEY', label, { items: rowsOf(question, rows) })],
  });

const expected = (rows: Row[]) => rows.map((r) => ({ value: r.value, text: r.text }));

export const courts: ShippedTemplate = {
  key: 'court-users',
  title: { en: 'Court users survey', zh: '法院诉讼服务满意度调查', uk: 'Опитування відвідувачів суду' },
  category: 'Courts',
  tags: ['courts', 'SERVQUAL', '5 P', 'GAP'],
  description:
    'From a court and public-administration satisfaction deck: SERVQUAL-style dimensions for courts ' +
    '(tangibles, reliability, responsiveness, access, communication and empathy) on 5-point agreement items ' +
    'with a "does not apply" column, the "5 P" factors, an expectation/perception GAP block and a recommend item. ' +
    'Respondent categories: party, lawyer, witness, visitor.',
  survey: survey(
    { en: 'Your visit to the court', zh: '您对法院服务的评价', uk: 'Ваш візит до суду' },
    {
      en: 'Please tell us about your visit today. It takes about six minutes and is anonymous.',
      zh: '请评价您今天在法院的经历，约需六分钟，匿名填写。',
      uk: 'Розкажіть, будь ласка, про сьогоднішній візит. Це займе близько шести хвилин і є анонімним.',
    },
    [
      page('about', { en: 'About you', zh: '基本信息', uk: 'Про вас' }, [
        choice(
          'respondent_category',
          { en: 'You came to the court as', zh: '您的身份', uk: 'Ви прийшли до суду як' },
          category,
        ),
      ]),
      page('servqual', { en: 'The court’s service', zh: '法院服务', uk: 'Обслуговування в суді' }, [
        matrix('tangibles', { en: 'The building', zh: '设施环境', uk: 'Будівля' }, tangibles),
        matrix('reliability', { en: 'Reliability', zh: '可靠性', uk: 'Надійність' }, reliability),
        matrix('responsiveness', { en: 'Responsiveness', zh: '响应性', uk: 'Чуйність' }, responsiveness),
        matrix('access', { en: 'Access', zh: '便利性', uk: 'Доступ' }, access),
        matrix('empathy', { en: 'Communication', zh: '沟通与关怀', uk: 'Спілкування' }, empathy),
        matrix('five_p', { en: 'Overall', zh: '总体评价', uk: 'Загалом' }, fiveP),
      ]),
      page('gap', { en: 'Expectations', zh: '期望与感受', uk: 'Очікування' }, [
        matrix(
          'expected',
          {
            en: 'How important is it to you that…',
            zh: '您认为以下方面的重要程度',
            uk: 'Наскільки для вас важливо, щоб…',
          },
          expected(gap),
        ),
        matrix(
          'experienced',
          { en: 'Today, in this court…', zh: '今天在本院的实际感受', uk: 'Сьогодні в цьому суді…' },
          gap,
        ),
      ]),
      page('close', { en: 'Finally', zh: '最后', uk: 'Наостанок' }, [
        recommend('recommend', {
          en: 'How likely are you to tell others this court serves its users well? (0–10)',
          zh: '您向他人推荐本院服务的可能性有多大？（0–10）',
          uk: 'Наскільки ймовірно, що ви скажете іншим, що цей суд добре обслуговує відвідувачів? (0–10)',
        }),
        comment('remarks', {
          en: 'What should the court change?',
          zh: '您对法院有什么建议？',
          uk: 'Що суду варто змінити?',
        }),
      ]),
    ],
  ),
  model: model(
    node(
      'index',
      'INDEX',
      { en: 'Court user satisfaction index', zh: '法院服务满意度指数', uk: 'Індекс задоволеності відвідувачів суду' },
      {
        target: 80,
        children: [
          dimension(
            'tangibles',
            { en: 'Tangibles', zh: '有形性', uk: 'Матеріальне середовище' },
            'tangibles',
            tangibles,
          ),
          dimension('reliability', { en: 'Reliability', zh: '可靠性', uk: 'Надійність' }, 'reliability', reliability),
          dimension(
            'responsiveness',
            { en: 'Responsiveness', zh: '响应性', uk: 'Чуйність' },
            'responsiveness',
            responsiveness,
          ),
          dimension('access', { en: 'Access', zh: '便利性', uk: 'Доступ' }, 'access', access),
          dimension(
            'empathy',
            { en: 'Communication and empathy', zh: '沟通与关怀', uk: 'Спілкування та емпатія' },
            'empathy',
            empathy,
          ),
          node(
            'gap',
            'GAP',
            { en: 'Expectation gap', zh: '期望差距', uk: 'Розрив очікувань' },
            {
              pairs: gap.map((r) => ({
                expectation: bind('expected', r.value),
                perception: bind('experienced', r.value),
                weight: 1,
              })),
            },
          ),
          node(
            'recommend',
            'NPS',
            { en: 'Would recommend', zh: '推荐意愿', uk: 'Готовність рекомендувати' },
            {
              items: [bind('recommend', undefined, { notApplicable: [] })],
            },
          ),
        ],
      },
    ),
  ),
};
