import { ApiKeyResolver } from './api-key.resolver.js';
import { AuthResolver, ClientSettingsResolver, GrantResolver } from './auth.resolver.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrgUnitResolver } from './org-unit.resolver.js';
import { RoleAssignmentResolver, UserResolver } from './user.resolver.js';

export const orgResolvers = [AuthResolver, ClientSettingsResolver, GrantResolver, OrganizationResolver, OrgUnitResolver, UserResolver, RoleAssignmentResolver, ApiKeyResolver] as const;
