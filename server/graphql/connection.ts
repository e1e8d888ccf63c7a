import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when another page follows: ask again with `after: endCursor`.' }) hasNextPage!: boolean;
  @Field({ description: 'True when this page was asked for with `after`.' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge, to pass as `after`; null on an empty page.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–200 (default 50).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  after?: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this edge; pass it as `after` to read what follows.' }) cursor!: string;
    @Field(() => node, { description: `The ${name} itself.` }) node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: "The items of this page, in the list's order, at most `first`." })
    edges!: Edge[];
    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to read them.' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Items matching the filter, over all pages.' }) totalCount!: number;
  }
  return ConnectionType;
}

export function pageSize(args: PageArgs): number {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('"first" must be between 1 and 200.');
  return first;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): unknown[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through
  }
  throw badInput('"after" is not a cursor this API returned; start again without it.');
}

/** Builds a page from `first + 1` rows fetched in key order. */
export function toPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => unknown[],
  hasPrevious: boolean,
): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Keyset condition for "newest first" lists ordered by (`field` desc, id desc): the rows after
 * the cursor key [timestamp, id].
 */
export function olderThan(field: string, key: unknown[]): Record<string, unknown> {
  const at = new Date(String(key[0]));
  return { $or: [{ [field]: { $lt: at } }, { [field]: at, id: { $lt: String(key[1]) } }] };
}
