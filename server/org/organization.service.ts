import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import { requirePrincipal } from './access.service.js';
import { OrgUnit, OrgUnitKind } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { generatePassword, hashPassword } from './password.js';
import { checkPassword } from './password-policy.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

export interface NewOrganization {
  name: string;
  slug: string;
  timeZone?: string;
  headOfficeName?: string;
  admin: { email: string; displayName: string; password?: string };
}

export interface CreatedOrganization {
  organization: Organization;
  headOffice: OrgUnit;
  admin: User;
  adminPassword: string;
}

/**
 * Creates a tenant with its head office and a first administrator over the whole tree.
 * Used at first start (bootstrap) and by test factories; not an API operation yet.
 */
export async function createOrganization(em: EntityManager, input: NewOrganization): Promise<CreatedOrganization> {
  const adminPassword = input.admin.password ? checkPassword(input.admin.password) : generatePassword();
  const passwordHash = await hashPassword(adminPassword);
  return em.transactional(async (tx) => {
    const organization = tx.create(Organization, {
      name: input.name,
      slug: input.slug,
      timeZone: input.timeZone ?? 'UTC',
    });
    const headOffice = tx.create(OrgUnit, {
      organization,
      code: 'HO',
      name: input.headOfficeName ?? 'Head office',
      kind: OrgUnitKind.HEAD_OFFICE,
      path: '',
      depth: 0,
    });
    headOffice.path = `/${headOffice.id}/`;
    const admin = tx.create(User, {
      organization,
      email: input.admin.email.toLowerCase(),
      displayName: input.admin.displayName,
      passwordHash,
    });
    tx.create(RoleAssignment, { organization, user: admin, role: Role.ADMIN, unit: headOffice });
    await tx.flush();
    return { organization, headOffice, admin, adminPassword };
  });
}

export async function currentOrganization(ctx: RequestContext): Promise<Organization> {
  return ctx.em.findOneOrFail(Organization, { id: requirePrincipal(ctx).orgId });
}

export async function headOfficeOf(ctx: RequestContext): Promise<OrgUnit> {
  return ctx.em.findOneOrFail(OrgUnit, { parent: null }, { orderBy: { createdAt: 'asc' } });
}

/** What every results query needs of its organisation, in one plain read (an ORM read costs more CPU than it). */
export async function resultsSettingsOf(
  em: EntityManager,
  orgId: string,
): Promise<{ timeZone: string; minGroupSize: number }> {
  const [row]: { time_zone: string; min_group_size: number }[] = await em.execute(
    'select time_zone, min_group_size from organization where id = ?',
    [orgId],
  );
  if (!row) throw new Error(`Organisation ${orgId} is gone`);
  return { timeZone: row.time_zone, minGroupSize: row.min_group_size };
}

/** An organisation's time zone (IANA name): periods and months of its results are local to it. */
export async function timeZoneOf(em: EntityManager, orgId: string): Promise<string> {
  return (await resultsSettingsOf(em, orgId)).timeZone;
}
