import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

/**
 * The managers of a unit, for escalations: the enabled users holding UNIT_MANAGER (or, when
 * none does, ADMIN) on the unit itself; when the unit has neither, the nearest unit above that has.
 */
export async function unitManagers(em: EntityManager, unitId: string): Promise<{ unit: OrgUnit; users: User[] }> {
  let unit = await em.findOneOrFail(OrgUnit, { id: unitId });
  for (;;) {
    const assignments = await em.find(
      RoleAssignment,
      { unit: unit.id, role: { $in: [Role.UNIT_MANAGER, Role.ADMIN] } },
      { populate: ['user'] },
    );
    for (const role of [Role.UNIT_MANAGER, Role.ADMIN]) {
      const users = assignments
        .filter((a) => a.role === role && !a.user.getEntity().disabledAt)
        .map((a) => a.user.getEntity());
      if (users.length) return { unit, users };
    }
    if (!unit.parent) return { unit, users: [] };
    unit = await em.findOneOrFail(OrgUnit, { id: unit.parent.id });
  }
}
