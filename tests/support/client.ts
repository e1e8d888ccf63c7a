import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * An operation made by graphql-codegen from a graphql(`…`) call in a test (tests/gql, `npm run
 * codegen`): its result R and variables V are typed. Plain strings are still accepted, untyped.
 */
export type TypedOperation<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };
/** Variables may be left out when the operation has none, or only optional ones. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "{} extends V" asks whether V has only optional keys
type VariablesOf<V> = {} extends V ? [variables?: V] : [variables: V];

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/** GraphQL over real HTTP, keeping cookies like a browser does. */
export class GraphQLClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly endpoint: string,
    private readonly apiKey?: string,
  ) {}

  request<R, V>(query: TypedOperation<R, V>, ...variables: VariablesOf<V>): Promise<GraphQLResult<R>>;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  async request<T>(query: string | TypedOperation<T, unknown>, variables: unknown = {}): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const payload = JSON.stringify({ query: query.toString(), variables: variables ?? {} });
    const response = await fetch(this.endpoint, { method: 'POST', headers, body: payload });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, value] = pair.split('=');
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Runs an operation that must succeed, and returns its data. */
  ok<R, V>(query: TypedOperation<R, V>, ...variables: VariablesOf<V>): Promise<R>;
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async ok<T>(query: string | TypedOperation<T, unknown>, variables: unknown = {}): Promise<T> {
    const result = await this.request<T>(query as string, variables as Record<string, unknown>);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation that must fail, and returns its first error. */
  fails<R, V>(query: TypedOperation<R, V>, ...variables: VariablesOf<V>): Promise<GraphQLErrorShape>;
  fails(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorShape>;
  async fails(query: string | TypedOperation<unknown, unknown>, variables: unknown = {}): Promise<GraphQLErrorShape> {
    const result = await this.request(query as string, variables as Record<string, unknown>);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }
}
