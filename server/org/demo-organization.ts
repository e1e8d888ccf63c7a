import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './access.service.js';
import { Organization } from './organization.entity.js';
import { createOrganization } from './organization.service.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

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
 * Retires the demo organisation for `demo:reset`: its slug is freed for a new demo and every account
 * of it is disabled. It is not deleted: the audit trail is append-only and keeps its rows. Returns
 * whether there was one.
 */
export async function retireDemoOrganization(em: EntityManager, now = new Date()): Promise<boolean> {
  return em.transactional(async (tx) => {
    const org = await tx.findOne(Organization, { slug: DEMO_SLUG }, NO_TENANT_FILTER);
    if (!org) return false;
    org.slug = `${DEMO_SLUG}-retired-${now.getTime()}`;
    org.name = `${org.name} (retired ${now.toISOString().slice(0, 10)})`;
    for (const user of await tx.find(User, { organization: org }, NO_TENANT_FILTER)) user.disabledAt ??= now;
    await tx.flush();
    return true;
  });
}
