import { registerEnumType } from 'type-graphql';
import { Permission, ROLE_PERMISSIONS, Role } from './roles.js';

/** What an API key may be used for, beside what its role permits (design.md §6). */
export enum ApiScope {
  READ_RESULTS = 'READ_RESULTS',
  SUBMIT_RESPONSES = 'SUBMIT_RESPONSES',
  IMPORT = 'IMPORT',
  RECORD_EVENTS = 'RECORD_EVENTS',
  RECORD_METRICS = 'RECORD_METRICS',
  MANAGE = 'MANAGE',
}

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description:
    'What an API key may be used for. An operation names one scope; a key lacking it is refused with FORBIDDEN.',
  valuesConfig: {
    READ_RESULTS: { description: 'Read units, questionnaires, models, scores, rankings, series and responses.' },
    SUBMIT_RESPONSES: { description: 'Submit or save responses with a survey token, or enter them as an interviewer.' },
    IMPORT: { description: 'Import response files.' },
    RECORD_EVENTS: { description: 'Report service events that trigger invitations.' },
    RECORD_METRICS: { description: 'Record administrative metric observations.' },
    MANAGE: { description: 'Change the set-up: units, users, keys, questionnaires, models, distributions.' },
  },
});

/** A role can carry a scope when it holds one of these permissions (null: every role). */
const SCOPE_PERMISSIONS: Record<ApiScope, readonly Permission[] | null> = {
  [ApiScope.READ_RESULTS]: [Permission.UNIT_READ, Permission.QUESTIONNAIRE_READ, Permission.RESULTS_READ],
  [ApiScope.SUBMIT_RESPONSES]: null,
  [ApiScope.IMPORT]: [Permission.QUESTIONNAIRE_AUTHOR],
  [ApiScope.RECORD_EVENTS]: [Permission.RESPONSE_ENTER, Permission.QUESTIONNAIRE_AUTHOR],
  [ApiScope.RECORD_METRICS]: [Permission.METRIC_RECORD],
  [ApiScope.MANAGE]: [
    Permission.UNIT_MANAGE,
    Permission.USER_MANAGE,
    Permission.API_KEY_MANAGE,
    Permission.QUESTIONNAIRE_AUTHOR,
  ],
};

/** Every scope a key of `role` can carry; a key created without scopes gets all of them. */
export function scopesOfRole(role: Role): ApiScope[] {
  const held = ROLE_PERMISSIONS[role];
  return Object.values(ApiScope).filter((s) => SCOPE_PERMISSIONS[s]?.some((p) => held.includes(p)) ?? true);
}

/**
 * The scope an operation needs: the one it declares with `@Scope`, else the one its permissions
 * imply (reads need READ_RESULTS, RESPONSE_ENTER needs SUBMIT_RESPONSES, METRIC_RECORD needs
 * RECORD_METRICS, any other permission MANAGE). Null for a public operation declaring none.
 */
export function scopeOfOperation(permissions: readonly Permission[], declared: ApiScope | undefined): ApiScope | null {
  if (declared) return declared;
  if (!permissions.length) return null;
  const reads = [
    Permission.UNIT_READ,
    Permission.QUESTIONNAIRE_READ,
    Permission.RESULTS_READ,
    Permission.FIELDWORK_READ,
    Permission.STAFF_BREAKDOWN_READ,
  ];
  if (permissions.some((p) => reads.includes(p))) return ApiScope.READ_RESULTS;
  if (permissions.includes(Permission.RESPONSE_ENTER)) return ApiScope.SUBMIT_RESPONSES;
  if (permissions.includes(Permission.FIELDWORK_INSPECT)) return ApiScope.SUBMIT_RESPONSES;
  if (permissions.includes(Permission.METRIC_RECORD)) return ApiScope.RECORD_METRICS;
  return ApiScope.MANAGE;
}
