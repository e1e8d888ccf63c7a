import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { textProblem } from '../http/public-input.js';
import { calendarOf, contactKeys, ContactKind, deadlineAfter, normaliseContact } from '../distribution/index.js';
import { Organization } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseCategory } from './case-category.entity.js';
import { CaseContact } from './case-contact.entity.js';
import { CaseChannel, CaseOrigin, CasePriority, CaseState } from './case.enums.js';
import { addEvent } from './case-access.js';
import { daysFor, DEFAULT_DAYS } from './workflow.js';
import { emit } from '../events/index.js';
import './events.js';

export const LANGUAGES = ['en', 'zh-CN', 'uk'] as const;

/** A case to open, from any intake: staff entry, the public form, the API/webhook, an alert rule. */
export interface NewCase {
  orgId: string;
  unitId: string;
  origin: CaseOrigin;
  channel: CaseChannel;
  description: string;
  priority?: CasePriority | null;
  categoryId?: string | null;
  contact?: string | null;
  contactName?: string | null;
  language?: string | null;
  externalRef?: string | null;
  responseId?: string | null;
  alertRuleId?: string | null;
  ownerId?: string | null;
  createdBy?: string | null;
  /** When it reached the organisation, if earlier than now (a letter entered the next day). */
  receivedAt?: Date | null;
  /** The staff member named (already resolved against the unit's staff register). */
  staffId?: string | null;
}

const DAY_MS = 86_400_000;

/** The receipt instant: now, or an earlier one given, at most a year back and not in the future. */
function receiptOf(given: Date | null | undefined): Date {
  const now = Date.now();
  if (!given) return new Date(now);
  if (Number.isNaN(given.getTime()) || given.getTime() > now + 5 * 60_000)
    throw badInput('receivedAt is in the future: give when the complaint reached you, or leave it out.', {
      field: 'receivedAt',
    });
  if (given.getTime() < now - 366 * DAY_MS)
    throw badInput('receivedAt is more than a year ago: a complaint that old cannot be registered.', {
      field: 'receivedAt',
    });
  return given;
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A reference people can read out on the phone: C-<year>-<5 characters without 0/O, 1/I>. */
export function newReference(at = new Date()): string {
  const bytes = randomBytes(5);
  return `C-${at.getUTCFullYear()}-${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

function cleanText(value: string | null | undefined, field: string, max: number): string | null {
  const v = value?.trim();
  if (!v) return null;
  const problem = textProblem(v);
  if (problem) throw badInput(`${field} ${problem}.`, { field });
  if (v.length > max) throw badInput(`${field} is longer than ${max} characters; shorten it.`, { field });
  return v;
}

/** The encrypted contact row, or null; a contact that is neither an e-mail nor a phone number is refused. */
function contactRow(em: EntityManager, config: Config, input: NewCase): CaseContact | null {
  const raw = cleanText(input.contact, 'contact', 254);
  if (!raw) return null;
  const kind = raw.includes('@') ? ContactKind.EMAIL : ContactKind.PHONE;
  const normal = normaliseContact(kind, raw, config.PHONE_DEFAULT_COUNTRY);
  if ('problem' in normal)
    throw badInput(`${normal.problem} Give the client’s e-mail or phone number.`, { field: 'contact' });
  const keys = contactKeys(config);
  const name = cleanText(input.contactName, 'contactName', 200);
  return em.create(CaseContact, {
    organization: input.orgId,
    kind,
    valueCipher: keys.encrypt(normal.value),
    nameCipher: name ? keys.encrypt(name) : null,
  });
}

/** Deadlines of a case from its category (or the defaults) and the organisation calendar. */
export async function setDeadlines(em: EntityManager, c: Case, from: Date, which: 'both' | 'resolve'): Promise<void> {
  const category = c.categoryId ? await em.findOne(CaseCategory, { id: c.categoryId }) : null;
  const org = await em.findOneOrFail(Organization, { id: c.organization.id });
  const calendar = await calendarOf(em);
  const ack = daysFor(category?.acknowledgeDays ?? DEFAULT_DAYS.acknowledge, c.priority);
  const resolve = daysFor(category?.resolveDays ?? DEFAULT_DAYS.resolve, c.priority);
  if (which === 'both') c.acknowledgeDueAt = deadlineAfter(from, ack, calendar, org.timeZone);
  c.resolveDueAt = deadlineAfter(from, resolve, calendar, org.timeZone);
}

/**
 * Opens a case inside `em`'s transaction: checks the text, the category and the language,
 * encrypts the contact apart, sets the deadlines and writes the first line of the timeline.
 * With an external reference already used, returns the case it opened (idempotent).
 */
export async function openCase(em: EntityManager, config: Config, input: NewCase): Promise<Case> {
  const externalRef = cleanText(input.externalRef, 'externalRef', 200);
  if (externalRef) {
    const existing = await em.findOne(Case, { externalRef });
    if (existing) return existing;
  }
  const description = cleanText(input.description, 'description', 20_000);
  if (!description) throw badInput('Describe the complaint: description is empty.', { field: 'description' });
  const language = input.language?.trim() || null;
  if (language && !LANGUAGES.includes(language as never))
    throw badInput(`Language "${language}" is not offered; use en, zh-CN or uk.`, { field: 'language' });
  if (input.categoryId && !(await em.findOne(CaseCategory, { id: requireId('Case category', input.categoryId) })))
    throw notFound('Case category', input.categoryId);
  const receivedAt = receiptOf(input.receivedAt);
  const contact = contactRow(em, config, input);
  const c = em.create(Case, {
    organization: input.orgId,
    reference: newReference(),
    origin: input.origin,
    state: CaseState.RECEIVED,
    unitId: input.unitId,
    categoryId: input.categoryId ?? null,
    priority: input.priority ?? CasePriority.NORMAL,
    channel: input.channel,
    description,
    language,
    externalRef,
    responseId: input.responseId ?? null,
    alertRuleId: input.alertRuleId ?? null,
    ownerId: input.ownerId ?? null,
    createdBy: input.createdBy ?? null,
    contactId: contact?.id ?? null,
    staffId: input.staffId ?? null,
    receivedAt,
  });
  await setDeadlines(em, c, c.receivedAt, 'both');
  const at = input.receivedAt ? receivedAt : undefined;
  addEvent(em, c, input.createdBy ?? null, 'RECEIVED', { state: CaseState.RECEIVED, unitId: c.unitId, at });
  const opened = { caseId: c.id, unitId: c.unitId, reference: c.reference, origin: c.origin };
  await emit(em, 'caseOpened', { orgId: input.orgId, ...opened });
  return c;
}
