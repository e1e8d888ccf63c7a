/*
 * What the demo organisation holds, as data: its tree, its people and the words its clients use.
 * The builders (org.ts, results.ts, work.ts) turn it into calls of the public GraphQL API.
 */

/** Every demo account signs in with this password (it is printed at start and in the README). */
export const DEMO_PASSWORD = 'barometer-demo-2026';
export const DEMO_NAME = 'Demo Social Security Fund';

export const REGIONS = [
  { code: 'NORTH', name: 'Northern region', branches: ['Riverside', 'Hillview', 'Old Town', 'Lakeshore', 'Pinewood'] },
  { code: 'SOUTH', name: 'Southern region', branches: ['Harbour', 'Sunfield', 'Bayside', 'Vineyard', 'Saltmarsh'] },
  { code: 'EAST', name: 'Eastern region', branches: ['Sunrise', 'Meadow', 'Eastgate', 'Brookside', 'Orchard'] },
  { code: 'WEST', name: 'Western region', branches: ['Westgate', 'Canyon', 'Prairie', 'Millbrook', 'Stonebridge'] },
  { code: 'CENTRE', name: 'Central region', branches: ['Market', 'Cathedral', 'University', 'Station', 'Parkside'] },
] as const;

/** A branch's code: its region's code and its place there (NORTH-1 … CENTRE-5). */
export const branchCode = (region: string, i: number) => `${region}-${i + 1}`;

/** The branch whose clients grow less satisfied month after month: last of all in the final quarter. */
export const DECLINING = 'WEST-3';
/** Branches that improve through the year (their rectification worked). */
export const IMPROVING = ['NORTH-1', 'SOUTH-2', 'EAST-4', 'CENTRE-1', 'WEST-5'];

/** The demo's people: one account per role, all with DEMO_PASSWORD. `unit`: head office, a region or a branch. */
export const DEMO_USERS = [
  { email: 'admin@demo.barometer.local', name: 'Demo administrator', role: 'ADMIN', unit: 'HO' },
  { email: 'author@demo.barometer.local', name: 'Olena Author', role: 'AUTHOR', unit: 'HO' },
  { email: 'analyst@demo.barometer.local', name: 'Li Analyst', role: 'ANALYST', unit: 'HO' },
  { email: 'manager@demo.barometer.local', name: 'Maria Manager', role: 'UNIT_MANAGER', unit: 'NORTH' },
  { email: 'branch@demo.barometer.local', name: 'Petro Branch', role: 'UNIT_MANAGER', unit: DECLINING },
  { email: 'interviewer@demo.barometer.local', name: 'Ivan Interviewer', role: 'INTERVIEWER', unit: 'NORTH-1' },
  { email: 'inspector@demo.barometer.local', name: 'Wang Inspector', role: 'INSPECTOR', unit: 'HO' },
] as const;

export const STAFF_NAMES = [
  'Anna Kovalenko',
  'Boris Petrenko',
  'Chen Jing',
  'Daria Shevchenko',
  'Emma Brown',
  'Feng Lei',
  'Hanna Melnyk',
  'James Wilson',
  'Liu Yang',
  'Oksana Bondar',
  'Sarah Davis',
  'Zhang Wei',
];
export const STAFF_POSTS = ['COUNTER_CLERK', 'COUNTER_CLERK', 'CLAIMS_ADJUSTER', 'MANAGER'] as const;

/** Free-text answers to "What should we improve first?", in the client's language. */
export const COMMENTS: Record<'en' | 'zh-cn' | 'uk', { good: string[]; bad: string[] }> = {
  en: {
    good: ['Friendly staff, thank you.', 'Quick and clear, keep it up.', 'The online form saved me a trip.'],
    bad: ['The queue was far too long.', 'Nobody could tell me when my benefit will be paid.', 'Rude at the counter.'],
  },
  'zh-cn': {
    good: ['工作人员很热情，谢谢。', '办理很快，流程清楚。', '网上预约很方便。'],
    bad: ['排队时间太长了。', '没人告诉我待遇什么时候发放。', '窗口服务态度不好。'],
  },
  uk: {
    good: ['Привітний персонал, дякую.', 'Швидко і зрозуміло.', 'Онлайн-форма зекономила мені поїздку.'],
    bad: ['Черга була надто довга.', 'Ніхто не сказав, коли виплатять допомогу.', 'Грубе ставлення біля віконця.'],
  },
};
