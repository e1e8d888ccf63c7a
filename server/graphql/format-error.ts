import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

function describe(failures: ValidationFailure[], prefix = ''): string[] {
  return failures.flatMap((f) => [
    ...Object.values(f.constraints ?? {}).map((c) => `${prefix}${c}`),
    ...describe(f.children ?? [], `${prefix}${f.property}.`),
  ]);
}

const KNOWN = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'BOT_SUSPECTED',
  'SECOND_FACTOR_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL's lock_not_available (lock timeout) and query_canceled (statement timeout). */
const DATABASE_BUSY = new Set(['55P03', '57014']);

/** The PostgreSQL timeout behind an error, also when Apollo wrapped it (context creation). */
function databaseCause(error: unknown): { code: string } | null {
  for (
    let e = error as { code?: unknown; originalError?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.originalError as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && DATABASE_BUSY.has(e.code)) return e as { code: string };
  }
  return null;
}

/**
 * Errors a person can act on pass through with their code; anything else is a bug: logged in
 * full and answered with a generic message that names the request id, never internals.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code === 'BAD_USER_INPUT' && Array.isArray(formatted.extensions?.validationErrors)) {
      const problems = describe(formatted.extensions.validationErrors as ValidationFailure[]);
      const { validationErrors: _, ...extensions } = formatted.extensions;
      return {
        ...formatted,
        message: `Invalid input: ${problems.join('; ')}.`,
        extensions: { ...extensions, problems },
      };
    }
    if (code && KNOWN.has(code)) {
      const { http: _, stacktrace: __, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = databaseCause(unwrapResolverError(error));
    if (cause) {
      log.warn({ err: cause, path: formatted.path }, 'database wait timed out');
      return {
        message: 'The database is busy right now and did not answer in time; please try again in a moment.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    log.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message:
        'Something went wrong on the server. It has been logged; please try again, and report the request id if it persists.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
