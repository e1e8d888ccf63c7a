import { registerEnumType } from 'type-graphql';

/** What a person (or another system) may do, always within the unit subtree of the assignment. */
export enum Role {
  ADMIN = 'ADMIN',
  AUTHOR = 'AUTHOR',
  ANALYST = 'ANALYST',
  UNIT_MANAGER = 'UNIT_MANAGER',
  INTERVIEWER = 'INTERVIEWER',
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
  ],
  [Role.ANALYST]: [Permission.UNIT_READ, Permission.QUESTIONNAIRE_READ, Permission.RESULTS_READ],
  [Role.UNIT_MANAGER]: [
    Permission.UNIT_READ,
    Permission.UNIT_MANAGE,
    Permission.QUESTIONNAIRE_READ,
    Permission.RESULTS_READ,
    Permission.METRIC_RECORD,
  ],
  [Role.INTERVIEWER]: [Permission.UNIT_READ, Permission.QUESTIONNAIRE_READ, Permission.RESPONSE_ENTER],
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
  },
});

registerEnumType(Permission, { name: 'Permission', description: 'A capability granted by a role.' });
