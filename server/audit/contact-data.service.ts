import type { RequestContext } from '../graphql/context.js';
import { recordExport } from '../db/audit-trail.js';
import { caseContactData, eraseCaseContacts } from '../cases/index.js';
import {
  ContactKind,
  distributionContactData,
  eraseDistributionContact,
  normalisedContact,
} from '../distribution/index.js';
import { eraseKeyClientContacts, keyClientContactData } from '../fieldwork/index.js';
import { Permission, requireOrganisationWide } from '../org/index.js';
import { responsesByIds } from '../responses/index.js';

/**
 * A person's request about their data (GDPR-style access and erasure), by e-mail address or phone
 * number: everything Barometer holds about that contact in the caller's organisation, gathered
 * through each module's public face (distribution: contact, opt-out, invitations; responses: the
 * answers those invitations led to; cases: cases with that client contact; fieldwork: key
 * clients whose contact holds it). ADMIN at the head office only, since it spans every unit; each
 * export and erasure is recorded in the audit log (with the contact's kind, not its value).
 */
export interface ContactDataRequest {
  contact: string;
  kind: ContactKind;
}

async function authorise(ctx: RequestContext, input: ContactDataRequest): Promise<string> {
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'A contact’s data across the organisation');
  return normalisedContact(ctx, input.kind, input.contact);
}

export async function exportContactData(ctx: RequestContext, input: ContactDataRequest): Promise<unknown> {
  const value = await authorise(ctx, input);
  const distribution = await distributionContactData(ctx, input.kind, value);
  const responseIds = distribution.invitations.flatMap((i) => (i.responseId ? [i.responseId] : []));
  const data = {
    requested: { kind: input.kind, contact: value, at: new Date().toISOString() },
    distribution: { contact: distribution.contact, optedOut: distribution.optedOut },
    invitations: distribution.invitations,
    responses: await responsesByIds(ctx, responseIds),
    cases: await caseContactData(ctx, input.kind, value),
    keyClients: await keyClientContactData(ctx, input.kind, value),
  };
  await recordExport(ctx.em, 'CONTACT_DATA', {
    kind: input.kind,
    invitations: data.invitations.length,
    responses: data.responses.length,
    cases: data.cases.length,
    keyClients: data.keyClients.length,
  });
  return JSON.parse(JSON.stringify(data)) as unknown;
}

export interface ErasedContactData {
  contacts: number;
  cases: number;
  keyClients: number;
}

/**
 * Erases the contact everywhere: the distribution contact (invitations forget it; an opt-out stays
 * honoured), the client contact of its cases (the case keeps its facts), the key clients' personal
 * data (visits keep their scores). Answers and results never held the contact and stay.
 */
export async function eraseContactData(ctx: RequestContext, input: ContactDataRequest): Promise<ErasedContactData> {
  const value = await authorise(ctx, input);
  const erased = {
    contacts: await eraseDistributionContact(ctx, input.kind, value),
    cases: await eraseCaseContacts(ctx, input.kind, value),
    keyClients: await eraseKeyClientContacts(ctx, input.kind, value),
  };
  await recordExport(ctx.em, 'CONTACT_ERASURE', { kind: input.kind, ...erased });
  return erased;
}
