import { z } from 'zod';

/** Boolean env values as people write them ("true", "1", "yes" / "false", "0", "no"). */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

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
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port(54329),
  DB_POOL_MAX: z.coerce.number({ message: 'expected a number' }).int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number({ message: 'expected a number of hours' }).positive().default(168),
  ROLLUP_INTERVAL_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(0).max(3_600_000).default(1000),
  COOKIE_SECURE: flag(false),
  GRAPHQL_INTROSPECTION: flag(true),
  BOOTSTRAP_ORG_NAME: z.string().min(1).default('Demo Agency'),
  BOOTSTRAP_ORG_TIME_ZONE: timeZone.default('UTC'),
  BOOTSTRAP_ADMIN_EMAIL: z.email({ message: 'expected an e-mail address' }).default('admin@barometer.local'),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(10, 'expected at least 10 characters').optional(),
  SURVEYJS_LICENSE_KEY: z.string().min(1).optional(),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/**
 * Reads the configuration from environment variables. Every bad value is reported on its own
 * line naming the variable, so a person can fix them all at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(present[name] ?? '')} is invalid: ${issue.message}`;
  });
  throw new ConfigError(lines.join('\n'));
}
