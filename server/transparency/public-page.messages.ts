/** The public page's texts (en, zh-CN, uk); the organisation's own texts (commitments, actions) are its own. */
export const PAGE_LOCALES = ['en', 'zh-CN', 'uk'] as const;
export type PageLocale = (typeof PAGE_LOCALES)[number];

const en = {
  title: 'Transparency report',
  languages: 'Language',
  intro: 'What we measure, what we found and what we changed, for {period}.',
  method: 'What we measure and how',
  methodText:
    'Clients rate our service in surveys. Each answer is scored from 0 to 100; the index "{index}" combines these parts, each with its weight:',
  weight: 'weight {share} %',
  bands: 'Bands: {bands}.',
  smallGroups: 'Results over fewer than {min} responses are not published, to protect respondents.',
  results: 'Results by unit',
  unit: 'Unit',
  score: 'Score',
  band: 'Band',
  responses: 'Responses',
  withheld: 'Not published (fewer than {min} responses)',
  commitments: 'Our service commitments',
  commitment: 'Commitment',
  target: 'Target',
  measured: 'Measured ({period})',
  achievement: 'Periods met (last {count})',
  noData: 'no data',
  changed: 'What we changed because of your feedback',
  comments: 'What clients told us',
  none: 'Nothing published yet.',
  print: 'Print',
  updated: 'Published results for {period}.',
};
type Messages = typeof en;

const zh: Messages = {
  title: '透明度报告',
  languages: '语言',
  intro: '{period}：我们测量什么、发现了什么、改进了什么。',
  method: '我们测量什么、如何测量',
  methodText: '客户通过调查为我们的服务打分。每个回答按 0 至 100 计分；“{index}”指数由以下部分按权重合成：',
  weight: '权重 {share}%',
  bands: '等级：{bands}。',
  smallGroups: '为保护受访者，少于 {min} 份回答的结果不予公布。',
  results: '各单位结果',
  unit: '单位',
  score: '得分',
  band: '等级',
  responses: '回答数',
  withheld: '不公布（少于 {min} 份回答）',
  commitments: '我们的服务承诺',
  commitment: '承诺',
  target: '目标',
  measured: '实测（{period}）',
  achievement: '达标期数（最近 {count} 期）',
  noData: '无数据',
  changed: '根据您的反馈我们做出的改进',
  comments: '客户的意见',
  none: '暂无公布内容。',
  print: '打印',
  updated: '公布 {period} 的结果。',
};

const uk: Messages = {
  title: 'Звіт про прозорість',
  languages: 'Мова',
  intro: 'Що ми вимірюємо, що виявили і що змінили за {period}.',
  method: 'Що ми вимірюємо і як',
  methodText:
    'Клієнти оцінюють наше обслуговування в опитуваннях. Кожна відповідь має бал від 0 до 100; індекс «{index}» поєднує такі складові з їхньою вагою:',
  weight: 'вага {share} %',
  bands: 'Рівні: {bands}.',
  smallGroups: 'Результати за менш ніж {min} відповідями не публікуються, щоб захистити респондентів.',
  results: 'Результати за підрозділами',
  unit: 'Підрозділ',
  score: 'Бал',
  band: 'Рівень',
  responses: 'Відповіді',
  withheld: 'Не публікується (менше {min} відповідей)',
  commitments: 'Наші зобов’язання щодо обслуговування',
  commitment: 'Зобов’язання',
  target: 'Ціль',
  measured: 'Виміряно ({period})',
  achievement: 'Періоди з досягненням (останні {count})',
  noData: 'немає даних',
  changed: 'Що ми змінили завдяки вашим відгукам',
  comments: 'Що сказали клієнти',
  none: 'Поки нічого не опубліковано.',
  print: 'Друк',
  updated: 'Опубліковано результати за {period}.',
};

const ALL: Record<PageLocale, Messages> = { en, 'zh-CN': zh, uk };

/** A text of the page in `locale`, with {placeholders} filled (values are escaped by the renderer). */
export function text(locale: PageLocale, key: keyof Messages, values: Record<string, string | number> = {}): string {
  return ALL[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
