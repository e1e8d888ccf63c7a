/** The cases module's parts, for the composition root (server/app): its resolvers and entities. */
import { AlertRule } from './alert-rule.entity.js';
import { Case } from './case.entity.js';
import { CaseCategory } from './case-category.entity.js';
import { CaseContact } from './case-contact.entity.js';
import { CaseEscalation } from './case-escalation.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseMessage } from './case-message.entity.js';
import { CaseEventResolver, CaseIntakeLinkResolver, CaseResolver } from './case.resolver.js';
import { CaseStatsResolver } from './stats.resolver.js';
import { CaseAttachment } from './case-attachment.entity.js';
import { CaseIntakeLink } from './intake-link.entity.js';
import { CaseSettings } from './case-settings.entity.js';
import { CaseSettingsResolver } from './case-settings.resolver.js';
import { CaseStaffResolver } from './case-staff.js';

export const casesResolvers = [
  CaseResolver,
  CaseEventResolver,
  CaseIntakeLinkResolver,
  CaseStatsResolver,
  CaseSettingsResolver,
  CaseStaffResolver,
] as const;
export const casesEntities = [
  Case,
  CaseCategory,
  CaseEvent,
  CaseContact,
  CaseEscalation,
  CaseMessage,
  AlertRule,
  CaseAttachment,
  CaseIntakeLink,
  CaseSettings,
];
