import type { Principal } from '../org/index.js';

/** Runs one operation of the public GraphQL API in-process (server/app/system-caller.ts). */
export type DemoCall = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface DemoUnit {
  id: string;
  code: string;
  name: string;
  path: string;
  /** REGION or BRANCH code of its region; the head office has none. */
  region: string | null;
}

/** What the builders share: the calls, the tree and the people, filled in as they go. */
export interface DemoContext {
  /** As the demo's administrator. */
  call: DemoCall;
  /** As another principal of the demo (an inspector, a branch manager). */
  as(principal: Principal): DemoCall;
  orgId: string;
  /** By code: HO, the regions (NORTH…), the branches (NORTH-1…). */
  units: Map<string, DemoUnit>;
  /** By e-mail. */
  users: Map<string, { id: string; principal: Principal }>;
  /** The day the demo is made (UTC, YYYY-MM-DD); every date of the demo is counted back from it. */
  today: string;
}

export const branches = (d: DemoContext) => [...d.units.values()].filter((u) => u.region && u.code !== u.region);

export const unit = (d: DemoContext, code: string): DemoUnit => {
  const found = d.units.get(code);
  if (!found) throw new Error(`The demo has no unit ${code}.`);
  return found;
};

/** `days` after (or before, negative) a date, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the month `months` after (negative: before) the month of `date`. */
export function monthStart(date: string, months = 0): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The first day of the last complete calendar quarter before `date`. */
export function lastQuarterStart(date: string): string {
  const month = Number(date.slice(5, 7)) - 1;
  return monthStart(`${date.slice(0, 4)}-${String(month - (month % 3) + 1).padStart(2, '0')}-01`, -3);
}

/**
 * Writes of one organisation queue on its audit chain; on a busy machine a write can give up waiting
 * (SERVICE_UNAVAILABLE, its transaction rolled back), so it is tried again, a little later each time. Five tries
 * were not enough beside a running test suite: the demo stopped incomplete.
 */
export async function retried<R>(work: () => Promise<R>, attempts = 10): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== 'SERVICE_UNAVAILABLE') throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2000)));
    }
  }
}

/**
 * Runs `work` over `items`, `width` at a time, in order of start: the operations are independent
 * (their inputs drawn beforehand, so the seeded content does not depend on which finishes first).
 */
export async function pool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}
