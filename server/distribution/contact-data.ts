import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { contactKeys } from './contact-crypto.js';
import { Contact, ContactKind } from './contact.entity.js';
import { Invitation } from './invitation.entity.js';
import { purgeContacts } from './invitation.service.js';
import { OptOut } from './opt-out.entity.js';
import { normaliseContact } from './contacts.js';

/**
 * What distribution holds about one e-mail address or phone number, for a person's request to see
 * their data (server/audit/contact-data.service.ts): the contact, its invitations (with the
 * responses they led to) and an opt-out. In the caller's organisation only (the tenant filter).
 */
export interface DistributionContactData {
  value: string;
  contact: { id: string; kind: string; createdAt: Date; lastInvitedAt: Date | null; purgedAt: Date | null } | null;
  optedOut: boolean;
  invitations: {
    id: string;
    distributionId: string;
    unitId: string;
    channel: string;
    status: string;
    language: string | null;
    category: string | null;
    createdAt: Date;
    completedAt: Date | null;
    responseId: string | null;
  }[];
}

/** The normalised value (lower-cased e-mail, E.164 phone); BAD_USER_INPUT on `field` when it is neither. */
export function normalisedContact(ctx: RequestContext, kind: ContactKind, value: string, field = 'contact'): string {
  const normal = normaliseContact(kind, value, ctx.config.PHONE_DEFAULT_COUNTRY);
  if ('problem' in normal) throw badInput(normal.problem, { field });
  return normal.value;
}

export async function distributionContactData(
  ctx: RequestContext,
  kind: ContactKind,
  value: string,
): Promise<DistributionContactData> {
  const normal = normalisedContact(ctx, kind, value);
  const valueHash = contactKeys(ctx.config).hash(`${kind}:${normal}`);
  const contact = await ctx.em.findOne(Contact, { valueHash });
  const optedOut = Boolean(await ctx.em.findOne(OptOut, { valueHash }));
  const invitations = contact
    ? await ctx.em.find(Invitation, { contactId: contact.id }, { orderBy: { createdAt: 'asc' } })
    : [];
  return {
    value: normal,
    contact: contact && {
      id: contact.id,
      kind: contact.kind,
      createdAt: contact.createdAt,
      lastInvitedAt: contact.lastInvitedAt,
      purgedAt: contact.purgedAt,
    },
    optedOut,
    invitations: invitations.map((i) => ({
      id: i.id,
      distributionId: i.distributionId,
      unitId: i.unitId,
      channel: i.channel,
      status: i.status,
      language: i.language,
      category: i.category,
      createdAt: i.createdAt,
      completedAt: i.completedAt,
      responseId: i.responseId,
    })),
  };
}

/** Erases the contact (purgeContact's rule: invitations forget it, an opt-out stays). Answers 1 or 0. */
export async function eraseDistributionContact(ctx: RequestContext, kind: ContactKind, value: string): Promise<number> {
  const valueHash = contactKeys(ctx.config).hash(`${kind}:${normalisedContact(ctx, kind, value)}`);
  const contact = await ctx.em.findOne(Contact, { valueHash, valueCipher: { $ne: null } });
  return contact ? purgeContacts(ctx.em, [contact.id]) : 0;
}
