import { z } from 'zod';
import { passwordProblem } from './password-policy.js';

/** Boolean env values as people write them ("true", "1", "yes" / "false", "0", "no"). */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

/** A boolean env value whose default depends on other settings (resolved in loadConfig). */
const optionalFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)));

const port = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole port number')
    .min(0, 'expected a port between 0 and 65535')
    .max(65535, 'expected a port between 0 and 65535')
    .default(fallback);

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as Europe/Kyiv or Asia/Shanghai');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port(4000),
  PUBLIC_URL: z.url({ message: 'expected an absolute URL such as https://barometer.example.org' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL')
    .optional(),
  /** transaction: DATABASE_URL is a transaction-pooling pgbouncer; no session settings are sent (docs/scale-out.md). */
  DATABASE_POOL_MODE: z
    .enum(['session', 'transaction'], { message: 'expected session or transaction' })
    .default('session'),
  /** A streaming replica of DATABASE_URL that results read from when it has caught up (docs/scale-out.md). */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /** The key that seals stored secrets (TOTP), base64 of 32 bytes; without it DATA_DIR/secrets.key (docs/security.md). */
  SECRETS_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'expected 32 random bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  EMBEDDED_PG_PORT: port(54329),
  DB_POOL_MAX: z.coerce.number({ message: 'expected a number' }).int().min(1).max(200).default(10),
  // Database timeouts (0 = none): no statement, lock wait, idle transaction, connect or pool wait lasts for ever.
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).default(30_000),
  DB_LOCK_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).default(5_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).default(60_000),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).default(5_000),
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(100).default(10_000),
  /** How long /healthz and /readyz wait for the database before calling it down. */
  HEALTH_DB_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(10).max(5_000).default(500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number({ message: 'expected a number of hours' }).positive().default(168),
  /** Run the workers (rollups, delivery, scheduled jobs) in this process; false for an API-only copy (docs/scale-out.md). */
  WORKERS: flag(true),
  /** When the hourly scheduled jobs run (cron, UTC): expired sessions purged, response partitions created ahead. */
  SCHEDULE_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, 'expected a cron expression of five fields')
    .default('17 * * * *'),
  ROLLUP_INTERVAL_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).max(3_600_000).default(1000),
  /** Always mark the session cookie Secure (it is anyway when PUBLIC_URL is https or a trusted proxy says https). */
  COOKIE_SECURE: flag(false),
  /** Which proxies' X-Forwarded-* headers to believe (Express "trust proxy": loopback, a number of hops, addresses). */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  /** Who may frame the survey pages (/r/…) for the EMBED channel: CSP frame-ancestors sources, * for any site. */
  EMBED_FRAME_ANCESTORS: z.string().min(1).default('*'),
  // Sign-in lock-out (server/org/sign-in-throttle.ts): failures within the window, then a lock that doubles each time.
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number({ message: 'expected a number' }).int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number({ message: 'expected a number' }).int().min(1).default(20),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).default(900),
  LOGIN_LOCKOUT_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).default(300),
  LOGIN_LOCKOUT_MAX_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).default(86_400),
  // Public input paths (server/http/abuse-guard.ts): requests per window, per client address and per link token.
  // Unset, they are off under NODE_ENV=test (tests submit in bulk from one address) and on otherwise; 0 = off.
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).default(60),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number({ message: 'expected a number' }).int().min(0).optional(),
  RATE_LIMIT_PER_TOKEN: z.coerce.number({ message: 'expected a number' }).int().min(0).optional(),
  /** Machine callers (signed webhooks, imports) per address or endpoint. */
  RATE_LIMIT_MACHINE: z.coerce.number({ message: 'expected a number' }).int().min(0).optional(),
  /** Bot check on open links: a submission sooner than this after the survey was opened is refused; 0 = off. */
  BOT_MIN_FILL_SECONDS: z.coerce.number({ message: 'expected seconds' }).min(0).max(600).optional(),
  /** How long the form ticket of an opened survey stays valid (a kiosk reuses its ticket). */
  BOT_TICKET_MAX_AGE_HOURS: z.coerce.number({ message: 'expected hours' }).positive().default(168),
  /** Maintenance on pg-boss (purges), once across server copies; off by default under NODE_ENV=test. */
  MAINTENANCE_JOBS: optionalFlag,
  MAINTENANCE_CRON: z.string().min(9).default('17 * * * *'),
  PARTIAL_RESPONSE_RETENTION_DAYS: z.coerce.number({ message: 'expected days' }).int().min(1).default(30),
  IVR_SESSION_RETENTION_HOURS: z.coerce.number({ message: 'expected hours' }).int().min(1).default(24),
  /** Schema introspection and "did you mean" suggestions; default on only when NODE_ENV=development. */
  GRAPHQL_INTROSPECTION: optionalFlag,
  BOOTSTRAP_ORG_NAME: z.string().min(1).default('Demo Agency'),
  BOOTSTRAP_ORG_TIME_ZONE: timeZone.default('UTC'),
  BOOTSTRAP_ADMIN_EMAIL: z.email({ message: 'expected an e-mail address' }).default('admin@barometer.local'),
  BOOTSTRAP_ADMIN_PASSWORD: z
    .string()
    .min(10, 'expected at least 10 characters')
    .superRefine((v, ctx) => {
      const problem = v.length >= 10 ? passwordProblem(v) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  SURVEYJS_LICENSE_KEY: z.string().min(1).optional(),
  /** The demo organisation made on first start (docs/demo.md); off to start without it. */
  DEMO: z
    .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'], { message: 'expected on or off' })
    .default('on')
    .transform((v) => ['on', 'true', '1', 'yes'].includes(v)),
  // Distribution (server/distribution): every channel is optional; unconfigured ones say so when used.
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port(587),
  SMTP_SECURE: flag(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('Barometer <no-reply@barometer.local>'),
  SMTP_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(100).default(30_000),
  SMS_GATEWAY_URL: z.url({ message: 'expected the gateway URL, e.g. https://sms.example.org/send' }).optional(),
  SMS_GATEWAY_AUTH: z.string().min(1).optional(),
  SMS_GATEWAY_BODY_TEMPLATE: z.string().min(2).optional(),
  SMS_SENDER: z.string().min(1).default('Barometer'),
  SMS_MAX_SEGMENTS: z.coerce.number({ message: 'expected a number' }).int().min(1).max(10).default(6),
  PHONE_DEFAULT_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as UA or CN')
    .optional(),
  CONTACT_ENCRYPTION_KEY: z
    .string()
    .regex(
      /^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/,
      'expected 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)',
    )
    .optional(),
  CONTACT_RETENTION_DAYS: z.coerce.number({ message: 'expected a number of days' }).int().min(1).default(365),
  /** Let outbound webhooks post to private, loopback and link-local addresses (off: the SSRF guard refuses them). */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: flag(false),
  WEBHOOK_TOLERANCE_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).default(300),
  DELIVERY_WORKER: flag(true),
  DELIVERY_RETRY_LIMIT: z.coerce.number({ message: 'expected a number' }).int().min(0).max(20).default(5),
  DELIVERY_RETRY_DELAY_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).default(60),
  DELIVERY_RETRY_BACKOFF: flag(true),
  DELIVERY_POLL_SECONDS: z.coerce.number({ message: 'expected seconds' }).min(0.5).default(2),
  EMAIL_RATE_PER_SECOND: z.coerce.number({ message: 'expected a number' }).positive().default(10),
  SMS_RATE_PER_SECOND: z.coerce.number({ message: 'expected a number' }).positive().default(5),
});

const resolved = schema.transform((c) => ({
  ...c,
  GRAPHQL_INTROSPECTION: c.GRAPHQL_INTROSPECTION ?? c.NODE_ENV === 'development',
  ...guardDefaults(c),
}));

/** Rate limits, the bot check and maintenance default to off in tests, on elsewhere. */
function guardDefaults(c: z.infer<typeof schema>) {
  const on = c.NODE_ENV !== 'test';
  return {
    RATE_LIMIT_PER_ADDRESS: c.RATE_LIMIT_PER_ADDRESS ?? (on ? 120 : 0),
    RATE_LIMIT_PER_TOKEN: c.RATE_LIMIT_PER_TOKEN ?? (on ? 1200 : 0),
    RATE_LIMIT_MACHINE: c.RATE_LIMIT_MACHINE ?? (on ? 6000 : 0),
    BOT_MIN_FILL_SECONDS: c.BOT_MIN_FILL_SECONDS ?? (on ? 2 : 0),
    MAINTENANCE_JOBS: c.MAINTENANCE_JOBS ?? on,
  };
}

export type Config = z.infer<typeof resolved>;

export class ConfigError extends Error {}

/**
 * Reads the configuration from environment variables. Every bad value is reported on its own
 * line naming the variable, so a person can fix them all at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = resolved.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(present[name] ?? '')} is invalid: ${issue.message}`;
  });
  throw new ConfigError(lines.join('\n'));
}
