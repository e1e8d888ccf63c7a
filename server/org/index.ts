/**
 * The public face of the org module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './org.module.js';
export {
  canAccessPath,
  readableSubtrees,
  requireAccess,
  requireAccessToUnit,
  requireOrganisationWide,
  requirePrincipal,
  requireUsableAt,
} from './access.service.js';
export { purgeExpiredSessions } from './auth.service.js';
export { bootstrap } from './bootstrap.js';
export { LIBRARY_SLUG, libraryPrincipal } from './library-organization.js';
export { createDemoOrganization, retireDemoOrganization, DEMO_ADMIN_EMAIL, DEMO_SLUG } from './demo-organization.js';
export { OrgUnit } from './org-unit.entity.js';
export { Organization } from './organization.entity.js';
export { Permission, Role } from './roles.js';
export { hashSecret, newSecret } from './tokens.js';
export { User } from './user.entity.js';
export { authenticate } from './auth.service.js';
export { hasPermission } from './access.service.js';
export { createOrgLoaders } from './org.loaders.js';
export type { OrgLoaders } from './org.loaders.js';
export type { Grant, Principal } from './access.service.js';
export { resultsSettingsOf, timeZoneOf } from './organization.service.js';
export { orgDocs } from './org.docs.js';
export { unitsByCode } from './org-unit.service.js';
export { unitRowsUnder, type UnitRow } from './unit-rows.js';
export { brandingOf, type Branding } from './org-settings.service.js';
export { BrandingType, ServiceSituationType } from './org-admin.types.js';
export { serviceSituationsOf, type ServiceSituationView } from './service-situations.js';
export { missingScope } from './access.service.js';
export { ApiScope, scopesOfRole } from './scopes.js';
export { unitManagers, usersOverUnit, usersWithRoleAt } from './people.service.js';
export { organizationContext } from './system-context.js';
