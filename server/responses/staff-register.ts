import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../graphql/errors.js';

/** A staff member as results name them in a breakdown. */
export interface StaffFacts {
  id: string;
  name: string;
  post: string;
  unitId: string;
}

/**
 * A port (docs/architecture.md, The composition root): the staff register of a unit, which the
 * fieldwork module keeps and which comes after responses. A response may name the staff member
 * who served the respondent (`staffId`); responses asks the register which staff member a
 * reference (an id or a staff code) names at the response's unit. Installed by server/app; the
 * default knows no staff, so every reference is refused.
 */
export interface StaffRegister {
  /** The active staff members of exactly this unit named by the references (id or code): reference → id. */
  resolve(em: EntityManager, orgId: string, unitId: string, refs: string[]): Promise<Map<string, string>>;
  /** Staff members by id, of the organisation only. */
  describe(em: EntityManager, orgId: string, ids: string[]): Promise<StaffFacts[]>;
}

let current: StaffRegister = {
  resolve: () => Promise.resolve(new Map()),
  describe: () => Promise.resolve([]),
};

export function useStaffRegister(register: StaffRegister): void {
  current = register;
}

export const staffRegister = (): StaffRegister => current;

/**
 * The staff member a submission names at its unit, or null when it names none. `field` is how
 * the caller calls the reference (staff, or an import's column), for the sentence.
 */
export async function staffOf(
  em: EntityManager,
  orgId: string,
  unit: { id: string; name: string },
  ref: string | null | undefined,
  field = 'staff',
): Promise<string | null> {
  const value = ref?.trim();
  if (!value) return null;
  const found = (await current.resolve(em, orgId, unit.id, [value])).get(value);
  if (!found)
    throw badInput(
      `${field} "${value.slice(0, 60)}" is not an active staff member of "${unit.name}": give the staff code or id ` +
        'from the unit’s staff register, or leave it out.',
      { field, reason: 'UNKNOWN_STAFF' },
    );
  return found;
}
