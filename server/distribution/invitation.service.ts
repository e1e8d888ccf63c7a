import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { decodeCursor, olderThan, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { requireAccess, requireOrganisationWide, requirePrincipal } from '../org/index.js';
import { Permission } from '../org/index.js';
import { hashSecret, newSecret } from '../org/index.js';
import { Channel, completedThroughLinks } from '../responses/index.js';
import { Contact, ContactKind } from './contact.entity.js';
import { OptOut } from './opt-out.entity.js';
import { contactKeys } from './contact-crypto.js';
import { normaliseContact } from './contacts.js';
import { checkInvitees, contactKindOf, inviteesFromCsv, MAX_INVITEES, type InviteeInput } from './invitees.js';
import { Distribution, DistributionStatus } from './distribution.entity.js';
import { loadDistributionForUnits, visibleUnitIds } from './distribution.service.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { InvitationEvent } from './invitation-event.entity.js';
import { recordStatus } from './invitation-status.js';
import type { DeliveryStats } from './distribution.types.js';

/** Finds or creates the contact of a normalised value, keeping only its cipher and keyed hash. */
async function contactFor(
  em: EntityManager,
  config: Config,
  orgId: string,
  kind: ContactKind,
  value: string,
): Promise<Contact> {
  const keys = contactKeys(config);
  const valueHash = keys.hash(`${kind}:${value}`);
  let contact = await em.findOne(Contact, { valueHash });
  if (!contact)
    contact = em.create(Contact, { organization: orgId, kind, valueHash, valueCipher: keys.encrypt(value) });
  else if (!contact.valueCipher) {
    contact.valueCipher = keys.encrypt(value);
    contact.purgedAt = null;
  }
  return contact;
}

export async function isOptedOut(em: EntityManager, valueHash: string): Promise<boolean> {
  return (await em.count(OptOut, { valueHash })) > 0;
}

export interface NewInvitation {
  distribution: Distribution;
  unitId: string;
  kind: ContactKind;
  value: string;
  language?: string | null;
  category?: string | null;
  situation?: string | null;
  externalRef?: string | null;
  dueAt?: Date;
  deadlineAt?: Date | null;
  serviceEventId?: string | null;
}

/**
 * Creates one invitation with its one-time token (kept encrypted: every message and reminder
 * carries the same link). Null when the contact opted out. The caller flushes.
 */
export async function createInvitation(
  em: EntityManager,
  config: Config,
  input: NewInvitation,
): Promise<Invitation | null> {
  const d = input.distribution;
  const orgId = d.organization.id;
  const contact = await contactFor(em, config, orgId, input.kind, input.value);
  if (await isOptedOut(em, contact.valueHash)) return null;
  const token = `${orgId}.${newSecret()}`;
  const now = new Date();
  contact.lastInvitedAt = now;
  const sendsItself = d.channel === Channel.EMAIL || d.channel === Channel.SMS;
  const invitation = em.create(Invitation, {
    organization: orgId,
    distributionId: d.id,
    unitId: input.unitId,
    contactId: contact.id,
    channel: d.channel,
    language: input.language ?? null,
    category: input.category ?? null,
    situation: input.situation ?? null,
    externalRef: input.externalRef ?? null,
    tokenHash: hashSecret(token),
    tokenCipher: contactKeys(config).encrypt(token),
    expiresAt: new Date(Math.max(now.getTime(), input.dueAt?.getTime() ?? 0) + d.invitationValidDays * 86_400_000),
    dueMessage: sendsItself ? 0 : null,
    dueAt: sendsItself ? (input.dueAt ?? now) : null,
    deadlineAt: input.deadlineAt ?? null,
    serviceEventId: input.serviceEventId ?? null,
  });
  recordStatus(em, invitation, InvitationStatus.QUEUED, {
    detail: input.serviceEventId ? 'triggered by a service event' : null,
  });
  return invitation;
}

/**
 * Invites a list (or a CSV) of respondents: every row is checked first, and one bad row stops
 * the whole upload with every problem listed by row, so nothing is half-imported. Contacts who
 * opted out are skipped and counted.
 */
export async function inviteRespondents(
  ctx: RequestContext,
  input: { distributionId: string; respondents?: InviteeInput[] | null; csv?: string | null },
): Promise<{ invited: number; skippedOptedOut: number; invitations: Invitation[] }> {
  requirePrincipal(ctx);
  // Invitations go under the caller's own units of the distribution, never under a sibling's.
  const { d, units } = await loadDistributionForUnits(ctx, input.distributionId, Permission.QUESTIONNAIRE_AUTHOR);
  const kind = contactKindOf(d.channel);
  if (!kind)
    throw badInput(`A ${d.channel} distribution has no invitations: respondents use its links.`, {
      field: 'distributionId',
    });
  if (d.status === DistributionStatus.CLOSED)
    throw badInput('This distribution is closed; invite to an open one.', { field: 'distributionId' });
  if (Boolean(input.respondents?.length) === Boolean(input.csv))
    throw badInput('Give either respondents or csv.', { field: 'respondents' });
  const rows = input.csv ? inviteesFromCsv(input.csv).rows : input.respondents!;
  const firstRow = input.csv ? 2 : 1; // CSV rows are numbered as lines, after the header.
  if (!rows.length) throw badInput('No respondents to invite.', { field: input.csv ? 'csv' : 'respondents' });
  if (rows.length > MAX_INVITEES) throw badInput(`At most ${MAX_INVITEES} respondents per call; split the list.`);
  const { problems, checked } = checkInvitees(rows, firstRow, kind, units, ctx.config, units.length < d.unitIds.length);
  if (problems.length) {
    throw badInput(
      `${problems.length} problem${problems.length > 1 ? 's' : ''} in the list; nobody was invited. ${problems
        .slice(0, 5)
        .map((p) => `Row ${p.row}: ${p.message}`)
        .join(' ')}`,
      { problems },
    );
  }
  return ctx.em.transactional(async (em) => {
    const invitations: Invitation[] = [];
    let skipped = 0;
    for (const { unitId, value, row } of checked) {
      const invitation = await createInvitation(em, ctx.config, {
        distribution: d,
        unitId,
        kind,
        value,
        language: row.language,
        category: row.category?.trim() || null,
        externalRef: row.externalRef?.trim() || null,
      });
      if (invitation) invitations.push(invitation);
      else skipped++;
    }
    await em.flush();
    return { invited: invitations.length, skippedOptedOut: skipped, invitations };
  });
}

export async function listInvitations(
  ctx: RequestContext,
  filter: { distributionId: string; status?: InvitationStatus | null; externalRef?: string | null },
  args: PageArgs,
): Promise<Page<Invitation>> {
  const first = pageSize(args);
  const { d, units } = await loadDistributionForUnits(ctx, filter.distributionId, Permission.QUESTIONNAIRE_READ);
  const where: Record<string, unknown>[] = [{ distributionId: d.id }];
  if (units.length < d.unitIds.length) where.push({ unitId: { $in: units.map((u) => u.id) } });
  if (filter.status) where.push({ status: filter.status });
  if (filter.externalRef) where.push({ externalRef: filter.externalRef });
  const cursor = decodeCursor(args.after);
  const [rows, total] = await Promise.all([
    ctx.em.find(
      Invitation,
      { $and: cursor ? [...where, olderThan('createdAt', cursor)] : where },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    ),
    ctx.em.count(Invitation, { $and: where }),
  ]);
  return toPage(rows, first, total, (r) => [r.createdAt.toISOString(), r.id], Boolean(cursor));
}

export async function historyOf(ctx: RequestContext, invitationId: string): Promise<InvitationEvent[]> {
  return ctx.em.find(InvitationEvent, { invitationId }, { orderBy: { at: 'asc', id: 'asc' } });
}

/** e-mail: j…@example.org; phone: +380…67. Enough for a person to recognise, not to contact. */
export function maskedContact(config: Config, contact: Contact | null): string | null {
  if (!contact?.valueCipher) return null;
  const value = contactKeys(config).decrypt(contact.valueCipher);
  if (contact.kind === ContactKind.EMAIL) return value.replace(/^(.)[^@]*(@.*)$/, '$1…$2');
  return `${value.slice(0, 4)}…${value.slice(-2)}`;
}

/** Delivery figures of the distribution's units the caller may see (all of them for a caller above them all). */
export async function deliveryStats(ctx: RequestContext, d: Distribution): Promise<DeliveryStats> {
  const visible = await visibleUnitIds(ctx, d);
  const partial = visible.size < d.unitIds.length;
  const units = `{${[...visible].join(',')}}`;
  type Counts = Omit<DeliveryStats, 'optedOut' | 'responseRate' | 'responses'> & { opted_out: number };
  const [row]: Counts[] = await ctx.em.getConnection().execute(
    `select count(*)::int invited,
            count(*) filter (where messages_sent > 0)::int sent,
            count(*) filter (where delivered_at is not null)::int delivered,
            count(*) filter (where exists (select 1 from invitation_event e where e.invitation_id = i.id and e.status in ('OPENED','STARTED','COMPLETED')))::int opened,
            count(*) filter (where exists (select 1 from invitation_event e where e.invitation_id = i.id and e.status in ('STARTED','COMPLETED')))::int started,
            count(*) filter (where status = 'COMPLETED')::int completed,
            count(*) filter (where status = 'BOUNCED')::int bounced,
            count(*) filter (where status = 'FAILED')::int failed,
            count(*) filter (where status = 'EXPIRED')::int expired,
            count(*) filter (where status = 'OPTED_OUT')::int opted_out,
            count(*) filter (where status = 'QUEUED')::int queued
       from invitation i where i.distribution_id = ? and i.organization_id = ? and (not ? or i.unit_id = any(?::uuid[]))`,
    [d.id, d.organization.id, partial, units],
  );
  return {
    ...row,
    optedOut: row.opted_out,
    responseRate: row.invited ? row.completed / row.invited : null,
    responses: partial ? await completedThroughLinks(ctx.em, d.organization.id, d.id, [...visible]) : d.completedCount,
  };
}

/** Completed responses the caller may see: the distribution's count, or its units' share for a branch. */
export async function completedSeen(ctx: RequestContext, d: Distribution): Promise<number> {
  const visible = await visibleUnitIds(ctx, d);
  return visible.size < d.unitIds.length
    ? completedThroughLinks(ctx.em, d.organization.id, d.id, [...visible])
    : d.completedCount;
}

/** Opts the invitation's contact out, forever: the opt-out keeps only the keyed hash and outlives a purge. */
export async function optOut(em: EntityManager, orgId: string, token: string): Promise<boolean> {
  const invitation = await em.findOne(
    Invitation,
    { tokenHash: hashSecret(token.trim()), organization: orgId },
    { filters: false },
  );
  if (!invitation) return false;
  em.setFilterParams('tenant', { orgId });
  await em.transactional(async (tx) => {
    const contact = invitation.contactId ? await tx.findOne(Contact, { id: invitation.contactId }) : null;
    if (contact) {
      await tx
        .getConnection()
        .execute(
          `insert into opt_out (id, organization_id, value_hash, created_at) values (gen_random_uuid(), ?, ?, now()) on conflict do nothing`,
          [orgId, contact.valueHash],
        );
      const open = await tx.find(Invitation, {
        contactId: contact.id,
        status: { $nin: [InvitationStatus.COMPLETED, InvitationStatus.OPTED_OUT] },
      });
      for (const inv of open)
        recordStatus(tx, inv, InvitationStatus.OPTED_OUT, {
          detail: inv.id === invitation.id ? 'through this invitation' : 'through another invitation',
        });
    }
    const fresh = await tx.findOneOrFail(Invitation, { id: invitation.id });
    if (fresh.status !== InvitationStatus.OPTED_OUT && fresh.status !== InvitationStatus.COMPLETED)
      recordStatus(tx, fresh, InvitationStatus.OPTED_OUT);
  });
  return true;
}

/**
 * Forgets a contact: the encrypted value is cleared and invitations no longer point at it.
 * Answers and results are untouched (they never referred to it); an opt-out stays honoured.
 */
export async function purgeContact(
  ctx: RequestContext,
  input: { contact: string; kind: ContactKind },
): Promise<number> {
  const principal = requirePrincipal(ctx);
  if (!principal.grants.some((g) => g.role === 'ADMIN'))
    throw badInput('Only an administrator can purge contact data.');
  // A contact is the organisation's, used by distributions of any unit: purging it is a head-office act.
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'Contact purges');
  const normal = normaliseContact(input.kind, input.contact, ctx.config.PHONE_DEFAULT_COUNTRY);
  if ('problem' in normal) throw badInput(normal.problem, { field: 'contact' });
  const valueHash = contactKeys(ctx.config).hash(`${input.kind}:${normal.value}`);
  const contact = await ctx.em.findOne(Contact, { valueHash });
  if (!contact) throw notFound('Contact', input.contact);
  return purgeContacts(ctx.em, [contact.id]);
}

export async function purgeContacts(em: EntityManager, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  return em.transactional(async (tx) => {
    await tx.nativeUpdate(Invitation, { contactId: { $in: ids } }, { contactId: null, dueMessage: null, dueAt: null });
    return tx.nativeUpdate(Contact, { id: { $in: ids } }, { valueCipher: null, purgedAt: new Date() });
  });
}

/** Purges contacts not invited for CONTACT_RETENTION_DAYS (run by the delivery worker, all organisations). */
export async function purgeExpiredContacts(em: EntityManager, retentionDays: number): Promise<number> {
  const rows: { id: string }[] = await em
    .getConnection()
    .execute(
      `select id from contact where value_cipher is not null and coalesce(last_invited_at, created_at) < now() - (? || ' days')::interval limit 10000`,
      [String(retentionDays)],
    );
  if (!rows.length) return 0;
  const ids = `{${rows.map((r) => r.id).join(',')}}`;
  await em.transactional(async (tx) => {
    await tx
      .getConnection()
      .execute(
        `update invitation set contact_id = null, due_message = null, due_at = null where contact_id = any(?::uuid[])`,
        [ids],
        'run',
        tx.getTransactionContext(),
      );
    await tx
      .getConnection()
      .execute(
        `update contact set value_cipher = null, purged_at = now() where id = any(?::uuid[])`,
        [ids],
        'run',
        tx.getTransactionContext(),
      );
  });
  return rows.length;
}

export function requireInvitationId(id: string): string {
  return requireId('Invitation', id);
}

/** An interviewer's call to a PHONE invitation: a completed call is its delivery (follow-up rate). */
export async function recordCallOutcome(
  ctx: RequestContext,
  input: { invitationId: string; completed: boolean; note?: string | null },
): Promise<Invitation> {
  const invitation = await ctx.em.findOne(Invitation, { id: requireInvitationId(input.invitationId) });
  if (!invitation) throw notFound('Invitation', input.invitationId);
  await requireAccess(ctx, Permission.RESPONSE_ENTER, invitation.unitId);
  if (invitation.channel !== Channel.PHONE && invitation.channel !== Channel.IVR)
    throw badInput(`This is a ${invitation.channel} invitation; calls are recorded for PHONE ones.`, {
      field: 'invitationId',
    });
  const note = input.note?.trim() || null;
  if (input.completed) {
    invitation.deliveredAt ??= new Date();
    invitation.messagesSent += 1;
    recordStatus(ctx.em, invitation, InvitationStatus.DELIVERED, {
      detail: `call completed${note ? `: ${note}` : ''}`,
    });
  } else
    recordStatus(ctx.em, invitation, InvitationStatus.QUEUED, {
      detail: `call not completed${note ? `: ${note}` : ''}`,
    });
  await ctx.em.flush();
  return invitation;
}

export { contactKindOf, inviteesFromCsv, MAX_INVITEES, type InviteeInput, type InviteProblem } from './invitees.js';
