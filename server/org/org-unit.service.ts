import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { containsPattern } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, conflict } from '../graphql/errors.js';
import { readableSubtrees, requireAccess, requirePrincipal } from './access.service.js';
import { OrgUnit, OrgUnitKind } from './org-unit.entity.js';
import { Permission } from './roles.js';
import { emit } from '../events/index.js';
import './events.js';

export interface OrgUnitFilter {
  under?: string | null;
  search?: string | null;
  kind?: OrgUnitKind | null;
  maxDepth?: number | null;
}

export interface CreateOrgUnitInput {
  parentId: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  weight?: number | null;
}

export interface UpdateOrgUnitInput {
  id: string;
  code?: string | null;
  name?: string | null;
  kind?: OrgUnitKind | null;
  weight?: number | null;
}

/**
 * Serialises changes to one organisation's tree: moves take it exclusively, creations shared,
 * so a unit is never created under a parent whose path is being rewritten.
 */
async function lockTree(em: EntityManager, orgId: string, exclusive: boolean): Promise<void> {
  const fn = exclusive ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
  await em.execute(`select ${fn}(hashtextextended(?, 0))`, [`org-unit-tree:${orgId}`]);
}

function cleanCode(code: string): string {
  const value = code.trim();
  if (!/^[\p{L}\p{N}._-]{1,64}$/u.test(value)) {
    throw badInput(`Unit code "${code}" is not valid: use 1–64 letters, digits, dots, dashes or underscores.`, {
      field: 'code',
    });
  }
  return value;
}

function cleanName(name: string): string {
  const value = name.trim();
  if (!value || value.length > 200) throw badInput('A unit name must have 1–200 characters.', { field: 'name' });
  return value;
}

async function saveUnique(em: EntityManager, code: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict(`A unit with code "${code}" already exists in this organisation; choose another code.`, {
        field: 'code',
      });
    }
    throw error;
  }
}

export async function getOrgUnit(ctx: RequestContext, id: string): Promise<OrgUnit> {
  return requireAccess(ctx, Permission.UNIT_READ, id);
}

/** Units the caller may read, in tree order (each unit before its descendants). */
export async function listOrgUnits(ctx: RequestContext, filter: OrgUnitFilter, args: PageArgs): Promise<Page<OrgUnit>> {
  const first = pageSize(args);
  const subtrees = await readableSubtrees(ctx, Permission.UNIT_READ, filter.under);
  if (!subtrees.length) return toPage([], first, 0, () => [], false);

  const where: Record<string, unknown>[] = [{ $or: subtrees.map((p) => ({ path: { $like: `${p}%` } })) }];
  const search = filter.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    where.push({ $or: [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }] });
  }
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.maxDepth != null) where.push({ depth: { $lte: filter.maxDepth } });

  const after = decodeCursor(args.after);
  const pageWhere = after ? [...where, { path: { $gt: String(after[0]) } }] : where;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(OrgUnit, { $and: pageWhere }, { orderBy: { path: 'asc' }, limit: first + 1 }),
    ctx.em.count(OrgUnit, { $and: where }),
  ]);
  return toPage(rows, first, totalCount, (u) => [u.path], Boolean(after));
}

const cleanWeight = (weight: number) => {
  if (!Number.isFinite(weight) || weight < 0)
    throw badInput('A unit weight must be zero or more.', { field: 'weight' });
  return weight;
};

export async function createOrgUnit(ctx: RequestContext, input: CreateOrgUnitInput): Promise<OrgUnit> {
  const code = cleanCode(input.code);
  const name = cleanName(input.name);
  const weight = input.weight != null ? cleanWeight(input.weight) : undefined;
  return ctx.em.transactional(async (em) => {
    await lockTree(em, requirePrincipal(ctx).orgId, false);
    const parent = await requireAccess(ctx, Permission.UNIT_MANAGE, input.parentId, em);
    const unit = em.create(OrgUnit, {
      organization: parent.organization,
      parent,
      code,
      name,
      kind: input.kind,
      path: '',
      depth: parent.depth + 1,
      ...(weight !== undefined ? { weight } : {}),
    });
    unit.path = `${parent.path}${unit.id}/`;
    await saveUnique(em, code);
    return unit;
  });
}

export async function updateOrgUnit(ctx: RequestContext, input: UpdateOrgUnitInput): Promise<OrgUnit> {
  return ctx.em.transactional(async (em) => {
    const unit = await requireAccess(ctx, Permission.UNIT_MANAGE, input.id, em);
    if (input.code != null) unit.code = cleanCode(input.code);
    if (input.name != null) unit.name = cleanName(input.name);
    if (input.kind != null) unit.kind = input.kind;
    if (input.weight != null) {
      if (!Number.isFinite(input.weight) || input.weight < 0)
        throw badInput('A unit weight must be zero or more.', { field: 'weight' });
      unit.weight = input.weight;
    }
    await saveUnique(em, unit.code);
    return unit;
  });
}

/**
 * Moves a unit with its whole subtree under another parent: one statement rewrites every
 * descendant's path, so history filed by unit follows the unit (design.md §4, roll-up).
 */
export async function moveOrgUnit(ctx: RequestContext, id: string, newParentId: string): Promise<OrgUnit> {
  const orgId = requirePrincipal(ctx).orgId;
  return ctx.em.transactional(async (em) => {
    await lockTree(em, orgId, true);
    const unit = await requireAccess(ctx, Permission.UNIT_MANAGE, id, em);
    const parent = await requireAccess(ctx, Permission.UNIT_MANAGE, newParentId, em);
    if (!unit.parent) throw badInput(`"${unit.name}" is the top of the hierarchy and cannot be moved.`);
    if (parent.path.startsWith(unit.path)) {
      throw badInput(
        parent.id === unit.id
          ? `A unit cannot be moved under itself.`
          : `"${unit.name}" cannot be moved under "${parent.name}", which is inside its own subtree.`,
        { field: 'newParentId' },
      );
    }
    if (unit.parent.id === parent.id) return unit;
    await emit(em, 'unitMoved', { orgId, unitId: unit.id });
    const oldPath = unit.path;
    const newPath = `${parent.path}${unit.id}/`;
    const depthChange = parent.depth + 1 - unit.depth;
    await em.execute(
      `update org_unit set path = ? || substr(path, ?), depth = depth + ?, updated_at = now()
        where organization_id = ? and path like ?`,
      [newPath, oldPath.length + 1, depthChange, orgId, `${oldPath}%`],
    );
    unit.parent = ref(parent);
    await em.flush();
    await em.refresh(unit);
    return unit;
  });
}

/** The units from the top of the hierarchy down to this one's parent. */
export async function ancestorsOf(ctx: RequestContext, unit: OrgUnit): Promise<OrgUnit[]> {
  const ids = unit.path.split('/').filter(Boolean).slice(0, -1);
  const units = await ctx.loaders.unit.loadMany(ids);
  return units.filter((u): u is OrgUnit => u instanceof OrgUnit);
}

/** The caller's organisation's units with these codes, by code (no access check: the caller checks each). */
export async function unitsByCode(ctx: RequestContext, codes: string[]): Promise<Map<string, OrgUnit>> {
  requirePrincipal(ctx);
  const units = codes.length ? await ctx.em.find(OrgUnit, { code: { $in: codes } }) : [];
  return new Map(units.map((u) => [u.code, u]));
}
