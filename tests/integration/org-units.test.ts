import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, newUnit, type Tenant } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { graphql } from '../gql/index.js';
import type { OrgUnitsPageQuery } from '../gql/graphql.js';

const UNITS = graphql(`query OrgUnitsPage($filter: OrgUnitFilterInput, $first: Int, $after: String) {
  orgUnits(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code depth parent { code } } }
  }
}`);
const MOVE = graphql(`mutation OrgUnitsMove($input: MoveOrgUnitInput!) {
  moveOrgUnit(input: $input) { code depth parent { code } ancestors { code } }
}`);
const CREATE = graphql(`mutation OrgUnitsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`);
const UPDATE = graphql(`mutation OrgUnitsUpdate($input: UpdateOrgUnitInput!) {
  updateOrgUnit(input: $input) { code name kind }
}`);
const UNIT = graphql(`query OrgUnitsOne($id: ID!) { orgUnit(id: $id) { depth ancestors { code } } }`);

let app: TestApp;
let t: Tenant;
let north: { id: string };
let south: { id: string };
let northA: { id: string };
let northA1: { id: string };

const codes = (data: OrgUnitsPageQuery) => data.orgUnits.edges.map((e) => e.node.code);
const unitCount = async () =>
  Number((await app.orm.em.fork().getConnection().execute(`select count(*) as n from org_unit`))[0].n);

beforeAll(async () => {
  app = await startTestApp();
  t = await newTenant(app, 'Insurer');
  // HO ─┬─ NORTH ── N-A ── N-A-1
  //     └─ SOUTH
  north = await newUnit(t.admin, t.headOfficeId, 'NORTH', 'REGION');
  south = await newUnit(t.admin, t.headOfficeId, 'SOUTH', 'REGION');
  northA = await newUnit(t.admin, north.id, 'N-A', 'BRANCH');
  northA1 = await newUnit(t.admin, northA.id, 'N-A-1', 'SUB_BRANCH');
});
afterAll(() => app?.close());

describe('the unit tree', () => {
  it('lists units in tree order with depths and parents', async () => {
    const data = await t.admin.ok(UNITS);
    expect(data.orgUnits.totalCount).toBe(5);
    const nodes = data.orgUnits.edges.map((e) => e.node);
    expect(nodes[0]).toEqual({ code: 'HO', depth: 0, parent: null });
    // Each unit comes after its parent: the order is a depth-first walk.
    const seen = new Set<string>();
    for (const node of nodes) {
      if (node.parent) expect(seen.has(node.parent.code)).toBe(true);
      seen.add(node.code);
    }
    expect(nodes.find((n) => n.code === 'N-A-1')).toEqual({ code: 'N-A-1', depth: 3, parent: { code: 'N-A' } });
  });

  it('answers a subtree query with exactly the unit and its descendants', async () => {
    expect(codes(await t.admin.ok(UNITS, { filter: { under: north.id } })).sort()).toEqual(['N-A', 'N-A-1', 'NORTH']);
    expect(codes(await t.admin.ok(UNITS, { filter: { under: south.id } }))).toEqual(['SOUTH']);
    expect(codes(await t.admin.ok(UNITS, { filter: { maxDepth: 1 } })).sort()).toEqual(['HO', 'NORTH', 'SOUTH']);
    expect(codes(await t.admin.ok(UNITS, { filter: { search: 'n-a' } })).sort()).toEqual(['N-A', 'N-A-1']);
    expect(codes(await t.admin.ok(UNITS, { filter: { kind: 'REGION' } })).sort()).toEqual(['NORTH', 'SOUTH']);
  });

  it('pages with cursors without skipping or repeating a unit', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: OrgUnitsPageQuery = await t.admin.ok(UNITS, { first: 2, after });
      seen.push(...codes(data));
      expect(data.orgUnits.totalCount).toBe(5);
      if (!data.orgUnits.pageInfo.hasNextPage) break;
      after = data.orgUnits.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const bad = await t.admin.fails(UNITS, { after: 'garbage!' });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.admin.fails(UNITS, { first: 0 })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('updates a unit', async () => {
    const data = await t.admin.ok(UPDATE, { input: { id: south.id, name: 'Southern region' } });
    expect(data.updateOrgUnit).toEqual({ code: 'SOUTH', name: 'Southern region', kind: 'REGION' });
  });
});

describe('bad input changes nothing', () => {
  it('refuses an unknown parent', async () => {
    const before = await unitCount();
    for (const parentId of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const error = await t.admin.fails(CREATE, { input: { parentId, code: 'X1', name: 'X', kind: 'BRANCH' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.message).toContain(parentId);
    }
    expect(await unitCount()).toBe(before);
  });

  it('refuses a duplicate code in one organisation, but not in another', async () => {
    const before = await unitCount();
    const error = await t.admin.fails(CREATE, {
      input: { parentId: south.id, code: 'NORTH', name: 'Again', kind: 'BRANCH' },
    });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toMatch(/code "NORTH" already exists/);
    const rename = await t.admin.fails(UPDATE, { input: { id: south.id, code: 'NORTH' } });
    expect(rename.extensions?.code).toBe('CONFLICT');
    expect(await unitCount()).toBe(before);
    const other = await newTenant(app, 'Another insurer');
    await newUnit(other.admin, other.headOfficeId, 'NORTH');
  });

  it('refuses invalid codes and names with a message naming the field', async () => {
    const error = await t.admin.fails(CREATE, {
      input: { parentId: south.id, code: 'has space', name: 'X', kind: 'BRANCH' },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const name = await t.admin.fails(CREATE, {
      input: { parentId: south.id, code: 'OK1', name: '   ', kind: 'BRANCH' },
    });
    expect(name.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('refuses moving a unit under its own descendant, under itself, or moving the head office', async () => {
    const own = await t.admin.fails(MOVE, { input: { id: north.id, newParentId: northA1.id } });
    expect(own.extensions?.code).toBe('BAD_USER_INPUT');
    expect(own.message).toMatch(/inside its own subtree/);
    expect((await t.admin.fails(MOVE, { input: { id: north.id, newParentId: north.id } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const top = await t.admin.fails(MOVE, { input: { id: t.headOfficeId, newParentId: south.id } });
    expect(top.message).toMatch(/cannot be moved/);
    const data = await t.admin.ok(UNITS, { filter: { under: north.id } });
    expect(codes(data).sort()).toEqual(['N-A', 'N-A-1', 'NORTH']);
  });
});

describe('moving a unit', () => {
  it('moves the whole subtree: paths, depths and subtree queries follow', async () => {
    const moved = await t.admin.ok(MOVE, { input: { id: northA.id, newParentId: south.id } });
    expect(moved.moveOrgUnit).toEqual({
      code: 'N-A',
      depth: 2,
      parent: { code: 'SOUTH' },
      ancestors: [{ code: 'HO' }, { code: 'SOUTH' }],
    });
    const child = await t.admin.ok(UNIT, { id: northA1.id });
    expect(child.orgUnit).toEqual({ depth: 3, ancestors: [{ code: 'HO' }, { code: 'SOUTH' }, { code: 'N-A' }] });
    expect(codes(await t.admin.ok(UNITS, { filter: { under: north.id } }))).toEqual(['NORTH']);
    expect(codes(await t.admin.ok(UNITS, { filter: { under: south.id } })).sort()).toEqual(['N-A', 'N-A-1', 'SOUTH']);
    // One level up: depth shrinks for the whole subtree.
    await t.admin.ok(MOVE, { input: { id: northA.id, newParentId: t.headOfficeId } });
    const after = await t.admin.ok(UNIT, { id: northA1.id });
    expect(after.orgUnit?.depth).toBe(2);
  });

  it('never creates a cycle when two moves race', async () => {
    const x = await newUnit(t.admin, t.headOfficeId, 'RACE-X');
    const y = await newUnit(t.admin, t.headOfficeId, 'RACE-Y');
    const results = await Promise.all([
      t.admin.request(MOVE, { input: { id: x.id, newParentId: y.id } }),
      t.admin.request(MOVE, { input: { id: y.id, newParentId: x.id } }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const rows = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select code, path from org_unit where code in ('RACE-X','RACE-Y')`);
    const [a, b] = rows;
    expect(a.path.startsWith(b.path) && b.path.startsWith(a.path)).toBe(false);
  });
});
