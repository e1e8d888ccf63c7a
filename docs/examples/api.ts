/**
 * Pages through the units an API key may see, and reads an error's code, with fetch and a
 * typed result. Usage:
 * BAROMETER_URL=https://barometer.example BAROMETER_API_KEY=bmk.… node --import @swc-node/register/esm-register docs/examples/api.ts
 */
interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}
interface Answer<T> {
  data?: T;
  errors?: GraphQLError[];
}
interface UnitsPage {
  orgUnits: {
    totalCount: number;
    edges: { node: { code: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const UNITS = `query($after: String) { orgUnits(first: 2, after: $after) {
  totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } } }`;

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const response = await fetch(`${process.env.BAROMETER_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.BAROMETER_API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok && response.status !== 400) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Answer<T>;
}

const codes: string[] = [];
let after: string | null = null;
let total = 0;
for (;;) {
  const answer: Answer<UnitsPage> = await graphql<UnitsPage>(UNITS, { after });
  if (!answer.data) throw new Error(answer.errors?.[0]?.message ?? 'no data');
  const page = answer.data.orgUnits;
  total = page.totalCount;
  codes.push(...page.edges.map((edge) => edge.node.code));
  if (!page.pageInfo.hasNextPage) break;
  after = page.pageInfo.endCursor;
}
const failed = await graphql<unknown>('{ orgUnit(id: "00000000-0000-4000-8000-000000000000") { name } }');
console.log(JSON.stringify({ total, codes, error: failed.errors?.[0]?.extensions?.code }));
