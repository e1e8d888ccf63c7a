import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { PublicRate } from './public-rate.entity.js';
import { ServerSecret } from './server-secret.entity.js';

/**
 * Abuse protection of every public input path, shared by every module (responses, distribution,
 * and the coming public complaint form): rate limits per client address and per token counted in
 * PostgreSQL (so they hold across server copies), and the bot check of open links (a honeypot
 * field and a signed form ticket that must be a few seconds old before a submission is accepted).
 *
 * - `guardPublic(ctx, { kind, token })` in a resolver or service before the work;
 * - `restHandler(deps, handle, { public: true, guard: { kind, token: (req) => … } })` for routes;
 * - `issueFormTicket` / `requireHuman` around a public form.
 */
export const guardEntities = [PublicRate, ServerSecret];

/** RESPONDENT: people on a link (limits per address and per token); MACHINE: signed webhooks, imports. */
export type GuardKind = 'RESPONDENT' | 'MACHINE';

export interface GuardCall {
  kind: GuardKind;
  /** The link token, webhook endpoint or other credential the request names; counted on its own. */
  token?: string | null;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/** The client address as Express sees it (behind TRUST_PROXY, the forwarded one). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** RATE_LIMITED (HTTP 429) with Retry-After, naming what was limited. */
export function rateLimited(what: 'address' | 'link', seconds: number): AppError {
  const who = what === 'address' ? 'from your network address' : 'for this link';
  const error = new AppError('RATE_LIMITED', `Too many requests ${who}: wait ${seconds} seconds and try again.`, {
    retryAfterSeconds: seconds,
    limited: what.toUpperCase(),
  });
  Object.assign(error.extensions.http as object, { headers: new Map([['retry-after', String(seconds)]]) });
  return error;
}

/** The keys a call counts under, address first, with their limits (0 = not counted). */
function keysOf(config: Config, address: string, call: GuardCall): [string, number, 'address' | 'link'][] {
  const keys: [string, number, 'address' | 'link'][] = [];
  // A key is hashed only when its limit counts: a hash on every public request is not free.
  const add = (limit: number, key: () => string, what: 'address' | 'link') => {
    if (limit > 0) keys.push([key(), limit, what]);
  };
  if (call.kind === 'MACHINE') add(config.RATE_LIMIT_MACHINE, () => `m:${hash(call.token ?? address)}`, 'address');
  else {
    add(config.RATE_LIMIT_PER_ADDRESS, () => `a:${hash(address)}`, 'address');
    const token = call.token;
    if (token) add(config.RATE_LIMIT_PER_TOKEN, () => `t:${hash(token)}`, 'link');
  }
  return keys;
}

/**
 * Counts one request against its address, then its token, and throws RATE_LIMITED when either is
 * over its limit in the current window (fixed windows of RATE_LIMIT_WINDOW_SECONDS). A request
 * refused for its address is not counted against the link, so one flooding address cannot close
 * a link to everyone else. One short statement per key, outside any transaction.
 */
export async function checkRate(em: EntityManager, config: Config, address: string, call: GuardCall): Promise<void> {
  const window = config.RATE_LIMIT_WINDOW_SECONDS;
  for (const [key, limit, what] of keysOf(config, address, call)) {
    const [row]: { hits: number; retry: number }[] = await em.getConnection().execute(
      `insert into public_rate as r (key, hits, window_started_at) values (?, 1, now())
       on conflict (key) do update set
         hits = case when r.window_started_at <= now() - make_interval(secs => ?) then 1 else r.hits + 1 end,
         window_started_at = case when r.window_started_at <= now() - make_interval(secs => ?) then now()
                                  else r.window_started_at end
       returning hits, greatest(1, ceil(extract(epoch from
         r.window_started_at + make_interval(secs => ?) - now())))::int retry`,
      [key, window, window, window],
    );
    if (row.hits > limit) throw rateLimited(what, row.retry);
  }
}

/** The guard for a GraphQL resolver or service: counts the call unless a signed-in principal makes it. */
export async function guardPublic(ctx: RequestContext, call: GuardCall): Promise<void> {
  if (ctx.principal && call.kind === 'RESPONDENT') return;
  await checkRate(ctx.em, ctx.config, clientAddress(ctx.req), call);
}

/** Forgets windows that ended a day ago (maintenance). */
export async function purgeRateWindows(em: EntityManager): Promise<number> {
  const rows = await em
    .getConnection()
    .execute(`delete from public_rate where window_started_at < now() - interval '1 day' returning key`);
  return rows.length;
}

const secrets = new Map<string, Promise<Buffer>>();

/** The shared secret `name` of this database, made by the first server copy that needs it. */
export function serverSecret(em: EntityManager, name: string): Promise<Buffer> {
  const id = `${em.config.get('clientUrl')}#${name}`;
  let secret = secrets.get(id);
  if (!secret) {
    secret = (async () => {
      const connection = em.getConnection();
      await connection.execute(`insert into server_secret (name, value) values (?, ?) on conflict do nothing`, [
        name,
        randomBytes(32).toString('base64url'),
      ]);
      const [row] = await connection.execute(`select value from server_secret where name = ?`, [name]);
      return Buffer.from(String(row.value), 'base64url');
    })();
    secret.catch(() => secrets.delete(id));
    secrets.set(id, secret);
  }
  return secret;
}

const sign = (key: Buffer, token: string, issued: number) =>
  createHmac('sha256', key).update(`${issued}.${token}`).digest('base64url').slice(0, 27);

/** A ticket for one opening of the form behind `token`: when it was opened (milliseconds), signed. */
export async function issueFormTicket(ctx: RequestContext, token: string): Promise<string> {
  const issued = Date.now();
  return `${issued}.${sign(await serverSecret(ctx.em, 'form-ticket'), token, issued)}`;
}

const botSuspected = (why: string, details: Record<string, unknown> = {}) =>
  new AppError('BOT_SUSPECTED', `This submission looks automated: ${why}`, details);

export interface HumanProof {
  /** The honeypot: a field people never see (hidden by the form), so only a program fills it in. */
  website?: string | null;
  /** What `issueFormTicket` gave when the form was opened. */
  formTicket?: string | null;
}

/**
 * The bot check of an open link (not applied to signed-in callers): the honeypot must be empty and
 * the form ticket genuine, issued for this token at least BOT_MIN_FILL_SECONDS ago and not older
 * than BOT_TICKET_MAX_AGE_HOURS. BOT_SUSPECTED says which, so a person's client can act on it
 * (`retryAfterSeconds` when it was only too fast).
 */
export async function requireHuman(ctx: RequestContext, token: string, proof: HumanProof): Promise<void> {
  const min = ctx.config.BOT_MIN_FILL_SECONDS;
  if (ctx.principal || min <= 0) return;
  if (typeof proof.website === 'string' && proof.website.trim() !== '')
    throw botSuspected('a field that people never see was filled in. Reload the survey and answer it again.', {
      reason: 'HONEYPOT',
    });
  const [issuedText, signature] = typeof proof.formTicket === 'string' ? proof.formTicket.split('.') : [];
  const issued = Number(issuedText);
  const expected = Number.isInteger(issued) ? sign(await serverSecret(ctx.em, 'form-ticket'), token, issued) : '';
  const genuine =
    typeof signature === 'string' &&
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  const age = (Date.now() - issued) / 1000;
  if (!genuine || age > ctx.config.BOT_TICKET_MAX_AGE_HOURS * 3600)
    throw botSuspected('it carries no valid form ticket from opening the survey. Reload the survey and submit again.', {
      reason: 'NO_TICKET',
    });
  if (age < min) {
    const wait = Math.max(1, Math.ceil(min - age));
    throw botSuspected(
      `it came ${Math.max(0, Math.floor(age))} seconds after the survey was opened. Wait ${wait} seconds and submit again.`,
      {
        reason: 'TOO_FAST',
        retryAfterSeconds: wait,
      },
    );
  }
}
