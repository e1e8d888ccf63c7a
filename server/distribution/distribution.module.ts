/** The distribution module's parts, for the composition root (server/app): its resolvers and entities. */
import { Contact, OptOut } from './contact.entity.js';
import { DeliverySlot } from './delivery/delivery-slot.entity.js';
import { Distribution } from './distribution.entity.js';
import { DistributionResolver, InvitationResolver } from './distribution.resolver.js';
import { EventRule, IvrSession, OrgCalendar, ServiceEvent, WebhookEndpoint, WebhookReceipt } from './service-event.entity.js';
import { Invitation, InvitationEvent } from './invitation.entity.js';
import { ServiceEventResolver } from './service-event.resolver.js';

export const distributionResolvers = [DistributionResolver, InvitationResolver, ServiceEventResolver] as const;
export const distributionEntities = [Distribution, Contact, OptOut, Invitation, InvitationEvent, ServiceEvent, EventRule, OrgCalendar, WebhookEndpoint, WebhookReceipt, IvrSession, DeliverySlot];
