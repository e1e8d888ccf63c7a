import type { Principal } from '../org/index.js';
import { branchCode, DEMO_PASSWORD, DEMO_USERS, REGIONS, STAFF_NAMES, STAFF_POSTS } from './plan.js';
import type { Random } from './random.js';
import { branches, pool, unit, type DemoContext } from './call.js';

const CREATE_UNIT = `mutation U($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
const CREATE_USER = `mutation C($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;
const ADD_STAFF = `mutation S($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`;

/** Head office → 5 regions → 25 branches, each weighted by the clients it serves. */
export async function buildTree(d: DemoContext, random: Random): Promise<void> {
  const ho = unit(d, 'HO');
  const planned = REGIONS.map((region) => ({
    region,
    weight: random.int(80, 200),
    branches: region.branches.map((town, i) => ({
      code: branchCode(region.code, i),
      town,
      weight: random.int(10, 40),
    })),
  }));
  await pool(planned, 5, async ({ region, weight, branches }) => {
    const created = await d.call<{ createOrgUnit: { id: string } }>(CREATE_UNIT, {
      input: { parentId: ho.id, code: region.code, name: region.name, kind: 'REGION', weight },
    });
    const id = created.createOrgUnit.id;
    const path = `${ho.path}${id}/`;
    d.units.set(region.code, { id, code: region.code, name: region.name, path, region: region.code });
    for (const b of branches) {
      const name = `${b.town} branch`;
      const branch = await d.call<{ createOrgUnit: { id: string } }>(CREATE_UNIT, {
        input: { parentId: id, code: b.code, name, kind: 'BRANCH', weight: b.weight },
      });
      const bid = branch.createOrgUnit.id;
      d.units.set(b.code, { id: bid, code: b.code, name, path: `${path}${bid}/`, region: region.code });
    }
  });
  // Regions and branches in the order of the plan, whichever call finished first.
  const order = ['HO', ...planned.flatMap((p) => [p.region.code, ...p.branches.map((b) => b.code)])];
  const units = new Map(order.map((code) => [code, unit(d, code)]));
  d.units.clear();
  for (const [code, u] of units) d.units.set(code, u);
}

/** One account per role (the administrator exists already), all signing in with DEMO_PASSWORD. */
export async function buildPeople(d: DemoContext, admin: Principal): Promise<void> {
  for (const person of DEMO_USERS) {
    const at = unit(d, person.unit);
    const grants = [{ role: person.role, unitId: at.id, unitPath: at.path }] as Principal['grants'];
    if (person.role === 'ADMIN') {
      d.users.set(person.email, { id: admin.userId!, principal: admin });
      continue;
    }
    const created = await d.call<{ createUser: { user: { id: string } } }>(CREATE_USER, {
      input: {
        email: person.email,
        displayName: person.name,
        password: DEMO_PASSWORD,
        roles: [{ role: person.role, unitId: at.id }],
      },
    });
    const id = created.createUser.user.id;
    d.users.set(person.email, { id, principal: { ...admin, userId: id, grants } });
  }
}

/** The fieldwork staff register: three or four people per branch. Returns their ids by branch code. */
export async function buildStaff(d: DemoContext, random: Random): Promise<Map<string, string[]>> {
  const planned = branches(d).flatMap((u) =>
    Array.from({ length: random.int(3, 4) }, (_, i) => ({
      code: u.code,
      input: { unitId: u.id, name: random.pick(STAFF_NAMES), post: STAFF_POSTS[i % STAFF_POSTS.length] },
    })),
  );
  const ids = await pool(planned, 4, async ({ input }) => {
    const created = await d.call<{ addStaffMember: { id: string } }>(ADD_STAFF, { input });
    return created.addStaffMember.id;
  });
  const staff = new Map<string, string[]>();
  planned.forEach((p, i) => staff.set(p.code, [...(staff.get(p.code) ?? []), ids[i]]));
  return staff;
}
