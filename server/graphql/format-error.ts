import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { databaseTrouble, TROUBLE_MESSAGE } from '../db/unavailable.js';
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
    const trouble = databaseTrouble(error);
    if (trouble) {
      log.warn({ err: unwrapResolverError(error), path: formatted.path, trouble }, 'database unavailable');
      return {
        message: TROUBLE_MESSAGE[trouble],
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
