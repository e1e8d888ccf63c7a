import { readFileSync } from 'node:fs';
import type { GraphQLClient } from './client.js';

export const FIXTURES = ['court-users', 'social-security', 'insurer-claims'] as const;

export function fixture(name: (typeof FIXTURES)[number]): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../fixtures/surveys/${name}.json`, import.meta.url), 'utf8'));
}

/** A small survey with one rating question per name. */
export function ratingSurvey(...names: string[]): Record<string, any> {
  return { pages: [{ name: 'page1', elements: names.map((name) => ({ type: 'rating', name, title: `How was ${name}?`, rateMin: 1, rateMax: 5 })) }] };
}

export async function newQuestionnaire(client: GraphQLClient, unitId: string, definition?: unknown, title = 'Satisfaction survey'): Promise<{ id: string; draftRevision: number }> {
  const data = await client.ok(`mutation($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id draftRevision } }`, {
    input: { unitId, title, definition },
  });
  return data.createQuestionnaire;
}

export async function saveDraft(client: GraphQLClient, questionnaireId: string, expectedRevision: number, definition: unknown, extra: Record<string, unknown> = {}) {
  const data = await client.ok(
    `mutation($input: SaveQuestionnaireDraftInput!) { saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { path element message } } }`,
    { input: { questionnaireId, expectedRevision, definition, ...extra } },
  );
  return data.saveQuestionnaireDraft as { questionnaire: { draftRevision: number }; problems: { path: string; element: string | null; message: string }[] };
}

export const PUBLISH = `mutation($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id number contentHash changelog languages mandatoryElements questionCount } }`;

export async function publish(client: GraphQLClient, questionnaireId: string, changelog = 'update', definition?: unknown) {
  const data = await client.ok(PUBLISH, { input: { questionnaireId, changelog, definition } });
  return data.publishQuestionnaire as { id: string; number: number; contentHash: string; mandatoryElements: string[] };
}

export const DIFF = `query($from: ID!, $to: ID!) { questionnaireVersionDiff(fromId: $from, toId: $to) {
  from { number } to { number } unchangedCount
  added { name type page } removed { name type page }
  changed { name page changes { aspect property before after } }
} }`;
