import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrgUnitKind } from './org-unit.entity.js';

/**
 * A unit as a plain row, for readers of many units at once (a ranking of 500 branches): no
 * entity, no identity map. Hydrating 511 `OrgUnit` entities was the largest fixed cost of the
 * ranking (docs/scale-out.md, The results read path). Shaped like the entity's GraphQL fields,
 * with `parent` as a reference, so it answers where an `OrgUnit` is expected.
 */
export interface UnitRow {
  id: string;
  parent: { id: string } | null;
  code: string;
  name: string;
  kind: OrgUnitKind;
  path: string;
  depth: number;
  weight: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The organisation's units in the subtree at `path` (the unit itself included), ordered by code;
 * only those of one depth when `depth` is given. No access check: the caller checks each unit.
 */
export async function unitRowsUnder(
  em: EntityManager,
  orgId: string,
  path: string,
  depth?: number,
): Promise<UnitRow[]> {
  const rows: {
    id: string;
    parent_id: string | null;
    code: string;
    name: string;
    kind: OrgUnitKind;
    path: string;
    depth: number;
    weight: number;
    created_at: Date;
    updated_at: Date;
  }[] = await em.execute(
    `select id, parent_id, code, name, kind, path, depth, weight, created_at, updated_at from org_unit
      where organization_id = ? and path like ? ${depth === undefined ? '' : 'and depth = ?'} order by code`,
    depth === undefined ? [orgId, `${path}%`] : [orgId, `${path}%`, depth],
  );
  return rows.map((r) => ({
    id: r.id,
    parent: r.parent_id ? { id: r.parent_id } : null,
    code: r.code,
    name: r.name,
    kind: r.kind,
    path: r.path,
    depth: r.depth,
    weight: r.weight,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
