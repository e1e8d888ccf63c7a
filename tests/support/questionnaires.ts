import { readFileSync } from 'node:fs';
import { graphql } from '../gql/index.js';
import type { SaveQuestionnaireDraftInput } from '../gql/graphql.js';
import type { GraphQLClient } from './client.js';

export const FIXTURES = ['court-users', 'social-security', 'insurer-claims'] as const;

export function fixture(name: (typeof FIXTURES)[number]): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../fixtures/surveys/${name}.json`, import.meta.url), 'utf8'));
}

/** A small survey with one rating question per name. */
export function ratingSurvey(...names: string[]): Record<string, any> {
  return {
    pages: [
      {
        name: 'page1',
        elements: names.map((name) => ({ type: 'rating', name, title: `How was ${name}?`, rateMin: 1, rateMax: 5 })),
      },
    ],
  };
}

const CREATE = graphql(`mutation SupportCreateQuestionnaire($input: CreateQuestionnaireInput!) {
  createQuestionnaire(input: $input) { id draftRevision }
}`);

export async function newQuestionnaire(
  client: GraphQLClient,
  unitId: string,
  definition?: unknown,
  title = 'Satisfaction survey',
): Promise<{ id: string; draftRevision: number }> {
  const data = await client.ok(CREATE, { input: { unitId, title, definition } });
  return data.createQuestionnaire;
}

const SAVE_DRAFT = graphql(`mutation SupportSaveDraft($input: SaveQuestionnaireDraftInput!) {
  saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { path element message } }
}`);

export async function saveDraft(
  client: GraphQLClient,
  questionnaireId: string,
  expectedRevision: number,
  definition: unknown,
  extra: Partial<SaveQuestionnaireDraftInput> = {},
) {
  const data = await client.ok(SAVE_DRAFT, { input: { questionnaireId, expectedRevision, definition, ...extra } });
  return data.saveQuestionnaireDraft;
}

export const PUBLISH = graphql(`mutation SupportPublish($input: PublishQuestionnaireInput!) {
  publishQuestionnaire(input: $input) { id number contentHash changelog languages mandatoryElements questionCount }
}`);

export async function publish(
  client: GraphQLClient,
  questionnaireId: string,
  changelog = 'update',
  definition?: unknown,
) {
  const data = await client.ok(PUBLISH, { input: { questionnaireId, changelog, definition } });
  return data.publishQuestionnaire;
}

export const DIFF = graphql(`query SupportDiff($from: ID!, $to: ID!) {
  questionnaireVersionDiff(fromId: $from, toId: $to) {
  from { number } to { number } unchangedCount
  added { name type page } removed { name type page }
  changed { name page changes { aspect property before after } }
} }`);
