import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { seal, sealingKey, unseal } from '../db/secret-box.js';
import type { RequestContext } from '../graphql/context.js';
import { AppError, badInput, forbidden, unauthenticated } from '../graphql/errors.js';
import { requirePrincipal } from './access.service.js';
import { verifyPassword } from './password.js';
import { Role } from './roles.js';
import { recordFailure, refuseWhileLocked, type SignInKeys } from './sign-in-throttle.js';
import { hashSecret } from './tokens.js';
import { UserTotp } from './totp.entity.js';
import { User } from './user.entity.js';

/**
 * The optional second factor of administrators: a TOTP app (RFC 6238: SHA-1, 6 digits, 30 s, one
 * step of clock drift either way) and ten single-use recovery codes. A code is accepted once: the
 * step it belongs to is stored and a code of that step or an earlier one is refused. Wrong codes
 * count as failed sign-ins (sign-in-throttle.ts), so the lock-out and its back-off hold for them.
 */
const NO_TENANT_FILTER = { filters: false } as const;
const PERIOD = 30;
const RECOVERY_CODES = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const totpOf = (secret: string, label = 'Barometer') =>
  new TOTP({ issuer: 'Barometer', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret });
const normalise = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

export const signInKeys = (ctx: RequestContext, email: string): SignInKeys => ({
  account: email.trim().toLowerCase(),
  address: ctx.req.ip ?? ctx.req.socket.remoteAddress ?? null,
});

function newRecoveryCode(): string {
  const chars = Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** The plain shared secret; a key that does not open it is the operator's mistake, said plainly in the log. */
function openSecret(ctx: RequestContext, totp: UserTotp): string {
  try {
    return unseal(sealingKey(ctx.config), totp.sealedSecret, totp.userId);
  } catch (error) {
    throw new Error(
      `The TOTP secret of user ${totp.userId} does not open with this server's key: every server copy needs the ` +
        'same SECRETS_KEY (or DATA_DIR/secrets.key) as the one that sealed it.',
      { cause: error },
    );
  }
}

/** The user's confirmed second factor, or null. */
export async function confirmedTotp(em: EntityManager, userId: string): Promise<UserTotp | null> {
  return em.findOne(UserTotp, { userId, confirmedAt: { $ne: null } }, NO_TENANT_FILTER);
}

/**
 * Accepts a 6-digit code (once, see above) or an unused recovery code (which is then used up).
 * Both updates are single statements, so two requests racing with the same code cannot both pass.
 */
async function acceptCode(ctx: RequestContext, totp: UserTotp, code: string): Promise<boolean> {
  const value = normalise(code);
  const connection = ctx.em.getConnection();
  if (/^\d{6}$/.test(value)) {
    const delta = totpOf(openSecret(ctx, totp)).validate({ token: value, window: 1 });
    if (delta === null) return false;
    const step = Math.floor(Date.now() / 1000 / PERIOD) + delta;
    const rows = await connection.execute(
      `update user_totp set last_step = ? where user_id = ? and (last_step is null or last_step < ?) returning user_id`,
      [step, totp.userId, step],
    );
    return rows.length === 1;
  }
  if (value.length !== 10) return false;
  const rows = await connection.execute(
    `update user_totp set recovery_codes = array_remove(recovery_codes, ?) where user_id = ? and ? = any(recovery_codes)
      returning user_id`,
    [hashSecret(value), totp.userId, hashSecret(value)],
  );
  return rows.length === 1;
}

/**
 * At sign-in, after the password matched: nothing to do without a confirmed second factor; else
 * SECOND_FACTOR_REQUIRED when no code was given, and a counted failure when the code is wrong.
 */
export async function checkSecondFactor(
  ctx: RequestContext,
  user: User,
  code: string | null | undefined,
  keys: SignInKeys,
): Promise<void> {
  const totp = await confirmedTotp(ctx.em, user.id);
  if (!totp) return;
  if (!code?.trim()) {
    throw new AppError(
      'SECOND_FACTOR_REQUIRED',
      'Enter the 6-digit code of your authenticator app, or one of your recovery codes.',
      { field: 'code' },
    );
  }
  if (!(await acceptCode(ctx, totp, code))) {
    await recordFailure(ctx.em, ctx.config, keys);
    throw unauthenticated(
      'This code is not correct or was already used: wait for the next code of your app, or use a recovery code.',
    );
  }
}

async function signedInAdmin(ctx: RequestContext): Promise<User> {
  const principal = requirePrincipal(ctx);
  if (!principal.userId) throw badInput('API keys have no second factor.');
  if (!principal.grants.some((g) => g.role === Role.ADMIN)) {
    throw forbidden('The second factor is offered to administrators; ask an administrator if you need it.');
  }
  return ctx.em.findOneOrFail(User, { id: principal.userId });
}

/** The password again, counted like a sign-in (the lock-out holds for a stolen session too). */
async function requirePassword(ctx: RequestContext, user: User, password: string): Promise<SignInKeys> {
  const keys = signInKeys(ctx, user.email);
  await refuseWhileLocked(ctx.em, keys);
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordFailure(ctx.em, ctx.config, keys);
    throw badInput('The password is not correct.', { field: 'password' });
  }
  return keys;
}

export interface TotpEnrolment {
  uri: string;
  secret: string;
  qrCode: string;
}

/** Starts (or restarts) enrolment: a new secret, shown this once as an otpauth:// URI and a QR code. */
export async function startTotpEnrolment(ctx: RequestContext, password: string): Promise<TotpEnrolment> {
  const user = await signedInAdmin(ctx);
  await requirePassword(ctx, user, password);
  if (await confirmedTotp(ctx.em, user.id)) {
    throw badInput('The second factor is already on; turn it off first to enrol a new app.');
  }
  const secret = new Secret({ size: 20 }).base32;
  const sealedSecret = seal(sealingKey(ctx.config), secret, user.id);
  const existing = await ctx.em.findOne(UserTotp, { userId: user.id });
  if (existing) existing.sealedSecret = sealedSecret;
  else ctx.em.create(UserTotp, { userId: user.id, organization: user.organization, sealedSecret });
  await ctx.em.flush();
  const uri = totpOf(secret, user.email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2 });
  return { uri, secret, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** Confirms enrolment with a code of the app; answers the recovery codes, shown this once. */
export async function confirmTotpEnrolment(ctx: RequestContext, code: string): Promise<string[]> {
  const user = await signedInAdmin(ctx);
  const totp = await ctx.em.findOne(UserTotp, { userId: user.id });
  if (!totp || totp.confirmedAt) throw badInput('There is no enrolment to confirm: start it again.');
  if (!/^\d{6}$/.test(normalise(code)) || !(await acceptCode(ctx, totp, code))) {
    throw badInput('This code does not match: check the time of your phone and type the code it shows now.', {
      field: 'code',
    });
  }
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  totp.recoveryCodes = codes.map((c) => hashSecret(normalise(c)));
  totp.confirmedAt = new Date();
  await ctx.em.flush();
  return codes;
}

/** Turns the second factor off: the password and a code (or a recovery code) are both needed. */
export async function disableTotp(ctx: RequestContext, password: string, code: string): Promise<boolean> {
  const principal = requirePrincipal(ctx);
  if (!principal.userId) throw badInput('API keys have no second factor.');
  const user = await ctx.em.findOneOrFail(User, { id: principal.userId });
  const keys = await requirePassword(ctx, user, password);
  const totp = await confirmedTotp(ctx.em, user.id);
  if (!totp) throw badInput('The second factor is not on.');
  if (!(await acceptCode(ctx, totp, code))) {
    await recordFailure(ctx.em, ctx.config, keys);
    throw badInput('This code is not correct or was already used.', { field: 'code' });
  }
  ctx.em.remove(totp);
  await ctx.em.flush();
  return true;
}
