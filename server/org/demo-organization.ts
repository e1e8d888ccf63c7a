import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './access.service.js';
import { Organization } from './organization.entity.js';
import { createOrganization } from './organization.service.js';
import { Role } from './roles.js';

/** The demo organisation made on first start (docs/demo.md); its people sign in with printed passwords. */
export const DEMO_SLUG = 'barometer-demo';
export const DEMO_ADMIN_EMAIL = 'admin@demo.barometer.local';
const NO_TENANT_FILTER = { filters: false } as const;

/**
 * Creates the demo organisation and its administrator, or returns null when it exists already
 * (a second server copy that lost the race on the unique slug finds it made, and does nothing).
 */
export async function createDemoOrganization(
  em: EntityManager,
  input: { name: string; headOfficeName: string; timeZone: string; password: string },
): Promise<Principal | null> {
  if (await em.count(Organization, { slug: DEMO_SLUG }, NO_TENANT_FILTER)) return null;
  const created = await createOrganization(em, {
    name: input.name,
    slug: DEMO_SLUG,
    timeZone: input.timeZone,
    headOfficeName: input.headOfficeName,
    admin: { email: DEMO_ADMIN_EMAIL, displayName: 'Demo administrator', password: input.password },
  }).catch((error) => {
    if (error instanceof UniqueConstraintViolationException) return null;
    throw error;
  });
  if (!created) return null;
  const { organization, headOffice, admin } = created;
  return {
    kind: 'USER',
    orgId: organization.id,
    userId: admin.id,
    apiKeyId: null,
    grants: [{ role: Role.ADMIN, unitId: headOffice.id, unitPath: headOffice.path }],
  };
}

/**
 * Deletes the demo organisation with everything it holds: every table's rows of an organisation
 * go with it (their foreign keys cascade); rows kept without one are removed by organization_id.
 * Returns whether there was one.
 */
export async function deleteDemoOrganization(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    const org = await tx.findOne(Organization, { slug: DEMO_SLUG }, NO_TENANT_FILTER);
    if (!org) return false;
    const tables = await tx.execute<{ table_name: string }[]>(
      `select c.table_name from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and c.column_name = 'organization_id' and t.table_type = 'BASE TABLE'`,
    );
    await tx.execute('delete from organization where id = ?', [org.id]);
    for (const { table_name } of tables)
      await tx.execute(`delete from "${table_name.replaceAll('"', '""')}" where organization_id = ?`, [org.id]);
    return true;
  });
}
