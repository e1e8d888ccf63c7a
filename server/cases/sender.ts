import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { contactKeys, ContactKind, localDate, sendEmail, sendSms } from '../distribution/index.js';
import { OrgUnit, Organization, User } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseContact } from './case-contact.entity.js';
import { CaseMessage } from './case-message.entity.js';
import { addEvent } from './case-access.js';
import { renderCaseMessage } from './messages.js';

const MAX_ATTEMPTS = 5;
/** How long a claimed message is left to its sender before another copy may try it (a crash mid-send). */
const LEASE_MINUTES = 5;

/** Where a message goes (a client's address still encrypted) and in which language; null when there is nobody. */
async function recipient(
  em: EntityManager,
  m: CaseMessage,
  c: Case,
): Promise<{ kind: ContactKind; to: string; language: string | null } | null> {
  if (m.userId) {
    const user = await em.findOne(User, { id: m.userId });
    return user && !user.disabledAt ? { kind: ContactKind.EMAIL, to: user.email, language: user.locale } : null;
  }
  const contact = c.contactId ? await em.findOne(CaseContact, { id: c.contactId }) : null;
  if (!contact) return null;
  return { kind: contact.kind as ContactKind, to: contact.valueCipher, language: c.language };
}

async function varsOf(em: EntityManager, m: CaseMessage, c: Case): Promise<Record<string, string>> {
  const org = await em.findOneOrFail(Organization, { id: c.organization.id });
  const unit = await em.findOne(OrgUnit, { id: c.unitId });
  const owner = c.ownerId ? await em.findOne(User, { id: c.ownerId }) : null;
  const dueAt = m.vars?.step === 'ACKNOWLEDGE' ? c.acknowledgeDueAt : c.resolveDueAt;
  // Deadlines are the instant the next day begins: the last day is the one before.
  const due = dueAt ? localDate(new Date(dueAt.getTime() - 1), org.timeZone) : '—';
  return {
    reference: c.reference,
    unit: unit?.name ?? '—',
    due,
    description: c.description.slice(0, 2000),
    owner: owner?.displayName ?? '—',
    ...m.vars,
  };
}

/** Sends one claimed message and records the outcome; returns whether it went out. */
async function sendOne(config: Config, em: EntityManager, m: CaseMessage): Promise<boolean> {
  const c = await em.findOneOrFail(Case, { id: m.caseId });
  const to = await recipient(em, m, c);
  if (!to) {
    m.failedAt = new Date();
    m.lastError = 'nobody to write to (the contact was purged or the user disabled)';
    return false;
  }
  const address = m.userId ? to.to : contactKeys(config).decrypt(to.to);
  const text = renderCaseMessage(m.kind, to.language, await varsOf(em, m, c));
  const key = `case-message.${m.id}`;
  try {
    if (to.kind === ContactKind.EMAIL)
      await sendEmail(config, { to: address, subject: text.subject, text: text.body, key });
    else await sendSms(config, { to: address, text: `${text.subject}. ${text.body}`, key, callbackUrl: '' });
  } catch (error) {
    m.lastError = String((error as Error)?.message ?? error);
    const permanent = Boolean((error as { permanent?: boolean }).permanent);
    if (permanent || m.attempts >= MAX_ATTEMPTS) m.failedAt = new Date();
    else m.nextAttemptAt = new Date(Date.now() + 2 ** m.attempts * 1000);
    return false;
  }
  m.sentAt = new Date();
  m.lastError = null;
  addEvent(em, c, null, 'NOTIFIED', { note: `${m.kind} sent by ${to.kind === ContactKind.EMAIL ? 'e-mail' : 'SMS'}` });
  return true;
}

/**
 * Sends the messages that are due, in every organisation: each is claimed first (a lease, with
 * SKIP LOCKED), so two server copies never send the same one; a crash after sending and before
 * recording sends it again with the same Message-ID. Returns how many went out.
 */
export async function sendDueMessages(orm: MikroORM, config: Config, log: Logger): Promise<number> {
  const claimed: { id: string; organization_id: string }[] = await orm.em
    .fork()
    .getConnection()
    .execute(
      `update case_message set attempts = attempts + 1, next_attempt_at = now() + interval '${LEASE_MINUTES} minutes'
      where id in (select id from case_message where sent_at is null and failed_at is null and next_attempt_at <= now()
                    order by created_at limit 20 for update skip locked)
      returning id, organization_id`,
    );
  let sent = 0;
  for (const row of claimed) {
    const em = orm.em.fork();
    em.setFilterParams('tenant', { orgId: row.organization_id });
    try {
      const m = await em.findOneOrFail(CaseMessage, { id: row.id });
      if (await sendOne(config, em, m)) sent++;
      await em.flush();
    } catch (error) {
      log.error({ err: error, caseMessageId: row.id }, 'could not send a case message; it is tried again later');
    }
  }
  return sent;
}
