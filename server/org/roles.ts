import { registerEnumType } from 'type-graphql';

/** What a person (or another system) may do, always within the unit subtree of the assignment. */
export enum Role {
  ADMIN = 'ADMIN',
  AUTHOR = 'AUTHOR',
  ANALYST = 'ANALYST',
  UNIT_MANAGER = 'UNIT_MANAGER',
  INTERVIEWER = 'INTERVIEWER',
  INSPECTOR = 'INSPECTOR',
  STAFF_REVIEWER = 'STAFF_REVIEWER',
}

/** Fine-grained capabilities; resolvers and services ask for these, never for roles. */
export enum Permission {
  UNIT_READ = 'UNIT_READ',
  UNIT_MANAGE = 'UNIT_MANAGE',
  USER_MANAGE = 'USER_MANAGE',
  API_KEY_MANAGE = 'API_KEY_MANAGE',
  QUESTIONNAIRE_READ = 'QUESTIONNAIRE_READ',
  QUESTIONNAIRE_AUTHOR = 'QUESTIONNAIRE_AUTHOR',
  RESULTS_READ = 'RESULTS_READ',
  RESPONSE_ENTER = 'RESPONSE_ENTER',
  METRIC_RECORD = 'METRIC_RECORD',
  FIELDWORK_READ = 'FIELDWORK_READ',
  FIELDWORK_MANAGE = 'FIELDWORK_MANAGE',
  FIELDWORK_INSPECT = 'FIELDWORK_INSPECT',
  STAFF_BREAKDOWN_READ = 'STAFF_BREAKDOWN_READ',
}

const all = Object.values(Permission);

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: all,
  [Role.AUTHOR]: [
    Permission.UNIT_READ,
    Permission.QUESTIONNAIRE_READ,
    Permission.QUESTIONNAIRE_AUTHOR,
    Permission.RESULTS_READ,
    Permission.METRIC_RECORD,
    Permission.FIELDWORK_READ,
    Permission.FIELDWORK_MANAGE,
  ],
  [Role.ANALYST]: [Permission.UNIT_READ, Permission.QUESTIONNAIRE_READ, Permission.RESULTS_READ],
  [Role.UNIT_MANAGER]: [
    Permission.UNIT_READ,
    Permission.UNIT_MANAGE,
    Permission.QUESTIONNAIRE_READ,
    Permission.RESULTS_READ,
    Permission.METRIC_RECORD,
    Permission.FIELDWORK_READ,
    Permission.FIELDWORK_MANAGE,
  ],
  [Role.INTERVIEWER]: [Permission.UNIT_READ, Permission.QUESTIONNAIRE_READ, Permission.RESPONSE_ENTER],
  // Sees only the assignments given to them (checked by the fieldwork module): never results, never other visits.
  [Role.INSPECTOR]: [Permission.FIELDWORK_INSPECT],
  // Given beside another role (an analyst's) over a subtree: results by post and staff member there.
  [Role.STAFF_REVIEWER]: [Permission.STAFF_BREAKDOWN_READ],
};

registerEnumType(Role, {
  name: 'Role',
  description: 'A role held over one org unit and everything below it.',
  valuesConfig: {
    ADMIN: { description: 'Manages units, users, roles and API keys; can do everything.' },
    AUTHOR: { description: 'Quality officer: designs questionnaires and indicator models, reads results.' },
    ANALYST: { description: 'Reads questionnaires and results.' },
    UNIT_MANAGER: { description: 'Manages the units below their own and reads their results.' },
    INTERVIEWER: { description: 'Enters responses on behalf of respondents (phone, paper).' },
    INSPECTOR: { description: 'Inspector or mystery shopper: sees and records only their own field-work assignments.' },
    STAFF_REVIEWER: {
      description:
        'Reads results by post and staff member (STAFF_BREAKDOWN_READ) over a subtree; given by an admin beside another role.',
    },
  },
});

registerEnumType(Permission, { name: 'Permission', description: 'A capability granted by a role.' });
