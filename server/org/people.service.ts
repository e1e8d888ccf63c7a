import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Role } from './roles.js';
import type { User } from './user.entity.js';

/** The enabled users holding one of `roles` at exactly `unitId`, with the role each holds there. */
async function holdersAt(em: EntityManager, unitId: string, roles: Role[]): Promise<{ role: Role; user: User }[]> {
  const assignments = await em.find(RoleAssignment, { unit: unitId, role: { $in: roles } }, { populate: ['user'] });
  return assignments.map((a) => ({ role: a.role, user: a.user.getEntity() })).filter(({ user }) => !user.disabledAt);
}

/** Active users holding `role` at exactly `unitId` (cases: whom to tell about an overdue case). */
export async function usersWithRoleAt(em: EntityManager, unitId: string, role: Role): Promise<User[]> {
  return (await holdersAt(em, unitId, [role])).map((h) => h.user);
}

/**
 * The managers of a unit, for escalations: the enabled users holding UNIT_MANAGER (or, when
 * none does, ADMIN) on the unit itself; when the unit has neither, the nearest unit above that has.
 */
export async function unitManagers(em: EntityManager, unitId: string): Promise<{ unit: OrgUnit; users: User[] }> {
  let unit = await em.findOneOrFail(OrgUnit, { id: unitId });
  for (;;) {
    const holders = await holdersAt(em, unit.id, [Role.UNIT_MANAGER, Role.ADMIN]);
    for (const role of [Role.UNIT_MANAGER, Role.ADMIN]) {
      const users = holders.filter((h) => h.role === role).map((h) => h.user);
      if (users.length) return { unit, users };
    }
    if (!unit.parent) return { unit, users: [] };
    unit = await em.findOneOrFail(OrgUnit, { id: unit.parent.id });
  }
}

/**
 * The enabled users holding any role at the unit or at a unit above it (cases: who may own a case
 * of the unit), by name, at most 200.
 */
export async function usersOverUnit(em: EntityManager, unitId: string): Promise<User[]> {
  const unit = await em.findOneOrFail(OrgUnit, { id: unitId });
  const above = unit.path.split('/').filter(Boolean);
  const assignments = await em.find(RoleAssignment, { unit: { $in: above } }, { populate: ['user'] });
  const users = new Map(assignments.map((a) => [a.user.id, a.user.getEntity()]));
  return [...users.values()]
    .filter((u) => !u.disabledAt)
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .slice(0, 200);
}
