/**
 * Invitations by e-mail (docs/administration.md): an administrator invites an address with roles;
 * the invitee opens a single-use, expiring link, sets a password and is signed in.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { AppError, badInput, conflict, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, requireAccess, requirePrincipal, subtreesWith } from './access.service.js';
import { openSession } from './auth.service.js';
import { UserInvitation, type InvitedRole } from './invitation.entity.js';
import { invitationMail } from './invitation-mail.js';
import { sendAccountEmail } from './mailer.js';
import { OrgUnit } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { hashPassword } from './password.js';
import { checkPassword } from './password-policy.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Permission } from './roles.js';
import { hashSecret, newSecret, parseSessionToken } from './tokens.js';
import { cleanEmail, LOCALES } from './user.service.js';
import { User } from './user.entity.js';

export const INVITATION_TTL_HOURS = 72;
/** The bound of the `invitations` list (open invitations only). */
export const MAX_LISTED_INVITATIONS = 200;
const NO_TENANT_FILTER = { filters: false } as const;

export interface InviteUserInput {
  email: string;
  displayName?: string | null;
  locale?: string | null;
  roles: InvitedRole[];
}

export interface AcceptInvitationInput {
  token: string;
  password: string;
  displayName?: string | null;
}

/** The web page the e-mail links to; the web app's router answers it (web/src/account). */
export function invitationLink(base: string, token: string): string {
  return `${base.replace(/\/$/, '')}/invitation/${encodeURIComponent(token)}`;
}

function publicBase(ctx: RequestContext): string {
  return ctx.config.PUBLIC_URL ?? `${ctx.req.protocol}://${ctx.req.get('host')}`;
}

/** Invites an address with roles; the e-mail is sent before the invitation is saved, so a failure leaves nothing. */
export async function inviteUser(ctx: RequestContext, input: InviteUserInput): Promise<UserInvitation> {
  const principal = requirePrincipal(ctx);
  const email = cleanEmail(input.email);
  const locale = input.locale ?? 'en';
  if (!(LOCALES as readonly string[]).includes(locale))
    throw badInput(`Locale "${locale}" is not offered; use one of ${LOCALES.join(', ')}.`, { field: 'locale' });
  if (!input.roles.length) throw badInput('Give the invitee at least one role.', { field: 'roles' });
  const displayName = input.displayName?.trim() || email.split('@')[0];
  if (displayName.length > 200) throw badInput('A display name needs 1–200 characters.', { field: 'displayName' });
  return ctx.em.transactional(async (em) => {
    for (const grant of input.roles) await requireAccess(ctx, Permission.USER_MANAGE, grant.unitId, em);
    if (await em.count(User, { email }))
      throw conflict(`${email} already has an account in this organisation; give them roles instead.`, {
        field: 'email',
      });
    await em.nativeUpdate(UserInvitation, { email, acceptedAt: null, revokedAt: null }, { revokedAt: new Date() });
    const secret = newSecret();
    const invitation = em.create(UserInvitation, {
      organization: principal.orgId,
      email,
      displayName,
      locale,
      roles: input.roles.map((r) => ({ role: r.role, unitId: r.unitId.toLowerCase() })),
      tokenHash: hashSecret(secret),
      invitedBy: principal.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_HOURS * 3600_000),
    });
    await em.flush();
    const org = await em.findOneOrFail(Organization, { id: principal.orgId });
    const inviter = principal.userId ? (await em.findOne(User, { id: principal.userId }))?.displayName : null;
    const link = invitationLink(publicBase(ctx), `${principal.orgId}.${secret}`);
    const mail = invitationMail({
      organization: org.name,
      inviter: inviter ?? org.name,
      link,
      expiresAt: invitation.expiresAt,
      locale,
    });
    await sendAccountEmail(ctx.config, { to: email, ...mail });
    return invitation;
  });
}

async function managesAll(ctx: RequestContext, em: EntityManager, invitation: UserInvitation): Promise<boolean> {
  const principal = requirePrincipal(ctx);
  const units = await em.find(OrgUnit, { id: invitation.roles.map((r) => r.unitId) });
  return units.length > 0 && units.every((u) => canAccessPath(principal, Permission.USER_MANAGE, u.path));
}

/** Open invitations (not accepted, withdrawn or expired) whose every unit the caller manages, newest first. */
export async function listInvitations(ctx: RequestContext): Promise<UserInvitation[]> {
  if (!subtreesWith(requirePrincipal(ctx), Permission.USER_MANAGE).length) return [];
  const open = await ctx.em.find(
    UserInvitation,
    { acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: MAX_LISTED_INVITATIONS },
  );
  const keep = await Promise.all(open.map((i) => managesAll(ctx, ctx.em, i)));
  return open.filter((_, i) => keep[i]);
}

/** Withdraws an open invitation: its link is refused from now on. */
export async function revokeInvitation(ctx: RequestContext, id: string): Promise<UserInvitation> {
  return ctx.em.transactional(async (em) => {
    const invitation = await em.findOne(UserInvitation, { id: requireId('Invitation', id) });
    if (!invitation || !(await managesAll(ctx, em, invitation))) throw notFound('Invitation', id);
    if (invitation.acceptedAt) throw conflict('This invitation was already accepted; deactivate the user instead.');
    invitation.revokedAt ??= new Date();
    await em.flush();
    return invitation;
  });
}

const refused = (reason: string, message: string) => new AppError('CONFLICT', message, { reason });

/** The invitation behind a link, when it can still be used; otherwise an error saying why not. */
async function usableInvitation(em: EntityManager, token: string, lock: boolean): Promise<UserInvitation> {
  const parsed = parseSessionToken(token.trim());
  if (!parsed) throw notFound('Invitation', 'link');
  const invitation = await em.findOne(
    UserInvitation,
    { tokenHash: hashSecret(parsed.secret), organization: parsed.orgId },
    { ...NO_TENANT_FILTER, ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
  );
  if (!invitation)
    throw new AppError('NOT_FOUND', 'This invitation link is not valid: check that the whole link was opened.');
  if (invitation.acceptedAt)
    throw refused(
      'USED',
      'This invitation link was already used. Sign in with the password you set, or ask for a new invitation.',
    );
  if (invitation.revokedAt)
    throw refused(
      'REVOKED',
      'This invitation was withdrawn or replaced by a newer one; use the latest e-mail or ask for a new one.',
    );
  if (invitation.expiresAt <= new Date())
    throw refused('EXPIRED', 'This invitation link has expired; ask your administrator to invite you again.');
  return invitation;
}

/** What the set-password page shows before the invitee chooses a password. */
export async function previewInvitation(ctx: RequestContext, token: string) {
  const invitation = await usableInvitation(ctx.em, token, false);
  const org = await ctx.em.findOneOrFail(Organization, { id: invitation.organization.id });
  return { invitation, organizationName: org.name };
}

/** Sets the invitee's password, creates their account with the invited roles and signs them in. */
export async function acceptInvitation(ctx: RequestContext, input: AcceptInvitationInput): Promise<User> {
  const passwordHash = await hashPassword(checkPassword(input.password));
  const userId = await ctx.em.transactional(async (em) => {
    const invitation = await usableInvitation(em, input.token, true);
    const organization = invitation.organization.id;
    if (await em.count(User, { email: invitation.email, organization }, NO_TENANT_FILTER))
      throw refused('USED', `${invitation.email} already has an account here: sign in instead.`);
    const displayName = input.displayName?.trim() || invitation.displayName;
    if (displayName.length > 200) throw badInput('A display name needs 1–200 characters.', { field: 'displayName' });
    const locale = invitation.locale;
    const user = em.create(User, { organization, email: invitation.email, displayName, passwordHash, locale });
    const unitIds = invitation.roles.map((r) => r.unitId);
    const units = await em.find(OrgUnit, { id: unitIds, organization }, NO_TENANT_FILTER);
    for (const grant of invitation.roles) {
      const unit = units.find((u) => u.id === grant.unitId);
      if (unit) em.create(RoleAssignment, { organization, user, role: grant.role, unit });
    }
    invitation.acceptedAt = new Date();
    await em.flush();
    return user.id;
  });
  const user = await ctx.em.findOneOrFail(User, { id: userId }, NO_TENANT_FILTER);
  await openSession(ctx, user);
  return user;
}
