/** The distribution module's parts, for the composition root (server/app): its resolvers and entities. */
import { Contact } from './contact.entity.js';
import { OptOut } from './opt-out.entity.js';
import { DeliverySlot } from './delivery/delivery-slot.entity.js';
import { Distribution } from './distribution.entity.js';
import { DistributionResolver, InvitationResolver } from './distribution.resolver.js';
import { ServiceEvent } from './service-event.entity.js';
import { EventRule } from './event-rule.entity.js';
import { IvrSession } from './ivr-session.entity.js';
import { OrgCalendar } from './org-calendar.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookReceipt } from './webhook-receipt.entity.js';
import { Invitation } from './invitation.entity.js';
import { InvitationEvent } from './invitation-event.entity.js';
import { ServiceEventResolver } from './service-event.resolver.js';
import { ServiceEventListResolver } from './service-event-list.resolver.js';

export const distributionResolvers = [
  DistributionResolver,
  InvitationResolver,
  ServiceEventResolver,
  ServiceEventListResolver,
] as const;
export const distributionEntities = [
  Distribution,
  Contact,
  OptOut,
  Invitation,
  InvitationEvent,
  ServiceEvent,
  EventRule,
  OrgCalendar,
  WebhookEndpoint,
  WebhookReceipt,
  IvrSession,
  DeliverySlot,
];
