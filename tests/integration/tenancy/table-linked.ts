import type { Entry } from './table.js';

/**
 * Entries covered by the tenancy files that drive every operation of a module through one list of
 * [name, query, variables] (actions, field work, cases, administration), refused to another
 * organisation and to a branch outside the object's unit.
 */
export const LINKED: Record<string, Entry> = {
  action: {
    covered: [
      'actions-tenancy.test.ts',
      'another organisation cannot read or change an action: NOT_FOUND',
      'a branch principal cannot reach actions of units outside its subtree: FORBIDDEN',
    ],
  },
  addActionNote: {
    covered: [
      'actions-tenancy.test.ts',
      'another organisation cannot read or change an action: NOT_FOUND',
      'a branch principal cannot reach actions of units outside its subtree: FORBIDDEN',
    ],
  },
  recheckAction: {
    covered: [
      'actions-tenancy.test.ts',
      'another organisation cannot read or change an action: NOT_FOUND',
      'a branch principal cannot reach actions of units outside its subtree: FORBIDDEN',
    ],
  },
  recordActionConsequence: {
    covered: [
      'actions-tenancy.test.ts',
      'another organisation cannot read or change an action: NOT_FOUND',
      'a branch principal cannot reach actions of units outside its subtree: FORBIDDEN',
    ],
  },
  visitPlan: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  planAssignments: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  planProgress: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  visitHistory: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  keyClientReport: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  purgeKeyClient: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  createVisitPlan: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  reassignAssignment: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  correctVisit: {
    covered: [
      'fieldwork-tenancy.test.ts',
      'another organisation can neither read nor change anything',
      "a branch's manager cannot reach another branch's field work",
    ],
  },
  addCaseNote: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot read, list, count, move or annotate the case',
      'cannot read, move or annotate it, and does not list or count it',
    ],
  },
  changeCaseState: {
    covered: [
      'cases-tenancy.test.ts',
      'cannot read, list, count, move or annotate the case',
      'cannot read, move or annotate it, and does not list or count it',
    ],
  },
  saveCaseCategory: {
    covered: ['cases-tenancy.test.ts', 'cannot change the organisation’s categories or alert rules (head office only)'],
  },
  users: {
    covered: [
      'administration-tenancy.test.ts',
      'lists none of its users, keys or invitations',
      'lists only users and keys of the branch',
    ],
  },
};
