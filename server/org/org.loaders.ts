import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';

/** Per-request batch loaders, so lists of users or units do not query once per row. */
export function createOrgLoaders(em: EntityManager) {
  return {
    unit: new DataLoader<string, OrgUnit | null>(async (ids) => {
      const units = await em.find(OrgUnit, { id: { $in: [...ids] } });
      const byId = new Map(units.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    roleAssignmentsOfUser: new DataLoader<string, RoleAssignment[]>(async (userIds) => {
      const rows = await em.find(RoleAssignment, { user: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc' } });
      return userIds.map((id) => rows.filter((r) => r.user.id === id));
    }),
  };
}

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;
