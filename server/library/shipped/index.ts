import type { ShippedTemplate } from './build.js';
import { complaintHandling } from './complaint-handling.js';
import { courts } from './courts.js';
import { insurerFollowUps } from './insurer.js';
import { mysteryVisit } from './mystery-visit.js';
import { postTransaction } from './post-transaction.js';
import { socialSecurity } from './social-security.js';

/** The instruments Barometer ships, in the order the library lists them. */
export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = [
  socialSecurity,
  courts,
  insurerFollowUps,
  mysteryVisit,
  postTransaction,
  complaintHandling,
];
