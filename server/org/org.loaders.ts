import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';

type EntityClass<T> = { new (...args: never[]): T };

/**
 * Per-request batch loaders, so a list of N items whose fields each name a related row costs
 * one query, not N. `byId(Entity)` serves any entity with an `id` primary key; the request's
 * EntityManager keeps its tenant filter.
 */
export function createOrgLoaders(em: EntityManager) {
  const loaders = new Map<unknown, DataLoader<string, unknown>>();
  const byId = <T extends { id: string }>(entity: EntityClass<T>): DataLoader<string, T | null> => {
    let loader = loaders.get(entity) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
        const found = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      });
      loaders.set(entity, loader as DataLoader<string, unknown>);
    }
    return loader;
  };
  return {
    byId,
    unit: byId(OrgUnit),
    roleAssignmentsOfUser: new DataLoader<string, RoleAssignment[]>(async (userIds) => {
      const rows = await em.find(RoleAssignment, { user: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc' } });
      return userIds.map((id) => rows.filter((r) => r.user.id === id));
    }),
  };
}

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;
