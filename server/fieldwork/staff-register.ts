import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/sql.js';
import type { StaffFacts, StaffRegister } from '../responses/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The staff register as the responses and results modules ask it (responses' StaffRegister
 * port, installed by server/app/modules.ts): a reference is a staff member's id or code, of
 * exactly the response's unit, active. Queries name the organisation: the public path asks it.
 */
export const fieldworkStaffRegister: StaffRegister = {
  async resolve(em: EntityManager, orgId: string, unitId: string, refs: string[]) {
    const ids = refs.filter((r) => UUID.test(r));
    const rows: { id: string; code: string | null }[] = await em.getConnection().execute(
      `select id, code from staff_member where organization_id = ? and unit_id = ? and active
            and (id = any(?::uuid[]) or code = any(?::text[]))`,
      [orgId, unitId, pgArray(ids), pgArray(refs)],
    );
    const out = new Map<string, string>();
    for (const ref of refs) {
      const hit = rows.find((r) => r.id === ref.toLowerCase() || r.code === ref);
      if (hit) out.set(ref, hit.id);
    }
    return out;
  },
  async describe(em: EntityManager, orgId: string, ids: string[]): Promise<StaffFacts[]> {
    if (!ids.length) return [];
    const rows: { id: string; name: string; post: string; unit_id: string }[] = await em
      .getConnection()
      .execute(`select id, name, post, unit_id from staff_member where organization_id = ? and id = any(?::uuid[])`, [
        orgId,
        pgArray(ids),
      ]);
    return rows.map((r) => ({ id: r.id, name: r.name, post: r.post, unitId: r.unit_id }));
  },
};
