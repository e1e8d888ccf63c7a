/**
 * The one data layer of the admin app: @tanstack/vue-query over the operations generated from
 * schema.graphql (`graphql()` in web/src/graphql.ts), and the one mapping from a failed request to
 * what a person reads: a sentence per `extensions.code` in their language, and a sentence on each
 * form field the server named (`extensions.field`). No page shows a raw GraphQL message.
 */
import {
  QueryCache,
  QueryClient,
  MutationCache,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/vue-query';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { gql, GraphQLRequestError } from '../graphql';
import type { TypedDocumentString } from '../gql/graphql';
import { i18n } from '../i18n';
import { sessionEnded } from './session';

const run = gql as <R, V>(document: TypedDocumentString<R, V>, variables?: V) => Promise<R>;

/** The operation's name ("query Dashboard" gives "Dashboard"): the first part of its cache key. */
export function operationName(document: { toString(): string }): string {
  return /(?:query|mutation|subscription)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

/** What a failed request means for the person: one sentence, and one per form field the server named. */
export interface ErrorText {
  code: string;
  message: string;
  fields: Record<string, string>;
}

const CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'SECOND_FACTOR_REQUIRED',
  'GRAPHQL_VALIDATION_FAILED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** The code of any error: the server's `extensions.code`, NETWORK when no answer came, else INTERNAL_SERVER_ERROR. */
export function errorCode(error: unknown): string {
  if (error instanceof GraphQLRequestError)
    return error.code && CODES.has(error.code) ? error.code : 'INTERNAL_SERVER_ERROR';
  if (error instanceof TypeError) return 'NETWORK';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * The sentences for an error, in the current language. A code may be refined by `extensions.reason`
 * when messages hold `errors.reason.<REASON>`; a field named by the server gets `errors.field.<CODE>`
 * unless `fieldText` says better (a page knows its fields' rules).
 */
export function describeError(
  error: unknown,
  fieldText?: (field: string, code: string) => string | undefined,
): ErrorText {
  const { t, te } = i18n.global;
  const code = errorCode(error);
  const extensions = error instanceof GraphQLRequestError ? error.extensions : {};
  const reason = typeof extensions.reason === 'string' ? `errors.reason.${extensions.reason}` : '';
  const message = reason && te(reason) ? t(reason) : t(`errors.${code}`);
  const fields: Record<string, string> = {};
  if (typeof extensions.field === 'string') {
    const generic = te(`errors.field.${code}`) ? t(`errors.field.${code}`) : message;
    fields[extensions.field] = fieldText?.(extensions.field, code) ?? generic;
  }
  return { code, message, fields };
}

/** The client every page shares (installed in shell/plugins.ts); a session that ended sends the person to sign in. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (errorCode(error) === 'UNAUTHENTICATED') sessionEnded();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Only a missing answer is worth asking again; the server's own refusals stay refusals.
        retry: (count, error) => count < 1 && errorCode(error) === 'NETWORK',
      },
    },
  });
}

type QueryOptions<R> = Omit<UseQueryOptions<R, unknown, R>, 'queryKey' | 'queryFn'>;

/**
 * A cached query: `useGql(UnitsQuery, () => ({ first: 200 }))`. The key is the operation's name and
 * its variables, so every page asking the same thing shares one request and one cache entry.
 */
export function useGql<R, V>(
  document: TypedDocumentString<R, V>,
  variables?: MaybeRefOrGetter<V>,
  options?: QueryOptions<R>,
) {
  const vars = computed(() => toValue(variables));
  const query = useQuery<R, unknown, R>({
    queryKey: [operationName(document), vars],
    queryFn: () => run(document, vars.value),
    ...options,
  });
  const error = computed(() => (query.error.value ? describeError(query.error.value) : null));
  return { ...query, errorText: error };
}

/** What a mutation does afterwards: `invalidates` names the queries (by operation name) whose cached answers it changes. */
export interface MutationOptions<R, V> {
  invalidates?: string[];
  onSuccess?: (data: R, variables: V) => unknown;
}

/** A mutation; `errorText` is the failed attempt's sentences (its `fields` go on the form's fields). */
export function useGqlMutation<R, V>(document: TypedDocumentString<R, V>, options: MutationOptions<R, V> = {}) {
  const client = useQueryClient();
  const mutation = useMutation<R, unknown, V>({
    mutationFn: (variables: V) => run(document, variables),
    onSuccess: async (data, variables) => {
      await Promise.all((options.invalidates ?? []).map((name) => client.invalidateQueries({ queryKey: [name] })));
      await options.onSuccess?.(data, variables);
    },
  });
  const error = computed(() => (mutation.error.value ? describeError(mutation.error.value) : null));
  return { ...mutation, errorText: error };
}
