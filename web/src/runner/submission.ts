/** Talks to the public submission endpoints; one client request id per completed survey, kept until it is accepted. */
export interface PublicSurvey {
  definition: Record<string, unknown>;
  versionNumber: number;
  languages: string[];
  channel: string;
  testMode: boolean;
  answers: Record<string, unknown> | null;
}

export class SurveyError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) throw new SurveyError(body.errors[0].message, body.errors[0].extensions?.code);
  return body.data as T;
}

export async function loadSurvey(token: string, resumeKey: string | null): Promise<PublicSurvey> {
  const data = await graphql<{ surveyByToken: PublicSurvey }>(
    `query($token: String!, $resumeKey: String) { surveyByToken(token: $token, resumeKey: $resumeKey) { definition versionNumber languages channel testMode answers } }`,
    { token, resumeKey },
  );
  return data.surveyByToken;
}

export async function savePartial(token: string, answers: Record<string, unknown>, resumeKey: string | null): Promise<string> {
  const data = await graphql<{ savePartialResponse: { resumeKey: string } }>(
    `mutation($input: SavePartialResponseInput!) { savePartialResponse(input: $input) { resumeKey } }`,
    { input: { token, answers, resumeKey } },
  );
  return data.savePartialResponse.resumeKey;
}

export interface Submission {
  token: string;
  answers: Record<string, unknown>;
  clientRequestId: string;
  language: string;
  startedAt: string;
  resumeKey: string | null;
}

export async function submit(submission: Submission): Promise<{ responseId: string; duplicate: boolean }> {
  const response = await fetch('/api/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission) });
  const body = await response.json();
  if (!response.ok) throw new SurveyError(body.errors?.[0]?.message ?? 'The response could not be sent.', body.errors?.[0]?.extensions?.code);
  return body;
}
