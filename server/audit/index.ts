/**
 * The audit module's public face: the `auditLog` query and the chain check of `npm run audit:verify`.
 * Recording is the kernel's (server/db/audit-trail.ts), so every module's changes reach it.
 */
export * from './audit.module.js';
export { verifyAuditChain } from './audit.service.js';
export type { ChainProblem } from './audit.service.js';
