/**
 * The public face of the fieldwork module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './fieldwork.module.js';
export { fieldworkDocs } from './fieldwork.docs.js';
export { registerFieldworkRoutes } from './fieldwork.routes.js';
export { fieldworkInspections } from './inspection-stats.js';
export { fieldworkStaffRegister } from './staff-register.js';
export { eraseKeyClientContacts, keyClientContactData } from './contact-data.js';
export type { KeyClientContactData } from './contact-data.js';
export { findingForAction } from './action-source.js';
export { useStaffCaseCounts } from './staff-cases.js';
export type { StaffCaseCounts } from './staff-cases.js';
