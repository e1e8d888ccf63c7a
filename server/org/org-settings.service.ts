/** Organisation settings and branding (docs/administration.md): read by everyone signed in, changed by an ADMIN. */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { emit } from '../events/index.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { requireOrganisationWide, requirePrincipal } from './access.service.js';
import { checkLogo, checkPrimaryColor } from './branding.js';
import { OFFERED_LANGUAGES, Organization } from './organization.entity.js';
import { Permission } from './roles.js';
import { checkSituations, type ServiceSituationInput } from './service-situations.js';
import './events.js';

export const MAX_NOTICE_LENGTH = 10_000;

export interface LocalizedText {
  language: string;
  text: string;
}

export interface OrganizationSettingsInput {
  name?: string | null;
  timeZone?: string | null;
  languages?: string[] | null;
  minGroupSize?: number | null;
  /** "" removes the colour. */
  primaryColor?: string | null;
  /** A data URL; "" removes the logo. */
  logo?: string | null;
  /** Replaces every notice; a language left out has none. */
  privacyNotice?: LocalizedText[] | null;
  /** Replaces the list of service situations the runner can ask. */
  serviceSituations?: ServiceSituationInput[] | null;
}

/** What the runner shows of an organisation: no personal data, readable by respondents. */
export interface Branding {
  name: string;
  logoDataUrl: string | null;
  primaryColor: string | null;
  privacyNotice: LocalizedText[];
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

function checkLanguages(languages: string[]): string[] {
  const unknown = languages.filter((l) => !(OFFERED_LANGUAGES as readonly string[]).includes(l));
  if (unknown.length)
    throw badInput(`Language ${unknown.join(', ')} is not offered; choose among ${OFFERED_LANGUAGES.join(', ')}.`, {
      field: 'languages',
    });
  if (!languages.length) throw badInput('Offer at least one language.', { field: 'languages' });
  return [...new Set(languages)];
}

function checkNotices(notices: LocalizedText[], languages: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { language, text } of notices) {
    if (!languages.includes(language))
      throw badInput(`A privacy notice in "${language}" needs that language among the languages offered.`, {
        field: 'privacyNotice',
      });
    if (text.length > MAX_NOTICE_LENGTH)
      throw badInput(`The privacy notice in ${language} has ${text.length} characters; at most ${MAX_NOTICE_LENGTH}.`, {
        field: 'privacyNotice',
      });
    if (text.trim()) out[language] = text.trim();
  }
  return out;
}

async function applySettings(org: Organization, input: OrganizationSettingsInput): Promise<void> {
  if (input.name != null) {
    const name = input.name.trim();
    if (!name || name.length > 200) throw badInput('The name needs 1–200 characters.', { field: 'name' });
    org.name = name;
  }
  if (input.timeZone != null) {
    if (!isTimeZone(input.timeZone))
      throw badInput(`"${input.timeZone}" is not an IANA time zone such as Asia/Shanghai or Europe/Kyiv.`, {
        field: 'timeZone',
      });
    org.timeZone = input.timeZone;
  }
  if (input.minGroupSize != null) {
    if (!Number.isInteger(input.minGroupSize) || input.minGroupSize < 1 || input.minGroupSize > 1000)
      throw badInput('The minimum group size must be a whole number from 1 to 1000.', { field: 'minGroupSize' });
    org.minGroupSize = input.minGroupSize;
  }
  if (input.languages != null) org.languages = checkLanguages(input.languages);
  if (input.primaryColor != null) org.primaryColor = input.primaryColor ? checkPrimaryColor(input.primaryColor) : null;
  if (input.logo != null) org.logoDataUrl = input.logo ? await checkLogo(input.logo) : null;
  if (input.serviceSituations != null) org.serviceSituations = checkSituations(input.serviceSituations, org.languages);
  if (input.privacyNotice != null) org.privacyNotice = checkNotices(input.privacyNotice, org.languages);
  else
    org.privacyNotice = Object.fromEntries(
      Object.entries(org.privacyNotice).filter(([l]) => org.languages.includes(l)),
    );
}

/** Changes the organisation's settings; fields left out stay as they are. Needs USER_MANAGE at the head office. */
export async function updateOrganization(ctx: RequestContext, input: OrganizationSettingsInput): Promise<Organization> {
  await requireOrganisationWide(ctx, Permission.USER_MANAGE, 'Organisation settings');
  const orgId = requirePrincipal(ctx).orgId;
  return ctx.em.transactional(async (em) => {
    const org = await em.findOneOrFail(Organization, { id: orgId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const zone = org.timeZone;
    await applySettings(org, input);
    if (org.timeZone !== zone) await emit(em, 'timeZoneChanged', { orgId, timeZone: org.timeZone });
    await em.flush();
    return org;
  });
}

export function brandingOfOrganization(org: Organization): Branding {
  return {
    name: org.name,
    logoDataUrl: org.logoDataUrl,
    primaryColor: org.primaryColor,
    privacyNotice: org.languages
      .filter((l) => org.privacyNotice[l])
      .map((language) => ({ language, text: org.privacyNotice[language] })),
  };
}

/** An organisation's branding by id, for the public runner (responses module). */
export async function brandingOf(em: EntityManager, orgId: string): Promise<Branding> {
  const org = await em.findOneOrFail(Organization, { id: orgId }, { filters: false });
  return brandingOfOrganization(org);
}
