import type { EntityManager } from '@mikro-orm/postgresql';
import { parse as parseCookies } from 'cookie';
import type { RequestContext } from '../graphql/context.js';
import { overTls } from '../http/security-headers.js';
import { setPrincipal } from '../graphql/context.js';
import { badInput, unauthenticated } from '../graphql/errors.js';
import type { Grant, Principal } from './access.service.js';
import { ApiKey } from './api-key.entity.js';
import { Organization } from './organization.entity.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Session } from './session.entity.js';
import { purgeStaleThrottles, recordFailure, recordSuccess, refuseWhileLocked } from './sign-in-throttle.js';
import { checkSecondFactor } from './totp.service.js';
import { formatSessionToken, hashSecret, newSecret, parseApiKey, parseSessionToken, sameHash } from './tokens.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'barometer_session';
// Authentication runs before the request knows its organisation, so it names it explicitly.
const NO_TENANT_FILTER = { filters: false } as const;

/**
 * Works out who is asking: an API key (Authorization: Bearer, or X-Api-Key) or a session
 * cookie. A bad API key is an error (a system should learn at once); a stale cookie just
 * means "signed out".
 */
export async function authenticate(ctx: RequestContext): Promise<Principal | null> {
  const header = ctx.req.headers.authorization;
  const apiKey = header?.toLowerCase().startsWith('bearer ') ? header.slice(7) : ctx.req.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey) return authenticateApiKey(ctx.em, apiKey);
  const cookie = parseCookies(ctx.req.headers.cookie ?? '')[SESSION_COOKIE];
  if (!cookie) return null;
  const principal = await authenticateSession(ctx.em, cookie);
  if (!principal) clearSessionCookie(ctx);
  return principal;
}

async function authenticateApiKey(em: EntityManager, token: string): Promise<Principal> {
  const parsed = parseApiKey(token);
  if (!parsed)
    throw unauthenticated('This is not a Barometer API key (they start with "bmk."); check the value you send.');
  const key = await em.findOne(
    ApiKey,
    { id: parsed.keyId, organization: parsed.orgId },
    { ...NO_TENANT_FILTER, populate: ['unit'] },
  );
  if (!key || !sameHash(key.secretHash, hashSecret(parsed.secret))) {
    throw unauthenticated('This API key is not valid; check the value or create a new key.');
  }
  if (key.revokedAt)
    throw unauthenticated(`This API key was revoked on ${key.revokedAt.toISOString()}; create a new key.`);
  if (key.expiresAt && key.expiresAt <= new Date()) {
    throw unauthenticated(`This API key expired on ${key.expiresAt.toISOString()}; create a new key.`);
  }
  // Recording use once a minute is enough to answer "is this key still used?".
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiKey, { id: key.id, organization: parsed.orgId }, { lastUsedAt: now }, NO_TENANT_FILTER);
  }
  const unit = key.unit.getEntity();
  return {
    kind: 'API_KEY',
    orgId: parsed.orgId,
    userId: null,
    apiKeyId: key.id,
    grants: [{ role: key.role, unitId: unit.id, unitPath: unit.path }],
    scopes: key.scopes,
  };
}

/**
 * The session's user and their grants in one read: every request asks it, and the two ORM reads it
 * took (session with user, roles with units) cost more CPU than the rest of a small query.
 */
async function authenticateSession(em: EntityManager, token: string): Promise<Principal | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const [row]: { user_id: string; grants: Grant[] }[] = await em.execute(
    `select u.id as user_id,
            coalesce(json_agg(json_build_object('role', r.role, 'unitId', o.id, 'unitPath', o.path))
                       filter (where o.id is not null), '[]') as grants
       from session s
       join app_user u on u.id = s.user_id and u.organization_id = s.organization_id
       left join role_assignment r on r.user_id = u.id and r.organization_id = s.organization_id
       left join org_unit o on o.id = r.unit_id and o.organization_id = s.organization_id
      where s.id = ? and s.organization_id = ? and s.expires_at > ? and u.disabled_at is null
      group by u.id`,
    [hashSecret(parsed.secret), parsed.orgId, new Date()],
  );
  if (!row) return null;
  return { kind: 'USER', orgId: parsed.orgId, userId: row.user_id, apiKeyId: null, grants: row.grants };
}

async function loadGrants(em: EntityManager, orgId: string, userId: string): Promise<Grant[]> {
  const rows = await em.find(
    RoleAssignment,
    { user: userId, organization: orgId },
    { ...NO_TENANT_FILTER, populate: ['unit'] },
  );
  return rows.map((r) => ({ role: r.role, unitId: r.unit.id, unitPath: r.unit.getEntity().path }));
}

export interface LoginInput {
  email: string;
  password: string;
  organization?: string | null;
  code?: string | null;
}

/**
 * Checks the password and opens a session. Every failure reads the same, whether or not the
 * e-mail exists, and takes as long.
 */
export async function login(ctx: RequestContext, input: LoginInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const keys = { account: email, address: ctx.req.ip ?? ctx.req.socket.remoteAddress ?? null };
  await refuseWhileLocked(ctx.em, keys);
  const where: Record<string, unknown> = { email };
  if (input.organization) {
    const org = await ctx.em.findOne(Organization, { slug: input.organization.trim().toLowerCase() });
    where.organization = org?.id ?? null;
  }
  const candidates = await ctx.em.find(User, where, NO_TENANT_FILTER);
  const matches: User[] = [];
  for (const user of candidates) {
    if ((await verifyPassword(input.password, user.passwordHash)) && !user.disabledAt) matches.push(user);
  }
  if (!candidates.length) await verifyPassword(input.password, DUMMY_HASH);
  if (!matches.length) {
    await recordFailure(ctx.em, ctx.config, keys);
    throw unauthenticated('E-mail or password is incorrect.');
  }
  if (matches.length > 1) {
    throw badInput('This e-mail signs in to several organisations: give the organisation short name as well.', {
      field: 'organization',
    });
  }
  const user = matches[0];
  await checkSecondFactor(ctx, user, input.code, keys);
  await recordSuccess(ctx.em, keys);
  await openSession(ctx, user);
  return user;
}

/** Opens a session for the user in this browser (sets the cookie) and makes them the request's principal. */
export async function openSession(ctx: RequestContext, user: User): Promise<void> {
  const orgId = user.organization.id;
  const secret = newSecret();
  const ttl = ctx.config.SESSION_TTL_HOURS * 3600_000;
  ctx.em.create(Session, { id: hashSecret(secret), organization: orgId, user, expiresAt: new Date(Date.now() + ttl) });
  await ctx.em.flush();
  ctx.res.cookie(SESSION_COOKIE, formatSessionToken(orgId, secret), {
    httpOnly: true,
    sameSite: 'lax',
    secure: overTls(ctx.config, ctx.req),
    maxAge: ttl,
    path: '/',
  });
  setPrincipal(ctx, {
    kind: 'USER',
    orgId,
    userId: user.id,
    apiKeyId: null,
    grants: await loadGrants(ctx.em, orgId, user.id),
  });
}

function currentSession(ctx: RequestContext): { id: string; orgId: string } | null {
  const parsed = parseSessionToken(parseCookies(ctx.req.headers.cookie ?? '')[SESSION_COOKIE] ?? '');
  return parsed ? { id: hashSecret(parsed.secret), orgId: parsed.orgId } : null;
}

/** Ends this browser's session; signing out twice is not an error. */
export async function logout(ctx: RequestContext): Promise<boolean> {
  const session = currentSession(ctx);
  if (session) await ctx.em.nativeDelete(Session, { id: session.id, organization: session.orgId }, NO_TENANT_FILTER);
  clearSessionCookie(ctx);
  return true;
}

/** Signs a user out everywhere except in this browser (after a password change). */
export async function endOtherSessions(ctx: RequestContext, userId: string): Promise<void> {
  const current = currentSession(ctx);
  await ctx.em.nativeDelete(Session, { user: userId, ...(current ? { id: { $ne: current.id } } : {}) });
}

function clearSessionCookie(ctx: RequestContext): void {
  ctx.res.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: overTls(ctx.config, ctx.req),
  });
}

/**
 * Removes sessions past their expiry, and sign-in counters no longer needed; run at start-up (and
 * by the job runner once it exists).
 */
export async function purgeExpiredSessions(em: EntityManager): Promise<number> {
  await purgeStaleThrottles(em);
  return em.nativeDelete(Session, { expiresAt: { $lte: new Date() } }, NO_TENANT_FILTER);
}
