import type { World } from './world.js';
import { ELSEWHERE } from './table-elsewhere.js';
import { ACTING } from './table-acting.js';
import { PROBED } from './table-probed.js';
import { LINKED } from './table-linked.js';

/**
 * How each GraphQL operation is kept inside its tenant, one entry per Query and Mutation field of
 * schema.graphql (tenancy-enumerated.test.ts fails for an operation without one):
 * - `probes`: called here for real, as a branch principal (B1's ADMIN) on B2's objects and as
 *   another organisation's ADMIN; each must be refused (FORBIDDEN or NOT_FOUND), or, for `hidden`,
 *   answer without any of the listed ids;
 * - `covered`: named tests of another tenancy file that drive it (the file must hold each test,
 *   whose body calls the operation or a top-level constant of the file or its support imports that does);
 * - `public` / `self`: why it has no tenant object to reach (a token is the credential, or it acts
 *   on the caller only);
 * - `pending`: not driven yet, and why: the suite fails while any entry is pending (kept for a moment's work).
 */
export interface Probe {
  as: 'branch' | 'other';
  query: string;
  variables?: Record<string, unknown>;
  /** The request may succeed, but must not show these ids. */
  hidden?: string[];
}

export type Entry =
  | { probes: (w: World) => Probe[] }
  | { covered: [file: string, ...tests: string[]] }
  | { public: string }
  | { self: string }
  | { pending: string };

const both = (query: string, variables: Record<string, unknown>): Probe[] => [
  { as: 'branch', query, variables },
  { as: 'other', query, variables },
];
const scoresInput = (w: World) => ({ modelId: w.modelId, unitId: w.b2, from: '2026-01-01', to: '2027-01-01' });
const listHides = (query: string, ids: (w: World) => string[]) => (w: World) =>
  (['branch', 'other'] as const).map((as) => ({ as, query, hidden: ids(w) }));

export const TABLE: Record<string, Entry> = {
  // Questionnaires of B2
  questionnaire: {
    probes: (w) => both(`query($id: ID!) { questionnaire(id: $id) { id } }`, { id: w.questionnaireId }),
  },
  questionnaireVersion: {
    probes: (w) => both(`query($id: ID!) { questionnaireVersion(id: $id) { id } }`, { id: w.versionId }),
  },
  questionnaireVersionDiff: {
    probes: (w) =>
      both(`query($f: ID!, $t: ID!) { questionnaireVersionDiff(fromId: $f, toId: $t) { unchangedCount } }`, {
        f: w.versionId,
        t: w.secondVersionId,
      }),
  },
  questionnaires: {
    probes: listHides(`{ questionnaires(first: 100) { edges { node { id } } } }`, (w) => [w.questionnaireId]),
  },
  createQuestionnaire: {
    probes: (w) => [
      {
        as: 'branch',
        query: `mutation($u: ID!) { createQuestionnaire(input: { unitId: $u, title: "Intruder" }) { id } }`,
        variables: { u: w.b2 },
      },
      {
        as: 'other',
        query: `mutation($u: ID!) { createQuestionnaire(input: { unitId: $u, title: "Intruder" }) { id } }`,
        variables: { u: w.b2 },
      },
    ],
  },
  saveQuestionnaireDraft: {
    probes: (w) =>
      both(
        `mutation($q: ID!) { saveQuestionnaireDraft(input: { questionnaireId: $q, definition: {}, expectedRevision: 0 }) { __typename } }`,
        { q: w.questionnaireId },
      ),
  },
  publishQuestionnaire: {
    probes: (w) =>
      both(`mutation($q: ID!) { publishQuestionnaire(input: { questionnaireId: $q }) { id } }`, {
        q: w.questionnaireId,
      }),
  },
  archiveQuestionnaire: {
    probes: (w) =>
      both(`mutation($q: ID!) { archiveQuestionnaire(id: $q, archived: true) { id } }`, { q: w.questionnaireId }),
  },
  retireQuestionnaireVersion: {
    probes: (w) => both(`mutation($v: ID!) { retireQuestionnaireVersion(id: $v) { id } }`, { v: w.versionId }),
  },
  restoreQuestionnaireVersion: {
    probes: (w) => both(`mutation($v: ID!) { restoreQuestionnaireVersion(id: $v) { id } }`, { v: w.versionId }),
  },
  restoreDraftFromVersion: {
    probes: (w) =>
      both(
        `mutation($q: ID!, $v: ID!) { restoreDraftFromVersion(questionnaireId: $q, versionId: $v, expectedRevision: 0) { id } }`,
        { q: w.questionnaireId, v: w.versionId },
      ),
  },
  openQuestionnaireVersion: {
    probes: (w) =>
      both(
        `mutation($v: ID!, $u: ID!) { openQuestionnaireVersion(input: { versionId: $v, unitId: $u }) { __typename } }`,
        { v: w.versionId, u: w.b2 },
      ),
  },
  deriveQuestionnaire: {
    probes: (w) => [
      {
        as: 'branch',
        query: `mutation($v: ID!, $u: ID!) { deriveQuestionnaire(versionId: $v, unitId: $u) { id } }`,
        variables: { v: w.versionId, u: w.b1 },
      },
      {
        as: 'other',
        query: `mutation($v: ID!, $u: ID!) { deriveQuestionnaire(versionId: $v, unitId: $u) { id } }`,
        variables: { v: w.versionId, u: w.b.headOfficeId },
      },
    ],
  },
  // Indicator models of B2
  indicatorModel: { probes: (w) => both(`query($id: ID!) { indicatorModel(id: $id) { id } }`, { id: w.modelId }) },
  indicatorModelVersion: {
    probes: (w) => both(`query($id: ID!) { indicatorModelVersion(id: $id) { id } }`, { id: w.modelVersionId }),
  },
  indicatorModelVersionDiff: {
    probes: (w) =>
      both(`query($f: ID!, $t: ID!) { indicatorModelVersionDiff(fromId: $f, toId: $t) { __typename } }`, {
        f: w.modelVersionId,
        t: w.modelVersionId,
      }),
  },
  indicatorModels: {
    probes: listHides(`{ indicatorModels(first: 100) { edges { node { id } } } }`, (w) => [w.modelId]),
  },
  saveIndicatorModelDraft: {
    probes: (w) =>
      both(
        `mutation($m: ID!, $d: IndicatorModelDefinitionInput!) { saveIndicatorModelDraft(input: { modelId: $m, definition: $d, expectedRevision: 0 }) { __typename } }`,
        { m: w.modelId, d: w.definition },
      ),
  },
  deriveIndicatorModel: {
    probes: (w) => [
      {
        as: 'branch',
        query: `mutation($v: ID!, $u: ID!) { deriveIndicatorModel(versionId: $v, unitId: $u) { id } }`,
        variables: { v: w.modelVersionId, u: w.b1 },
      },
      {
        as: 'other',
        query: `mutation($v: ID!, $u: ID!) { deriveIndicatorModel(versionId: $v, unitId: $u) { id } }`,
        variables: { v: w.modelVersionId, u: w.b.headOfficeId },
      },
    ],
  },
  effectiveWeights: {
    probes: (w) => both(`query($m: ID!) { effectiveWeights(modelId: $m) { __typename } }`, { m: w.modelId }),
  },
  // Results over B2
  lostPoints: {
    probes: (w) => both(`query($i: ScoresInput!) { lostPoints(input: $i) { key } }`, { i: scoresInput(w) }),
  },
  ranking: {
    probes: (w) => both(`query($i: ScoresInput!) { ranking(input: $i) { __typename } }`, { i: scoresInput(w) }),
  },
  scoreSeries: {
    probes: (w) =>
      both(`query($i: ScoresInput!) { scoreSeries(input: $i, granularity: MONTH) { __typename } }`, {
        i: scoresInput(w),
      }),
  },
  questionSummaries: {
    probes: (w) =>
      both(`query($i: QuestionSummariesInput!) { questionSummaries(input: $i) { __typename } }`, {
        i: { questionnaireId: w.questionnaireId, unitId: w.b2, from: '2026-01-01', to: '2027-01-01' },
      }),
  },
  scoreResponse: {
    probes: (w) =>
      both(`query($i: ScoreResponseInput!) { scoreResponse(input: $i) { __typename } }`, {
        i: { modelVersionId: w.modelVersionId, responseId: w.responseId },
      }),
  },
  // Responses of B2
  response: { probes: (w) => both(`query($id: ID!) { response(id: $id) { id } }`, { id: w.responseId }) },
  responses: { probes: listHides(`{ responses(first: 100) { edges { node { id } } } }`, (w) => [w.responseId]) },
  excludeResponse: {
    probes: (w) =>
      both(`mutation($id: ID!) { excludeResponse(id: $id, reason: "probe") { id } }`, { id: w.responseId }),
  },
  includeResponse: {
    probes: (w) =>
      both(`mutation($id: ID!) { includeResponse(id: $id, reason: "probe") { id } }`, { id: w.responseId }),
  },
  correctResponse: {
    probes: (w) =>
      both(`mutation($id: ID!, $a: JSON!) { correctResponse(id: $id, answers: $a, reason: "A probe") { id } }`, {
        id: w.responseId,
        a: { q: 1 },
      }),
  },
  importResponses: {
    probes: (w) =>
      both(
        `mutation($u: ID!, $v: ID!) { importResponses(input: { unitId: $u, versionId: $v, format: CSV, mode: ALL_OR_NOTHING, data: "q\\n1" }) { __typename } }`,
        { u: w.b2, v: w.versionId },
      ),
  },
  startResponseImport: {
    probes: (w) =>
      both(
        `mutation($u: ID!, $v: ID!) { startResponseImport(input: { unitId: $u, versionId: $v, format: CSV, mode: ALL_OR_NOTHING }) { id } }`,
        { u: w.b2, v: w.versionId },
      ),
  },
  // Public or self
  surveyByToken: { public: 'The link token is the credential; it names one link of one unit and nothing else.' },
  submitResponse: { public: 'A link token is the credential (covered for branches in tenancy-and-permissions).' },
  savePartialResponse: { public: 'A link token is the credential; the resume key returned is bound to it.' },
  login: { public: 'Signs the caller in; reaches no tenant object (lock-out: sign-in-lockout.test.ts).' },
  logout: { self: 'Ends the caller’s own session.' },
  changePassword: { self: 'Changes the caller’s own password, after checking the current one.' },
  clientSettings: { public: 'Settings of this server for the web app (no organisation data).' },
  myAssignments: { self: 'The caller’s own field-work assignments.' },
  myCases: { self: 'Cases assigned to the caller.' },
  // Second factor and contact data requests (security3)
  startTotpEnrolment: { self: 'Enrols the caller’s own second factor, after checking the password (totp.test.ts).' },
  confirmTotpEnrolment: { self: 'Confirms the caller’s own enrolment with a code of its app.' },
  disableTotp: { self: 'Turns off the caller’s own second factor; needs the password and a code.' },
  exportContactData: {
    covered: [
      'contact-data.test.ts',
      'is refused to another organisation, to a branch administrator and to non-administrators',
    ],
  },
  eraseContactData: {
    covered: [
      'contact-data.test.ts',
      'is refused to another organisation, to a branch administrator and to non-administrators',
    ],
  },
  ...ELSEWHERE,
  ...ACTING,
  ...PROBED,
  ...LINKED,
};
