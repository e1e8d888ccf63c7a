/** The fieldwork module's parts, for the composition root (server/app): its resolvers and entities. */
import { Assignment } from './assignment.entity.js';
import { Attachment } from './attachment.entity.js';
import { FieldworkResolver, KeyClientResolver } from './fieldwork.resolver.js';
import { InspectionCell, InspectionRollup } from './inspection-cell.entity.js';
import { InspectionKind } from './inspection-kind.entity.js';
import { Inspector } from './inspector.entity.js';
import { KeyClient } from './key-client.entity.js';
import { StaffMember } from './staff-member.entity.js';
import { VisitPlan } from './visit-plan.entity.js';
import { VisitResolver } from './visit.resolver.js';
import { Visit } from './visit.entity.js';

export const fieldworkResolvers = [FieldworkResolver, KeyClientResolver, VisitResolver] as const;
export const fieldworkEntities = [
  InspectionKind,
  Inspector,
  StaffMember,
  KeyClient,
  VisitPlan,
  Assignment,
  Visit,
  Attachment,
  InspectionCell,
  InspectionRollup,
];
