/** The audit module's parts, for the composition root (server/app): the `auditLog` query. Rows are the kernel's (db/audit-trail.ts). */
import { AuditResolver } from './audit.resolver.js';
import { ContactDataResolver } from './contact-data.resolver.js';

export const auditResolvers = [AuditResolver, ContactDataResolver] as const;
