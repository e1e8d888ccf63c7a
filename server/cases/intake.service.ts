import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { LIMITS, optionalText, parsePublic, publicText } from '../http/public-input.js';
import { issueFormTicket, requireHuman } from '../http/abuse-guard.js';
import { OrgUnit, Permission, requireAccess, requirePrincipal } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseCategory } from './case-category.entity.js';
import { CaseChannel, CaseOrigin, CasePriority } from './case.enums.js';
import { LANGUAGES, openCase, type NewCase } from './intake.js';
import { CaseIntakeLink } from './intake-link.entity.js';
import { linkUrl } from '../responses/index.js';

/** A unit's public complaint form link (UNIT_MANAGE over the unit); one active link per unit is kept. */
export async function createIntakeLink(ctx: RequestContext, unitId: string): Promise<CaseIntakeLink> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.UNIT_MANAGE, unitId);
  const existing = await ctx.em.findOne(CaseIntakeLink, { unitId: unit.id, active: true });
  if (existing) return existing;
  const link = ctx.em.create(CaseIntakeLink, {
    organization: principal.orgId,
    unitId: unit.id,
    token: randomBytes(18).toString('base64url'),
  });
  await ctx.em.flush();
  return link;
}

/** The link behind a public token, its organisation bound to the request; unknown or closed: NOT_FOUND. */
async function linkOf(ctx: RequestContext, token: string): Promise<CaseIntakeLink> {
  const unknown = () => notFound('Complaint form', token.slice(0, 40));
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) throw unknown();
  const [row] = await ctx.em
    .getConnection()
    .execute(`select organization_id from case_intake_link where token = ? and active`, [token]);
  if (!row) throw unknown();
  ctx.em.setFilterParams('tenant', { orgId: row.organization_id });
  return ctx.em.findOneOrFail(CaseIntakeLink, { token });
}

/** The public base address: PUBLIC_URL when set, else the address the request came to (as survey links). */
export function publicBase(ctx: RequestContext): string {
  const url = linkUrl(ctx.config, ctx.req, 'x');
  return url.slice(0, url.lastIndexOf('/r/'));
}

/** The public address of a form link, as clients open it. */
export const formUrlOf = (ctx: RequestContext, token: string) => `${publicBase(ctx)}/complain/${token}`;

/** The address behind an active public token (for its QR code); unknown or closed: NOT_FOUND. */
export async function intakeFormUrl(ctx: RequestContext, token: string): Promise<string> {
  const link = await linkOf(ctx, token);
  return formUrlOf(ctx, link.token);
}

/**
 * What the public form shows: the unit's name, the languages and the categories to choose from,
 * and a form ticket to send back (the bot check of survey links: it must be some seconds old).
 */
export async function intakeForm(ctx: RequestContext, token: string) {
  const link = await linkOf(ctx, token);
  const unit = await ctx.em.findOneOrFail(OrgUnit, { id: link.unitId });
  const categories = await ctx.em.find(CaseCategory, {}, { orderBy: { code: 'asc' }, limit: 500 });
  return {
    unit: unit.name,
    languages: [...LANGUAGES],
    categories: categories.map((c) => ({ code: c.code, name: c.name })),
    formTicket: await issueFormTicket(ctx, token),
  };
}

const PUBLIC_COMPLAINT = z.object({
  description: publicText(20_000).default(''),
  contact: optionalText(320),
  contactName: optionalText(200),
  language: optionalText(LIMITS.language),
  category: optionalText(LIMITS.label),
  /** Left empty by people; a bot filling every field fills it (bot protection without a puzzle). */
  website: optionalText(500),
  /** What GET gave when the form was opened (server/http/abuse-guard.ts). */
  formTicket: optionalText(200),
});

/** Opens a case in its own transaction; a simultaneous twin with the same external reference finds the first. */
async function open(ctx: RequestContext, input: NewCase): Promise<{ c: Case; duplicate: boolean }> {
  const before = input.externalRef ? await ctx.em.findOne(Case, { externalRef: input.externalRef.trim() }) : null;
  if (before) return { c: before, duplicate: true };
  try {
    const c = await ctx.em.transactional(async (em) => {
      const c = await openCase(em, ctx.config, input);
      await em.flush();
      return c;
    });
    return { c, duplicate: false };
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException) || !input.externalRef) throw error;
    return { c: await ctx.em.findOneOrFail(Case, { externalRef: input.externalRef.trim() }), duplicate: true };
  }
}

/** A complaint sent through a unit's public form: the client gets the reference to quote. */
export async function submitPublicComplaint(
  ctx: RequestContext,
  token: string,
  body: unknown,
): Promise<{ reference: string | null }> {
  const link = await linkOf(ctx, token);
  const input = parsePublic(PUBLIC_COMPLAINT, body);
  if (input.website) return { reference: null };
  await requireHuman(ctx, token, { formTicket: input.formTicket });
  if (!input.contact)
    throw badInput('Give your e-mail or phone number, so that we can answer you.', { field: 'contact' });
  const category = input.category ? await ctx.em.findOne(CaseCategory, { code: input.category }) : null;
  if (input.category && !category)
    throw badInput(`Category "${input.category}" is not offered.`, { field: 'category' });
  const { c } = await open(ctx, {
    ...input,
    orgId: link.organization.id,
    unitId: link.unitId,
    origin: CaseOrigin.COMPLAINT,
    channel: CaseChannel.ONLINE_FORM,
    categoryId: category?.id ?? null,
  });
  return { reference: c.reference };
}

const SYSTEM_COMPLAINT = z.object({
  externalRef: publicText(LIMITS.token).default(''),
  unitId: optionalText(LIMITS.token),
  description: publicText(20_000).default(''),
  contact: optionalText(320),
  contactName: optionalText(200),
  language: optionalText(LIMITS.language),
  category: optionalText(LIMITS.label),
  priority: z.enum(CasePriority).nullish(),
  channel: z.enum(CaseChannel).nullish(),
});

/**
 * A complaint from another system (a signed webhook, as the endpoint's unit): idempotent per
 * external reference; the unit may be one below the endpoint's.
 */
export async function receiveSystemComplaint(
  ctx: RequestContext,
  body: Record<string, unknown>,
  endpointUnitId: string,
) {
  const input = parsePublic(SYSTEM_COMPLAINT, body);
  if (!input.externalRef.trim())
    throw badInput('externalRef is required: the sending system’s reference of the complaint.', {
      field: 'externalRef',
    });
  const unit = await requireAccess(ctx, Permission.RESPONSE_ENTER, input.unitId ?? endpointUnitId);
  const category = input.category ? await ctx.em.findOne(CaseCategory, { code: input.category }) : null;
  if (input.category && !category)
    throw badInput(`Category "${input.category}" does not exist.`, { field: 'category' });
  const { c, duplicate } = await open(ctx, {
    ...input,
    orgId: requirePrincipal(ctx).orgId,
    unitId: unit.id,
    origin: CaseOrigin.COMPLAINT,
    channel: input.channel ?? CaseChannel.OTHER_SYSTEM,
    categoryId: category?.id ?? null,
  });
  return { id: c.id, reference: c.reference, state: c.state, duplicate };
}
