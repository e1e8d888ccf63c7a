import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';
import { TABLE, type Entry, type Probe } from './tenancy/table.js';
import { buildWorld, type World } from './tenancy/world.js';

/**
 * Issue 15: every operation of schema.graphql, enumerated, has a tenancy entry (tenancy/table.ts),
 * and the entries that call the operation are driven for real: a branch principal cannot reach
 * what covers units outside its subtree, another organisation cannot reach it at all.
 */
const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const operations = [
  ...Object.keys(schema.getQueryType()!.getFields()).map((name) => ({ type: 'Query', name })),
  ...Object.keys(schema.getMutationType()!.getFields()).map((name) => ({ type: 'Mutation', name })),
];
const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];

let app: TestApp;
let w: World;
beforeAll(async () => {
  app = await startTestApp();
  w = await buildWorld(app);
}, 120_000);
afterAll(() => app?.close());

describe('the tenancy table', () => {
  it('has an entry for every Query and Mutation field, and none for an operation that is gone', () => {
    const missing = operations.filter((o) => !TABLE[o.name]).map((o) => `${o.type}.${o.name}`);
    expect(missing, 'operations without a tenancy entry in tests/integration/tenancy/table.ts').toEqual([]);
    const names = new Set(operations.map((o) => o.name));
    expect(Object.keys(TABLE).filter((n) => !names.has(n))).toEqual([]);
    const kinds = (kind: string) => Object.values(TABLE).filter((e) => kind in e).length;
    console.log(
      `${operations.length} operations: ${kinds('probes')} driven here, ${kinds('covered')} by a named test, ` +
        `${kinds('public')} public, ${kinds('self')} self-only, ${kinds('pending')} pending: ` +
        Object.entries(TABLE)
          .filter(([, e]) => 'pending' in e)
          .map(([n]) => n)
          .join(', '),
    );
  });

  it('has no pending entry: every operation is probed, covered by a named test, public or self-only', () => {
    const pending = Object.entries(TABLE)
      .filter(([, e]) => 'pending' in e)
      .map(([n]) => n);
    expect(
      pending,
      'A new operation needs a probe in tests/integration/tenancy/table-probed.ts (B1 admin and org B refused on a B2 object ' +
        'of tenancy/world-objects.ts) or covered: [file, test title] naming a test that checks the refusal; see docs/security.md',
    ).toEqual([]);
  });

  it('points only at tests that exist and call the operation', () => {
    const wrong: string[] = [];
    for (const [name, entry] of Object.entries(TABLE) as [string, Entry][]) {
      if (!('covered' in entry)) continue;
      const [file, ...titles] = entry.covered;
      const text = readFileSync(`tests/integration/${file}`, 'utf8');
      const calls = new RegExp(`\\b${name}\\s*[({]`);
      // Top-level declarations of the file and of the support modules it imports that call the operation.
      const helpers = callers(declarations(text), calls);
      for (const title of titles) {
        const at = Math.max(...[`'`, '"', '`'].map((q) => text.indexOf(`${q}${title}${q}`)));
        if (at < 0) {
          wrong.push(`${name}: no test "${title}" in ${file}`);
          continue;
        }
        // The named test's body (to the next test) calls the operation, or a helper that does.
        const next = text.slice(at + 1).search(/\n\s*(it|describe)(\.\w+)?\(/);
        const body = text.slice(at, next < 0 ? text.length : at + 1 + next);
        if (!calls.test(body) && !helpers.some((c) => new RegExp(`\\b${c}\\b`).test(body)))
          wrong.push(`${name}: "${title}" in ${file} does not call it`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * `[name, text]` of each top-level `const` of a test file (to the next line at column 0 that does not
 * close it), and of each `export const` of the `../support/` modules it imports by name.
 */
function declarations(text: string): [string, string][] {
  const own = (source: string) =>
    [...source.matchAll(/^(?:export )?const (\w+)\b[^]*?(?=\n(?![\s)\]}`])|$(?![^]))/gm)].map((m): [string, string] => [
      m[1],
      m[0],
    ]);
  const imported = [...text.matchAll(/import \{([^}]*)\} from '(\.\.\/(?:\.\.\/)?support\/[\w-]+)\.js'/g)].flatMap(
    ([, names, from]) => {
      const wanted = new Set(names.split(',').map((n) => n.trim()));
      const source = readFileSync(`tests/support/${from.split('/').pop()}.ts`, 'utf8');
      return own(source).filter(([n]) => wanted.has(n));
    },
  );
  // And any template-literal constant, indented or not (a query declared inside a describe).
  const literals = [...text.matchAll(/const (\w+) =\s*(?:graphql\()?`([^`]*)`/g)].map((m): [string, string] => [
    m[1],
    m[2],
  ]);
  return [...own(text), ...literals, ...imported];
}

/** The declarations that call the operation, directly or through another such declaration. */
function callers(declared: [string, string][], calls: RegExp): string[] {
  const found = new Set(declared.filter(([, body]) => calls.test(body)).map(([name]) => name));
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, body] of declared)
      if (!found.has(name) && [...found].some((f) => new RegExp(`\\b${f}\\b`).test(body))) grew = !!found.add(name);
  }
  return [...found];
}

async function run(probe: Probe) {
  const client = probe.as === 'branch' ? w.branch : w.other;
  return client.request(probe.query, probe.variables);
}

describe('driven for real', () => {
  const driven = Object.entries(TABLE).filter(([, e]) => 'probes' in e) as [
    string,
    Extract<Entry, { probes: unknown }>,
  ][];
  it.each(driven)('%s stays inside its tenant and subtree', async (name, entry) => {
    const probes = entry.probes(w);
    expect(probes.map((p) => p.as).sort()).toEqual(['branch', 'other']);
    for (const probe of probes) {
      expect(probe.query, 'a probe calls its own operation').toMatch(new RegExp(`\\b${name}\\s*[({]`));
      const result = await run(probe);
      const codes = (result.errors ?? []).map((e) => e.extensions?.code);
      const shown = JSON.stringify(result.data ?? null);
      if (probe.hidden) {
        for (const id of probe.hidden) expect(shown, `${name} as ${probe.as} shows ${id}`).not.toContain(id);
        continue;
      }
      expect(codes.length, `${name} as ${probe.as} answered ${shown}`).toBeGreaterThan(0);
      expect(REFUSED, `${name} as ${probe.as}: ${JSON.stringify(result.errors)}`).toContain(codes[0]);
    }
    // Control: the same read by organisation A's head-office ADMIN is not refused, so the refusals
    // above come from the walls and not from a broken probe. (Mutations change state: no control.)
    const read = probes.find((p) => p.as === 'branch' && !/^\s*mutation/.test(p.query));
    if (read) {
      const control = await w.a.admin.request(read.query, read.variables);
      expect(control.errors ?? [], `${name} as A's head office`).toEqual([]);
    }
  });
});
