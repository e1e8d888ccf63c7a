/**
 * The public face of the demo module: the demo organisation made on first start (docs/demo.md).
 * It is built through the public GraphQL API only, as its administrator and its inspector.
 */
import type { Logger } from '../logger.js';
import type { Principal } from '../org/index.js';
import { retried, type DemoCall, type DemoContext } from './call.js';
import { buildExtras } from './extras.js';
import { buildPeople, buildStaff, buildTree } from './org.js';
import { DEMO_NAME, DEMO_PASSWORD, DEMO_USERS } from './plan.js';
import { seeded } from './random.js';
import {
  adopt,
  branchVariant,
  declareMetrics,
  distribute,
  importAll,
  MYSTERY_VISIT,
  recordStatistics,
  responseLines,
  SOCIAL_SECURITY,
} from './results.js';
import {
  answerFollowUps,
  buildActions,
  buildCases,
  buildFollowUpRule,
  buildInspections,
  buildPublication,
  INSURER_FOLLOW_UPS,
} from './work.js';

export type { DemoCall } from './call.js';
export { lastQuarterStart } from './call.js';
export { DECLINING, DEMO_NAME, DEMO_PASSWORD, DEMO_USERS } from './plan.js';
export { MYSTERY_VISIT, SOCIAL_SECURITY } from './results.js';

export const DEMO_SEED = 20_260_101;

export interface DemoSummary {
  units: number;
  responses: number;
  actions: Record<string, string>;
  reportId: string;
}

/**
 * Fills the new demo organisation: tree, people, staff, adopted templates, distributions, twelve
 * months of responses and statistics, a branch variant model, cases, visits, actions, a report and
 * the public page. `admin` is its administrator; `as` runs calls as another of its principals.
 */
export async function buildDemo(
  admin: Principal,
  asPrincipal: (principal: Principal) => DemoCall,
  log: Logger,
  now = new Date(),
): Promise<DemoSummary> {
  const random = seeded(DEMO_SEED);
  // Every call, as any principal, is tried again when it gave up waiting on the audit chain.
  const as = (principal: Principal): DemoCall => {
    const raw = asPrincipal(principal);
    return (query, variables) => retried(() => raw(query, variables));
  };
  const call = as(admin);
  const { me } = await call<{ me: { grants: { unit: { id: string; code: string; name: string } }[] } }>(
    `{ me { grants { unit { id code name } } } }`,
  );
  const ho = me.grants[0].unit;
  const d: DemoContext = {
    call,
    as,
    orgId: admin.orgId,
    units: new Map([['HO', { id: ho.id, code: 'HO', name: ho.name, path: `/${ho.id}/`, region: null }]]),
    users: new Map(),
    today: now.toISOString().slice(0, 10),
  };
  let clock = Date.now();
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const result = await run();
    log.debug({ step: name, ms: Date.now() - clock }, 'demo step done');
    clock = Date.now();
    return result;
  };
  await step('tree', () => buildTree(d, random));
  await step('people', () => buildPeople(d, admin));
  const staff = await step('staff', () => buildStaff(d, random));
  await step('metrics', () => declareMetrics(d));
  const survey = await step('adopt survey', () => adopt(d, SOCIAL_SECURITY));
  const sheet = await step('adopt sheet', () => adopt(d, MYSTERY_VISIT));
  await step('distributions', () => distribute(d, survey));
  await step('statistics', () => recordStatistics(d, random));
  const followUps = await step('adopt follow-ups', () => adopt(d, INSURER_FOLLOW_UPS));
  const calls = await step('follow-up rule', () => buildFollowUpRule(d, followUps));
  await step('cases', () => buildCases(d, random, survey));
  await step('follow-up calls', () => answerFollowUps(d, calls));
  const responses = await step('responses', () => importAll(d, survey, responseLines(d, random)));
  await step('variant', () => branchVariant(d, survey));
  await step('inspections', () => buildInspections(d, random, sheet, staff));
  const actions = await step('actions', () => buildActions(d, survey));
  const reportId = await step('publication', () => buildPublication(d, survey));
  await step('extras', () => buildExtras(d));
  log.info({ units: d.units.size, responses }, 'demo organisation created');
  return { units: d.units.size, responses, actions, reportId };
}

/** The lines `npm start` prints next to the administrator's: who to sign in as. */
export function demoCredentials(slug: string): string[] {
  return [
    `Demo organisation "${DEMO_NAME}" (organisation: ${slug}), every account with password ${DEMO_PASSWORD}:`,
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(34)} ${u.role.toLowerCase().replace('_', ' ')} (${u.unit})`),
  ];
}
