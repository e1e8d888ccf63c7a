import { startCasesWorker, type CasesWorker } from '../../server/cases/index.js';
import { createLogger } from '../../server/logger.js';
import type { GraphQLClient } from './client.js';
import { signIn, type Tenant } from './factories.js';
import type { TestApp } from './harness.js';

/** A person of the tenant: id, e-mail and a signed-in client. */
export interface Person {
  id: string;
  email: string;
  client: GraphQLClient;
}

let n = 0;

/** A user holding `role` over `unitId`, signed in, with the interface language `locale`. */
export async function newPerson(
  app: TestApp,
  t: Tenant,
  role: string,
  unitId: string,
  name: string,
  locale = 'en',
): Promise<Person> {
  const email = `${name.toLowerCase()}-${++n}@${t.slug}.test`;
  const password = 'a long enough password';
  const data = await t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
    input: { email, displayName: name, password, locale, roles: [{ role, unitId }] },
  });
  return { id: data.createUser.user.id, email, client: await signIn(app, email, password) };
}

/** The cases worker with fast message polling and no cron: tests run the escalation by hand. */
export function startCases(app: TestApp): Promise<CasesWorker> {
  return startCasesWorker({
    config: app.config,
    orm: app.orm,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    messagePollMs: 200,
    escalationCron: null,
  });
}

export const CASE_FIELDS = `id reference origin state unitId ownerId priority channel description language
  acknowledgeDueAt resolveDueAt dueAt currentStep overdue resolvedOnTime rejectionReason resolution responsibility
  reopenCount hasContact responseId alertRuleId
  timeline { kind state note actorId unitId at }
  followUp { invitationStatus deliveredAt deadlineAt answeredAt responseId score band satisfied }`;

export const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`;
export const MOVE = `mutation($input: ChangeCaseStateInput!) { changeCaseState(input: $input) { ${CASE_FIELDS} } }`;
export const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
export const CASES = `query($filter: CaseFilterInput) { cases(filter: $filter, first: 100) { totalCount edges { node { id reference state origin unitId responseId description } } } }`;
export const MY_CASES = `{ myCases { open overdue byState { state count } } }`;

/** Moves a case; returns the case as the mutation answers it. */
export async function move(client: GraphQLClient, caseId: string, to: string, extra: Record<string, unknown> = {}) {
  return (await client.ok(MOVE, { input: { caseId, to, ...extra } })).changeCaseState;
}
