import type { RequestContext } from '../graphql/context.js';
import { contactKeys } from '../distribution/index.js';
import { KeyClient } from './key-client.entity.js';

/**
 * Key clients whose contact holds this e-mail address or phone number, for a person's request to
 * see or erase their data (server/audit/contact-data.service.ts). The contact is free text (it may
 * hold a phone, an e-mail and an address), so it matches when it contains the e-mail (any case) or
 * the phone's digits (spaces, dashes and a leading 0 or + set aside).
 */
export interface KeyClientContactData {
  id: string;
  unitId: string;
  name: string;
  kind: string;
  contact: string;
  owner: string | null;
  tier: string | null;
  createdAt: Date;
}

const digits = (s: string) => s.replace(/\D/g, '');

function holds(contact: string, kind: string, value: string): boolean {
  if (kind === 'EMAIL') return contact.toLowerCase().includes(value.toLowerCase());
  // E.164 "+380441234567" also matches a national "044 123 45 67": compare the trailing 9 digits.
  const tail = digits(value).slice(-9);
  return tail.length >= 7 && (digits(contact).includes(digits(value)) || digits(contact).includes(tail));
}

async function matching(ctx: RequestContext, kind: string, value: string): Promise<[KeyClient, string][]> {
  const keys = contactKeys(ctx.config);
  const clients = await ctx.em.find(KeyClient, { contactCipher: { $ne: null } }, { orderBy: { createdAt: 'asc' } });
  return clients
    .map((c): [KeyClient, string] => [c, keys.decrypt(c.contactCipher!)])
    .filter(([, contact]) => holds(contact, kind, value));
}

export async function keyClientContactData(
  ctx: RequestContext,
  kind: string,
  value: string,
): Promise<KeyClientContactData[]> {
  return (await matching(ctx, kind, value)).map(([c, contact]) => ({
    id: c.id,
    unitId: c.unit.id,
    name: c.name,
    kind: c.kind,
    contact,
    owner: c.owner,
    tier: c.tier,
    createdAt: c.createdAt,
  }));
}

/** Erases those key clients' personal data (name, contact, owner), as purgeKeyClient does; their visits stay. */
export async function eraseKeyClientContacts(ctx: RequestContext, kind: string, value: string): Promise<number> {
  const found = await matching(ctx, kind, value);
  for (const [client] of found) {
    client.contactCipher = null;
    client.name = '(purged)';
    client.owner = null;
    client.purgedAt ??= new Date();
  }
  await ctx.em.flush();
  return found.length;
}
