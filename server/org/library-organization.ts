import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from './access.service.js';
import { OrgUnit } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { createOrganization } from './organization.service.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

/** The system organisation that owns the templates shipped with Barometer. */
export const LIBRARY_SLUG = 'barometer-library';
const NO_TENANT_FILTER = { filters: false } as const;

/**
 * The library organisation's administrator, created on first call. Its account is disabled at
 * once, so nobody signs in to the library: only the server itself publishes there.
 */
export async function libraryPrincipal(em: EntityManager): Promise<Principal> {
  let org = await em.findOne(Organization, { slug: LIBRARY_SLUG }, NO_TENANT_FILTER);
  if (!org) {
    const created = await createOrganization(em, {
      name: 'Barometer library',
      slug: LIBRARY_SLUG,
      headOfficeName: 'Barometer library',
      admin: { email: 'library@barometer.invalid', displayName: 'Barometer library' },
    }).catch((error) => {
      if (error instanceof UniqueConstraintViolationException) return null; // another copy made it first
      throw error;
    });
    if (created) {
      created.admin.disabledAt = new Date();
      await em.flush();
    }
    org = await em.findOneOrFail(Organization, { slug: LIBRARY_SLUG }, NO_TENANT_FILTER);
  }
  const head = await em.findOneOrFail(
    OrgUnit,
    { organization: org, parent: null },
    { ...NO_TENANT_FILTER, orderBy: { createdAt: 'asc' } },
  );
  const admin = await em.findOneOrFail(
    User,
    { organization: org },
    { ...NO_TENANT_FILTER, orderBy: { createdAt: 'asc' } },
  );
  return {
    kind: 'USER',
    orgId: org.id,
    userId: admin.id,
    apiKeyId: null,
    grants: [{ role: Role.ADMIN, unitId: head.id, unitPath: head.path }],
  };
}
