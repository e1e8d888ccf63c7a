/** Talks to the public submission endpoints; one client request id per completed survey, kept until it is accepted. */
// Not '../graphql': the runner carries only its own documents, not codegen's map of every operation.
import { document, gql, GraphQLRequestError } from '../request';
import type {
  SavePartialResponseMutation,
  SavePartialResponseMutationVariables,
  SurveyByTokenQuery,
  SurveyByTokenQueryVariables,
} from '../gql/graphql';

export { GraphQLRequestError as SurveyError };
export type PublicSurvey = SurveyByTokenQuery['surveyByToken'];

const SurveyQuery = document<SurveyByTokenQuery, SurveyByTokenQueryVariables>(
  /* GraphQL */ `query SurveyByToken($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers branding { name logoDataUrl primaryColor privacyNotice { language text } } formTicket minFillSeconds serviceSituations { code labels { language text } } } }`,
);
const PartialMutation = document<SavePartialResponseMutation, SavePartialResponseMutationVariables>(
  /* GraphQL */ `mutation SavePartialResponse($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }`,
);

export async function loadSurvey(token: string, resumeKey: string | null): Promise<PublicSurvey> {
  return (await gql(SurveyQuery, { token, resumeKey })).surveyByToken;
}

export async function savePartial(
  token: string,
  answers: Record<string, unknown>,
  resumeKey: string | null,
): Promise<string> {
  return (await gql(PartialMutation, { input: { token, answers, resumeKey } })).savePartialResponse.resumeKey;
}

export interface Submission {
  token: string;
  answers: Record<string, unknown>;
  clientRequestId: string;
  language: string;
  startedAt: string;
  resumeKey: string | null;
  /** The bot check: the ticket the survey came with, and the honeypot (empty from people). */
  formTicket?: string;
  website?: string | null;
  /** The staff member who served: the link's `?staff=` code (a counter's link; docs/fieldwork.md). */
  staff?: string | null;
  /** The service situation the respondent chose, when the distribution asks it. */
  serviceSituation?: string | null;
}

export async function submit(submission: Submission): Promise<{ responseId: string; duplicate: boolean }> {
  const response = await fetch('/api/responses', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(submission),
  });
  // A proxy's error page is not the server's answer: no code, so callers treat it as a network failure.
  const body = await response.json().catch(() => null);
  if (!body) throw new GraphQLRequestError(`The server answered ${response.status}.`, undefined);
  if (!response.ok)
    throw new GraphQLRequestError(
      body.errors?.[0]?.message ?? 'The response could not be sent.',
      body.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      body.errors?.[0]?.extensions ?? {},
    );
  return body;
}
