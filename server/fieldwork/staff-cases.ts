import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A port (docs/architecture.md, The composition root): how many cases received in [from, to)
 * name each staff member. The cases module keeps cases and is fieldwork's sibling, so neither
 * imports the other; server/app installs cases' count. The default knows no cases.
 */
export type StaffCaseCounts = (
  em: EntityManager,
  orgId: string,
  staffIds: string[],
  from: Date,
  to: Date,
) => Promise<Map<string, number>>;

let current: StaffCaseCounts = () => Promise.resolve(new Map());

export function useStaffCaseCounts(counts: StaffCaseCounts): void {
  current = counts;
}

export const staffCaseCounts = (): StaffCaseCounts => current;
