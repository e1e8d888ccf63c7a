import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { AppError } from '../graphql/errors.js';

/**
 * Sign-in lock-out with back-off, per account (the e-mail typed, whether or not it exists, so the
 * lock tells nothing) and per client address. Counted in PostgreSQL: every server copy sees the
 * same failures. After LOGIN_MAX_FAILURES_PER_* failures within LOGIN_FAILURE_WINDOW_SECONDS the
 * key is locked for LOGIN_LOCKOUT_SECONDS, twice as long each further time (up to
 * LOGIN_LOCKOUT_MAX_SECONDS); while locked every attempt is refused, the right password too.
 */
export interface SignInKeys {
  account: string;
  address: string | null;
}

type Kind = 'ACCOUNT' | 'ADDRESS';

const WHO: Record<Kind, string> = { ACCOUNT: 'for this account', ADDRESS: 'from your network address' };

function inWords(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}

/** TOO_MANY_ATTEMPTS (HTTP 429) saying when to try again; `retryAfterSeconds` for programs. */
export function tooManyAttempts(kind: Kind, seconds: number): AppError {
  const at = new Date(Date.now() + seconds * 1000).toISOString().slice(11, 16);
  const error = new AppError(
    'TOO_MANY_ATTEMPTS',
    `Too many failed sign-ins ${WHO[kind]}: try again in ${inWords(seconds)} (after ${at} UTC).`,
    { retryAfterSeconds: seconds },
  );
  // Apollo copies these onto the HTTP answer: 429 with Retry-After.
  Object.assign(error.extensions.http as object, { headers: new Map([['retry-after', String(seconds)]]) });
  return error;
}

const entries = (keys: SignInKeys): [Kind, string][] =>
  keys.address
    ? [
        ['ACCOUNT', keys.account],
        ['ADDRESS', keys.address],
      ]
    : [['ACCOUNT', keys.account]];

/** Refuses the attempt while the account or the address is locked. */
export async function refuseWhileLocked(em: EntityManager, keys: SignInKeys): Promise<void> {
  const rows: { kind: Kind; seconds: number }[] = await em.getConnection().execute(
    `select kind, ceil(extract(epoch from locked_until - now()))::int seconds from sign_in_throttle
      where locked_until > now() and ((kind = 'ACCOUNT' and key = ?) or (kind = 'ADDRESS' and key = ?))
      order by locked_until desc limit 1`,
    [keys.account, keys.address ?? ''],
  );
  if (rows.length) throw tooManyAttempts(rows[0].kind, Math.max(1, rows[0].seconds));
}

/** Counts a failure for the account and the address; throws TOO_MANY_ATTEMPTS when it starts a lock. */
export async function recordFailure(em: EntityManager, config: Config, keys: SignInKeys): Promise<void> {
  const connection = em.getConnection();
  let locked: { kind: Kind; seconds: number } | null = null;
  for (const [kind, key] of entries(keys)) {
    const limit = kind === 'ACCOUNT' ? config.LOGIN_MAX_FAILURES_PER_ACCOUNT : config.LOGIN_MAX_FAILURES_PER_ADDRESS;
    const window = config.LOGIN_FAILURE_WINDOW_SECONDS;
    // A new window starts when the last one is over; back-off is forgotten a day after the last lock ended.
    await connection.execute(
      `insert into sign_in_throttle as t (kind, key, failures, window_started_at, lockouts, locked_until) values (?, ?, 1, now(), 0, null)
       on conflict (kind, key) do update set
         failures = case when t.window_started_at <= now() - make_interval(secs => ?) then 1 else t.failures + 1 end,
         window_started_at = case when t.window_started_at <= now() - make_interval(secs => ?) then now() else t.window_started_at end,
         lockouts = case when t.locked_until < now() - interval '1 day' then 0 else t.lockouts end`,
      [kind, key, window, window],
    );
    // Only one of several concurrent failures starts the lock (the row is locked, then no longer due).
    const [lock] = await connection.execute(
      `update sign_in_throttle set lockouts = lockouts + 1, failures = 0, window_started_at = now(),
              locked_until = now() + make_interval(secs => least(? * power(2, lockouts), ?))
        where kind = ? and key = ? and failures >= ? and (locked_until is null or locked_until <= now())
        returning ceil(extract(epoch from locked_until - now()))::int seconds`,
      [config.LOGIN_LOCKOUT_SECONDS, config.LOGIN_LOCKOUT_MAX_SECONDS, kind, key, limit],
    );
    if (lock && (!locked || lock.seconds > locked.seconds)) locked = { kind, seconds: lock.seconds };
  }
  if (locked) throw tooManyAttempts(locked.kind, Math.max(1, locked.seconds));
}

/** A successful sign-in resets the account's counter and back-off (not the address's). */
export async function recordSuccess(em: EntityManager, keys: SignInKeys): Promise<void> {
  await em.getConnection().execute(`delete from sign_in_throttle where kind = 'ACCOUNT' and key = ?`, [keys.account]);
}

/** Forgets counters a day past their window and their last lock (run with the session purge). */
export async function purgeStaleThrottles(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute(
    `delete from sign_in_throttle where window_started_at < now() - interval '1 day'
        and (locked_until is null or locked_until < now() - interval '1 day') returning kind`,
  );
  return rows.length;
}
