import type { SchemaDocs } from '../graphql/describe.js';

/** Descriptions the fieldwork module adds to types it does not declare (server/graphql/describe.ts). */
export const fieldworkDocs: SchemaDocs = {
  'Permission.FIELDWORK_READ': 'Read plans, progress, registers and visit records of field work.',
  'Permission.FIELDWORK_MANAGE': 'Keep the field-work registers, make plans, reassign and correct visits.',
  'Permission.FIELDWORK_INSPECT': 'Record visits for one’s own assignments (the INSPECTOR role has only this).',
  'Permission.STAFF_BREAKDOWN_READ': 'Read scores broken down by post and staff member (not granted to analysts).',
  'Mutation.createInspectionKind(input)': 'The key, label and whether another unit must make it.',
  'Mutation.registerInspector(input)': 'Who the inspector is and which units they may inspect.',
  'Mutation.addStaffMember(input)': 'The unit, name and post.',
  'Mutation.addKeyClient(input)': 'The unit, name, kind, contact, owner and tier.',
  'Mutation.updateStaffMember(input)': 'The staff member, the fields to change, and whether they are active.',
  'Mutation.updateInspector(input)': 'The inspector, the fields to change, and whether they are active.',
  'Mutation.updateKeyClient(input)': 'The key client, the fields to change, and whether it is active.',
  'Mutation.createVisitPlan(input)':
    'Units or key clients, kind, scoring sheet, dates or frequency, inspectors, due days.',
  'Mutation.submitVisit(input)': 'The visit as recorded on the device.',
  'Mutation.correctVisit(input)': 'The visit, the reason, and what changes.',
};
