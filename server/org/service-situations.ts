/** The organisation's list of service situations the runner can ask (docs/service-situation.md). */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../graphql/errors.js';
import { Organization, type ServiceSituationOption } from './organization.entity.js';

export const MAX_SITUATIONS = 50;
/** As long as a response's situation may be. */
export const MAX_SITUATION_LENGTH = 200;

export interface ServiceSituationInput {
  code: string;
  labels: { language: string; text: string }[];
}

/** A situation as the API shows it: labels in the organisation's language order. */
export interface ServiceSituationView {
  code: string;
  labels: { language: string; text: string }[];
}

const field = 'serviceSituations';

function checkOne(input: ServiceSituationInput, languages: string[], seen: Set<string>): ServiceSituationOption {
  const code = input.code.trim();
  if (!code || code.length > MAX_SITUATION_LENGTH)
    throw badInput(`A service situation's code needs 1–${MAX_SITUATION_LENGTH} characters.`, { field });
  if (seen.has(code))
    throw badInput(`The service situation "${code}" is listed twice; give each a code of its own.`, { field });
  seen.add(code);
  const labels: Record<string, string> = {};
  for (const { language, text } of input.labels) {
    if (!languages.includes(language))
      throw badInput(`The label of "${code}" in "${language}" needs that language among the languages offered.`, {
        field,
      });
    if (text.trim().length > MAX_SITUATION_LENGTH)
      throw badInput(`The label of "${code}" in ${language} is longer than ${MAX_SITUATION_LENGTH} characters.`, {
        field,
      });
    if (text.trim()) labels[language] = text.trim();
  }
  if (!labels[languages[0]])
    throw badInput(`The service situation "${code}" needs a label in ${languages[0]}, the default language.`, {
      field,
    });
  return { code, labels };
}

/** Checks a whole new list: codes unique, labels in offered languages, the default language's label present. */
export function checkSituations(inputs: ServiceSituationInput[], languages: string[]): ServiceSituationOption[] {
  if (inputs.length > MAX_SITUATIONS)
    throw badInput(`At most ${MAX_SITUATIONS} service situations; this list has ${inputs.length}.`, { field });
  const seen = new Set<string>();
  return inputs.map((input) => checkOne(input, languages, seen));
}

export function situationsOfOrganization(org: Organization): ServiceSituationView[] {
  return (org.serviceSituations ?? []).map((s) => ({
    code: s.code,
    labels: org.languages.filter((l) => s.labels[l]).map((language) => ({ language, text: s.labels[language] })),
  }));
}

/** An organisation's situations by id, for the public runner (responses module). */
export async function serviceSituationsOf(em: EntityManager, orgId: string): Promise<ServiceSituationView[]> {
  const org = await em.findOneOrFail(Organization, { id: orgId }, { filters: false });
  return situationsOfOrganization(org);
}
