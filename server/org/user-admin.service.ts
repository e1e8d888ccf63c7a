/** The users and API keys an administrator manages: lists, deactivation (docs/administration.md). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { containsPattern, pgArray } from '../db/sql.js';
import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { badInput, forbidden, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, requirePrincipal, subtreesWith } from './access.service.js';
import { ApiKey } from './api-key.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Permission } from './roles.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export interface UserFilter {
  search?: string | null;
  /** true: only active users; false: only deactivated ones; null: both. */
  active?: boolean | null;
}

async function rootPath(em: EntityManager): Promise<string | null> {
  return (await em.findOne(OrgUnit, { parent: null }, { fields: ['path'] }))?.path ?? null;
}

/**
 * Users holding a role inside a subtree where the caller has USER_MANAGE (and, for an
 * administrator at the head office, users without any role), by e-mail.
 */
export async function listUsers(ctx: RequestContext, filter: UserFilter, args: PageArgs): Promise<Page<User>> {
  const principal = requirePrincipal(ctx);
  const first = pageSize(args);
  const subtrees = subtreesWith(principal, Permission.USER_MANAGE);
  if (!subtrees.length) return toPage([], first, 0, () => [], false);
  const root = await rootPath(ctx.em);
  const withoutRoles = root !== null && canAccessPath(principal, Permission.USER_MANAGE, root);
  const search = filter.search?.trim() ? containsPattern(filter.search.trim()) : null;
  const where = `u.organization_id = ?
      and (exists (select 1 from role_assignment ra join org_unit ou on ou.id = ra.unit_id
                    where ra.user_id = u.id and ou.path like any(?::text[]))
           or (? and not exists (select 1 from role_assignment ra where ra.user_id = u.id)))
      and (?::text is null or u.email ilike ? or u.display_name ilike ?)
      and (?::boolean is null or (u.disabled_at is null) = ?)`;
  const params = [
    principal.orgId,
    pgArray(subtrees.map((p) => `${p}%`)),
    withoutRoles,
    search,
    search,
    search,
    filter.active ?? null,
    filter.active ?? null,
  ];
  const after = decodeCursor(args.after);
  const conn = ctx.em.getConnection();
  const [rows, [{ count }]] = await Promise.all([
    conn.execute<{ id: string }[]>(
      `select u.id from app_user u where ${where} ${after ? 'and (u.email, u.id) > (?, ?::uuid)' : ''}
        order by u.email, u.id limit ?`,
      [...params, ...(after ? [String(after[0]), String(after[1])] : []), first + 1],
    ),
    conn.execute<{ count: string }[]>(`select count(*) from app_user u where ${where}`, params),
  ]);
  const users = await ctx.em.find(User, { id: rows.map((r) => r.id) });
  const byId = new Map(users.map((u) => [u.id, u]));
  const ordered = rows.map((r) => byId.get(r.id)!).filter(Boolean);
  return toPage(ordered, first, Number(count), (u) => [u.email, u.id], Boolean(after));
}

/**
 * A user the caller manages entirely: USER_MANAGE over every unit where the user holds a role
 * (over the head office for a user without roles). A user of another organisation, or one the
 * caller cannot see at all, is NOT_FOUND; one seen but also holding roles elsewhere is FORBIDDEN.
 */
async function requireManagedUser(ctx: RequestContext, em: EntityManager, id: string): Promise<User> {
  const principal = requirePrincipal(ctx);
  const user = await em.findOne(User, { id: requireId('User', id) });
  if (!user) throw notFound('User', id);
  const assignments = await em.find(RoleAssignment, { user }, { populate: ['unit'] });
  const paths = assignments.length ? assignments.map((a) => a.unit.getEntity().path) : [await rootPath(em)];
  const manages = paths.map((p) => p !== null && canAccessPath(principal, Permission.USER_MANAGE, p));
  if (!manages.some(Boolean)) throw notFound('User', id);
  if (!manages.every(Boolean))
    throw forbidden(
      `${user.email} also holds roles outside your part of the organisation; an administrator above you must do this.`,
    );
  return user;
}

/** Deactivates a user: they cannot sign in, and every session of theirs ends at once. */
export async function deactivateUser(ctx: RequestContext, id: string): Promise<User> {
  const principal = requirePrincipal(ctx);
  return ctx.em.transactional(async (em) => {
    const user = await requireManagedUser(ctx, em, id);
    if (user.id === principal.userId)
      throw badInput('You cannot deactivate yourself; ask another administrator.', { field: 'id' });
    user.disabledAt ??= new Date();
    await em.nativeDelete(Session, { user: user.id });
    await em.flush();
    return user;
  });
}

/** Lets a deactivated user sign in again, with their roles and password as they were. */
export async function reactivateUser(ctx: RequestContext, id: string): Promise<User> {
  return ctx.em.transactional(async (em) => {
    const user = await requireManagedUser(ctx, em, id);
    user.disabledAt = null;
    await em.flush();
    return user;
  });
}

/** API keys over units where the caller has API_KEY_MANAGE, newest first; revoked ones only when asked. */
export async function listApiKeys(ctx: RequestContext, includeRevoked: boolean, args: PageArgs): Promise<Page<ApiKey>> {
  const first = pageSize(args);
  const subtrees = subtreesWith(requirePrincipal(ctx), Permission.API_KEY_MANAGE);
  if (!subtrees.length) return toPage([], first, 0, () => [], false);
  const where: Record<string, unknown>[] = [{ $or: subtrees.map((p) => ({ unit: { path: { $like: `${p}%` } } })) }];
  if (!includeRevoked) where.push({ revokedAt: null });
  const after = decodeCursor(args.after);
  const page = after
    ? [
        ...where,
        {
          $or: [
            { createdAt: { $lt: new Date(String(after[0])) } },
            { createdAt: new Date(String(after[0])), id: { $lt: String(after[1]) } },
          ],
        },
      ]
    : where;
  const [rows, total] = await Promise.all([
    ctx.em.find(ApiKey, { $and: page }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
    ctx.em.count(ApiKey, { $and: where }),
  ]);
  return toPage(rows, first, total, (k) => [k.createdAt.toISOString(), k.id], Boolean(after));
}
