import type { RequestContext } from '../graphql/context.js';
import { contactKeys } from '../distribution/index.js';
import { CaseContact } from './case-contact.entity.js';
import { Case } from './case.entity.js';

/**
 * The cases whose client contact is this (normalised) e-mail or phone number, for a person's
 * request to see or erase their data (server/audit/contact-data.service.ts). Case contacts carry
 * no searchable hash, so the organisation's contacts are decrypted one by one: a rare request.
 */
export interface CaseContactData {
  id: string;
  reference: string;
  unitId: string;
  state: string;
  channel: string;
  description: string;
  language: string | null;
  receivedAt: Date;
  closedAt: Date | null;
  resolution: string | null;
  contact: { kind: string; value: string; name: string | null };
}

async function matchingContacts(ctx: RequestContext, kind: string, value: string): Promise<CaseContact[]> {
  const keys = contactKeys(ctx.config);
  const all = await ctx.em.find(CaseContact, { kind });
  return all.filter((c) => keys.decrypt(c.valueCipher) === value);
}

export async function caseContactData(ctx: RequestContext, kind: string, value: string): Promise<CaseContactData[]> {
  const contacts = await matchingContacts(ctx, kind, value);
  if (!contacts.length) return [];
  const keys = contactKeys(ctx.config);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const cases = await ctx.em.find(Case, { contactId: { $in: [...byId.keys()] } }, { orderBy: { receivedAt: 'asc' } });
  return cases.map((c) => {
    const contact = byId.get(c.contactId!)!;
    return {
      id: c.id,
      reference: c.reference,
      unitId: c.unitId,
      state: c.state,
      channel: c.channel,
      description: c.description,
      language: c.language,
      receivedAt: c.receivedAt,
      closedAt: c.closedAt,
      resolution: c.resolution,
      contact: { kind, value, name: contact.nameCipher ? keys.decrypt(contact.nameCipher) : null },
    };
  });
}

/**
 * Erases the client contact of every case that has this one: the case keeps its facts and says
 * CONTACT_PURGED on its timeline (the retention rule of retention.ts, on request). Answers how many.
 */
export async function eraseCaseContacts(ctx: RequestContext, kind: string, value: string): Promise<number> {
  const ids = (await matchingContacts(ctx, kind, value)).map((c) => c.id);
  if (!ids.length) return 0;
  const rows: { id: string }[] = await ctx.em.getConnection().execute(
    `with cleared as (
       update complaint_case c set contact_id = null where c.organization_id = ? and c.contact_id = any(?::uuid[])
       returning c.id, c.organization_id, c.contact_id
     ), logged as (
       insert into case_event (id, organization_id, case_id, at, actor_id, kind)
       select gen_random_uuid(), organization_id, id, now(), ?, 'CONTACT_PURGED' from cleared
     )
     delete from case_contact cc where cc.organization_id = ? and cc.id = any(?::uuid[]) returning cc.id`,
    [ctx.principal!.orgId, `{${ids.join(',')}}`, ctx.principal!.userId, ctx.principal!.orgId, `{${ids.join(',')}}`],
  );
  return rows.length;
}
