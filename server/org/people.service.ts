import type { EntityManager } from '@mikro-orm/postgresql';
import { RoleAssignment } from './role-assignment.entity.js';
import type { Role } from './roles.js';
import { User } from './user.entity.js';

/** Active users holding `role` at exactly `unitId` (cases: whom to tell about an overdue case). */
export async function usersWithRoleAt(em: EntityManager, unitId: string, role: Role): Promise<User[]> {
  const assignments = await em.find(RoleAssignment, { unit: unitId, role }, { populate: ['user'] });
  return assignments.map((a) => a.user.getEntity()).filter((u) => !u.disabledAt);
}
