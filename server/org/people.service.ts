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
 * The enabled users holding a role over `unit` (on it or on a unit above), each once with their roles there, by
 * name: who may own a case of the unit, or be responsible for an action.
 */
export async function usersOverUnit(em: EntityManager, unit: OrgUnit): Promise<{ user: User; roles: Role[] }[]> {
  const above = unit.path.split('/').filter(Boolean);
  const assignments = await em.find(RoleAssignment, { unit: { $in: above } }, { populate: ['user'] });
  const byUser = new Map<string, { user: User; roles: Role[] }>();
  for (const a of assignments) {
    const user = a.user.getEntity();
    if (user.disabledAt) continue;
    const entry = byUser.get(user.id) ?? { user, roles: [] };
    if (!entry.roles.includes(a.role)) entry.roles.push(a.role);
    byUser.set(user.id, entry);
  }
  return [...byUser.values()].sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
}
