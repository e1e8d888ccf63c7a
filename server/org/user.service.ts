import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../graphql/context.js';
import { badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, requireAccess, requirePrincipal } from './access.service.js';
import { endOtherSessions } from './auth.service.js';
import { generatePassword, hashPassword, verifyPassword } from './password.js';
import { checkPassword } from './password-policy.js';
import { OrgUnit } from './org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Permission, type Role } from './roles.js';
import { User } from './user.entity.js';

export const LOCALES = ['en', 'zh-CN', 'uk'] as const;

export interface RoleInput {
  role: Role;
  unitId: string;
}

export interface CreateUserInput {
  email: string;
  displayName: string;
  password?: string | null;
  locale?: string | null;
  roles?: RoleInput[] | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function cleanEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (!EMAIL.test(value) || value.length > 254)
    throw badInput(`"${email}" is not an e-mail address.`, { field: 'email' });
  return value;
}

function checkLocale(locale: string): string {
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw badInput(`Locale "${locale}" is not offered; use one of ${LOCALES.join(', ')}.`, { field: 'locale' });
  }
  return locale;
}

/**
 * Creates a user, with their first roles, in one transaction. Without a password one is
 * generated and returned once, for the administrator to hand over.
 */
export async function createUser(
  ctx: RequestContext,
  input: CreateUserInput,
): Promise<{ user: User; initialPassword: string | null }> {
  const orgId = requirePrincipal(ctx).orgId;
  const email = cleanEmail(input.email);
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 200)
    throw badInput('A display name needs 1–200 characters.', { field: 'displayName' });
  const initialPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ? checkPassword(input.password) : initialPassword!);
  const locale = checkLocale(input.locale ?? 'en');

  return ctx.em.transactional(async (em) => {
    const units: OrgUnit[] = [];
    for (const grant of input.roles ?? [])
      units.push(await requireAccess(ctx, Permission.USER_MANAGE, grant.unitId, em));
    const user = em.create(User, { organization: orgId, email, displayName, passwordHash, locale });
    (input.roles ?? []).forEach((grant, i) =>
      em.create(RoleAssignment, { organization: orgId, user, role: grant.role, unit: units[i] }),
    );
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw conflict(`A user with e-mail ${email} already exists in this organisation.`, { field: 'email' });
      }
      throw error;
    }
    return { user, initialPassword };
  });
}

/** Gives a user a role over a unit subtree; assigning a role the user already holds there changes nothing. */
export async function assignRole(ctx: RequestContext, userId: string, grant: RoleInput): Promise<RoleAssignment> {
  return ctx.em.transactional(async (em) => {
    const unit = await requireAccess(ctx, Permission.USER_MANAGE, grant.unitId, em);
    const user = await em.findOne(User, { id: requireId('User', userId) });
    if (!user) throw notFound('User', userId);
    const existing = await em.findOne(RoleAssignment, { user, role: grant.role, unit });
    if (existing) return existing;
    const assignment = em.create(RoleAssignment, { organization: unit.organization, user, role: grant.role, unit });
    await em.flush();
    return assignment;
  });
}

export async function revokeRole(ctx: RequestContext, assignmentId: string): Promise<boolean> {
  return ctx.em.transactional(async (em) => {
    const assignment = await em.findOne(RoleAssignment, { id: requireId('Role assignment', assignmentId) });
    if (!assignment) throw notFound('Role assignment', assignmentId);
    await requireAccess(ctx, Permission.USER_MANAGE, assignment.unit.id, em);
    em.remove(assignment);
    await em.flush();
    return true;
  });
}

/**
 * A user the caller manages: themselves, or one holding a role inside a subtree where the caller
 * has USER_MANAGE (users without any role: administrators at the head office only). Others read
 * as not found, like users of another organisation.
 */
export async function getUser(ctx: RequestContext, id: string): Promise<User> {
  const principal = requirePrincipal(ctx);
  const user = await ctx.em.findOne(User, { id: requireId('User', id) });
  if (!user) throw notFound('User', id);
  if (user.id === principal.userId) return user;
  const assignments = await ctx.em.find(RoleAssignment, { user }, { populate: ['unit'] });
  const manages = (path: string) => canAccessPath(principal, Permission.USER_MANAGE, path);
  if (assignments.some((a) => manages(a.unit.getEntity().path))) return user;
  const root = assignments.length ? null : await ctx.em.findOne(OrgUnit, { parent: null });
  if (root && manages(root.path)) return user;
  throw notFound('User', id);
}

/** Changes the signed-in user's own password; other sessions of the user are signed out. */
export async function changePassword(
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const principal = requirePrincipal(ctx);
  if (!principal.userId) throw badInput('API keys have no password.');
  const user = await getUser(ctx, principal.userId);
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw badInput('The current password is not correct.', { field: 'currentPassword' });
  }
  user.passwordHash = await hashPassword(checkPassword(newPassword, 'newPassword'));
  await ctx.em.flush();
  await endOtherSessions(ctx, user.id);
  return true;
}
