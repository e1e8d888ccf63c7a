import { ApiScope, scopeOfOperation } from './scopes.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { forbidden, notFound, requireId, unauthenticated } from '../graphql/errors.js';
import { OrgUnit } from './org-unit.entity.js';
import { Permission, ROLE_PERMISSIONS, type Role } from './roles.js';

/** A role over a unit subtree, with the unit's current materialised path. */
export interface Grant {
  role: Role;
  unitId: string;
  unitPath: string;
}

/** Who is asking: a signed-in user or another system's API key, always inside one organisation. */
export interface Principal {
  kind: 'USER' | 'API_KEY';
  orgId: string;
  userId: string | null;
  apiKeyId: string | null;
  grants: Grant[];
  /** An API key's scopes; undefined for a person, who is bounded by roles alone. */
  scopes?: readonly ApiScope[];
}

/** The scope a principal lacks for an operation (see server/graphql/access.ts), or null. */
export function missingScope(
  principal: Principal,
  permissions: Permission[],
  declared: string | undefined,
): string | null {
  const needed = scopeOfOperation(permissions, declared as ApiScope | undefined);
  if (!needed || !principal.scopes) return null;
  return principal.scopes.includes(needed) ? null : needed;
}

const grants = (principal: Principal, permission: Permission) =>
  principal.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));

export function hasPermission(principal: Principal, permission: Permission): boolean {
  return grants(principal, permission).length > 0;
}

export function canAccessPath(principal: Principal, permission: Permission, path: string): boolean {
  return grants(principal, permission).some((g) => path.startsWith(g.unitPath));
}

/** The smallest set of subtree paths covering every unit where `permission` holds. */
export function subtreesWith(principal: Principal, permission: Permission): string[] {
  const paths = [...new Set(grants(principal, permission).map((g) => g.unitPath))].sort();
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

export function requirePrincipal(ctx: RequestContext): Principal {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal;
}

/**
 * Loads a unit of the caller's organisation and checks that `permission` holds over it. Every
 * service calls this before it touches a unit-scoped resource; units of other organisations
 * are invisible (NOT_FOUND), units of one's own outside one's subtree are FORBIDDEN.
 */
export async function requireAccess(
  ctx: RequestContext,
  permission: Permission,
  unitId: string,
  em: EntityManager = ctx.em,
): Promise<OrgUnit> {
  const principal = requirePrincipal(ctx);
  // Inside a transaction, read the unit afresh: its path may have moved since the request began.
  const unit = await em.findOne(OrgUnit, { id: requireId('Org unit', unitId) }, { refresh: em !== ctx.em });
  if (!unit) throw notFound('Org unit', unitId);
  requireAccessToUnit(principal, permission, unit);
  return unit;
}

/**
 * The subtrees in which the caller may use `permission`: below `under` when given (checked),
 * otherwise every subtree the caller's roles cover. Lists filter by these path prefixes.
 */
export async function readableSubtrees(
  ctx: RequestContext,
  permission: Permission,
  under?: string | null,
): Promise<string[]> {
  if (under) return [(await requireAccess(ctx, permission, under)).path];
  return subtreesWith(requirePrincipal(ctx), permission);
}

/**
 * A unit may always build on what the units above it own (head office sets the standard for
 * its branches: questionnaires to derive, models to score with); anything else needs
 * `permission` where it lives.
 */
export async function requireUsableAt(
  ctx: RequestContext,
  permission: Permission,
  target: OrgUnit,
  ownerUnitId: string,
  em: EntityManager = ctx.em,
): Promise<void> {
  const owner = await em.findOneOrFail(OrgUnit, { id: ownerUnitId });
  if (!target.path.startsWith(owner.path)) requireAccessToUnit(requirePrincipal(ctx), permission, owner);
}

/**
 * FORBIDDEN unless `permission` holds over the unit. The refusal names the unit only to a caller
 * who may see it: it tells nothing about units outside the caller's subtree.
 */
export function requireAccessToUnit(principal: Principal, permission: Permission, unit: OrgUnit): void {
  if (!canAccessPath(principal, permission, unit.path)) {
    const which = canAccessPath(principal, Permission.UNIT_READ, unit.path)
      ? `unit "${unit.name}" (${unit.code})`
      : 'this unit, which is outside your part of the organisation';
    throw forbidden(
      `You cannot do this in ${which}: it needs ${permission}, which none of your roles grants over this unit or a unit above it.`,
    );
  }
}

/** `permission` at the organisation's top unit: for what applies to the whole organisation. */
export async function requireOrganisationWide(
  ctx: RequestContext,
  permission: Permission,
  what: string,
): Promise<void> {
  const principal = requirePrincipal(ctx);
  const root = await ctx.em.findOne(OrgUnit, { parent: null });
  if (!root || !canAccessPath(principal, permission, root.path)) {
    throw forbidden(
      `${what} apply to the whole organisation: this needs ${permission} at the head office, which none of your roles grants.`,
    );
  }
}
