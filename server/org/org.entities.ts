import { ApiKey } from './api-key.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import { Organization } from './organization.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Session } from './session.entity.js';
import { SignInThrottle } from './sign-in-throttle.entity.js';
import { User } from './user.entity.js';

export const orgEntities = [Organization, OrgUnit, User, RoleAssignment, ApiKey, Session, SignInThrottle];
