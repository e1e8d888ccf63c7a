import { Contact, OptOut } from './contact.entity.js';
import { DeliverySlot } from './delivery/delivery-slot.entity.js';
import { Distribution } from './distribution.entity.js';
import { Invitation, InvitationEvent } from './invitation.entity.js';
import { EventRule, IvrSession, OrgCalendar, ServiceEvent, WebhookEndpoint, WebhookReceipt } from './service-event.entity.js';

export const distributionEntities = [Distribution, Contact, OptOut, Invitation, InvitationEvent, ServiceEvent, EventRule, OrgCalendar, WebhookEndpoint, WebhookReceipt, IvrSession, DeliverySlot];
