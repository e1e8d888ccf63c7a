/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query OrgUnitsPage($filter: OrgUnitFilterInput, $first: Int, $after: String) {\n  orgUnits(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { code depth parent { code } } }\n  }\n}": typeof types.OrgUnitsPageDocument,
    "mutation OrgUnitsMove($input: MoveOrgUnitInput!) {\n  moveOrgUnit(input: $input) { code depth parent { code } ancestors { code } }\n}": typeof types.OrgUnitsMoveDocument,
    "mutation OrgUnitsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": typeof types.OrgUnitsCreateDocument,
    "mutation OrgUnitsUpdate($input: UpdateOrgUnitInput!) {\n  updateOrgUnit(input: $input) { code name kind }\n}": typeof types.OrgUnitsUpdateDocument,
    "query OrgUnitsOne($id: ID!) { orgUnit(id: $id) { depth ancestors { code } } }": typeof types.OrgUnitsOneDocument,
    "mutation RulesCreateModel($input: CreateIndicatorModelInput!) {\n  createIndicatorModel(input: $input) { id }\n}": typeof types.RulesCreateModelDocument,
    "mutation RulesPublishModel($modelId: ID!) {\n  publishIndicatorModel(input: { modelId: $modelId }) { id }\n}": typeof types.RulesPublishModelDocument,
    "query RulesRanking($input: ScoresInput!) {\n  ranking(input: $input) { unit { code } rank score insufficient }\n}": typeof types.RulesRankingDocument,
    "query RulesSeries($input: ScoresInput!) {\n  scoreSeries(input: $input, granularity: MONTH) { label nodes { key score se } deltaPrevious { delta significant } }\n}": typeof types.RulesSeriesDocument,
    "query RulesScores($input: ScoresInput!) {\n  scores(input: $input) { nodes { key score band { key } } }\n}": typeof types.RulesScoresDocument,
    "mutation RulesOpen($input: OpenQuestionnaireVersionInput!) {\n  openQuestionnaireVersion(input: $input) { token }\n}": typeof types.RulesOpenDocument,
    "mutation RulesRetire($id: ID!) { retireQuestionnaireVersion(id: $id) { retiredAt } }": typeof types.RulesRetireDocument,
    "mutation RulesRestore($id: ID!) { restoreQuestionnaireVersion(id: $id) { retiredAt } }": typeof types.RulesRestoreDocument,
    "mutation RulesPin($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }": typeof types.RulesPinDocument,
    "mutation RulesSubmit($input: SubmitResponseInput!) {\n  submitResponse(input: $input) { responseId }\n}": typeof types.RulesSubmitDocument,
    "mutation FactoryLogin($input: LoginInput!) { login(input: $input) { kind } }": typeof types.FactoryLoginDocument,
    "mutation FactoryCreateUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) { id code name depth }\n}": typeof types.FactoryCreateUnitDocument,
    "mutation FactoryCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { id } }\n}": typeof types.FactoryCreateUserDocument,
    "mutation SupportCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n  createQuestionnaire(input: $input) { id draftRevision }\n}": typeof types.SupportCreateQuestionnaireDocument,
    "mutation SupportSaveDraft($input: SaveQuestionnaireDraftInput!) {\n  saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { path element message } }\n}": typeof types.SupportSaveDraftDocument,
    "mutation SupportPublish($input: PublishQuestionnaireInput!) {\n  publishQuestionnaire(input: $input) { id number contentHash changelog languages mandatoryElements questionCount }\n}": typeof types.SupportPublishDocument,
    "query SupportDiff($from: ID!, $to: ID!) {\n  questionnaireVersionDiff(fromId: $from, toId: $to) {\n  from { number } to { number } unchangedCount\n  added { name type page } removed { name type page }\n  changed { name page changes { aspect property before after } }\n} }": typeof types.SupportDiffDocument,
};
const documents: Documents = {
    "query OrgUnitsPage($filter: OrgUnitFilterInput, $first: Int, $after: String) {\n  orgUnits(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { code depth parent { code } } }\n  }\n}": types.OrgUnitsPageDocument,
    "mutation OrgUnitsMove($input: MoveOrgUnitInput!) {\n  moveOrgUnit(input: $input) { code depth parent { code } ancestors { code } }\n}": types.OrgUnitsMoveDocument,
    "mutation OrgUnitsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": types.OrgUnitsCreateDocument,
    "mutation OrgUnitsUpdate($input: UpdateOrgUnitInput!) {\n  updateOrgUnit(input: $input) { code name kind }\n}": types.OrgUnitsUpdateDocument,
    "query OrgUnitsOne($id: ID!) { orgUnit(id: $id) { depth ancestors { code } } }": types.OrgUnitsOneDocument,
    "mutation RulesCreateModel($input: CreateIndicatorModelInput!) {\n  createIndicatorModel(input: $input) { id }\n}": types.RulesCreateModelDocument,
    "mutation RulesPublishModel($modelId: ID!) {\n  publishIndicatorModel(input: { modelId: $modelId }) { id }\n}": types.RulesPublishModelDocument,
    "query RulesRanking($input: ScoresInput!) {\n  ranking(input: $input) { unit { code } rank score insufficient }\n}": types.RulesRankingDocument,
    "query RulesSeries($input: ScoresInput!) {\n  scoreSeries(input: $input, granularity: MONTH) { label nodes { key score se } deltaPrevious { delta significant } }\n}": types.RulesSeriesDocument,
    "query RulesScores($input: ScoresInput!) {\n  scores(input: $input) { nodes { key score band { key } } }\n}": types.RulesScoresDocument,
    "mutation RulesOpen($input: OpenQuestionnaireVersionInput!) {\n  openQuestionnaireVersion(input: $input) { token }\n}": types.RulesOpenDocument,
    "mutation RulesRetire($id: ID!) { retireQuestionnaireVersion(id: $id) { retiredAt } }": types.RulesRetireDocument,
    "mutation RulesRestore($id: ID!) { restoreQuestionnaireVersion(id: $id) { retiredAt } }": types.RulesRestoreDocument,
    "mutation RulesPin($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }": types.RulesPinDocument,
    "mutation RulesSubmit($input: SubmitResponseInput!) {\n  submitResponse(input: $input) { responseId }\n}": types.RulesSubmitDocument,
    "mutation FactoryLogin($input: LoginInput!) { login(input: $input) { kind } }": types.FactoryLoginDocument,
    "mutation FactoryCreateUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) { id code name depth }\n}": types.FactoryCreateUnitDocument,
    "mutation FactoryCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { id } }\n}": types.FactoryCreateUserDocument,
    "mutation SupportCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n  createQuestionnaire(input: $input) { id draftRevision }\n}": types.SupportCreateQuestionnaireDocument,
    "mutation SupportSaveDraft($input: SaveQuestionnaireDraftInput!) {\n  saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { path element message } }\n}": types.SupportSaveDraftDocument,
    "mutation SupportPublish($input: PublishQuestionnaireInput!) {\n  publishQuestionnaire(input: $input) { id number contentHash changelog languages mandatoryElements questionCount }\n}": types.SupportPublishDocument,
    "query SupportDiff($from: ID!, $to: ID!) {\n  questionnaireVersionDiff(fromId: $from, toId: $to) {\n  from { number } to { number } unchangedCount\n  added { name type page } removed { name type page }\n  changed { name page changes { aspect property before after } }\n} }": types.SupportDiffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnitsPage($filter: OrgUnitFilterInput, $first: Int, $after: String) {\n  orgUnits(filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { code depth parent { code } } }\n  }\n}"): typeof import('./graphql.js').OrgUnitsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrgUnitsMove($input: MoveOrgUnitInput!) {\n  moveOrgUnit(input: $input) { code depth parent { code } ancestors { code } }\n}"): typeof import('./graphql.js').OrgUnitsMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrgUnitsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }"): typeof import('./graphql.js').OrgUnitsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrgUnitsUpdate($input: UpdateOrgUnitInput!) {\n  updateOrgUnit(input: $input) { code name kind }\n}"): typeof import('./graphql.js').OrgUnitsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgUnitsOne($id: ID!) { orgUnit(id: $id) { depth ancestors { code } } }"): typeof import('./graphql.js').OrgUnitsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesCreateModel($input: CreateIndicatorModelInput!) {\n  createIndicatorModel(input: $input) { id }\n}"): typeof import('./graphql.js').RulesCreateModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesPublishModel($modelId: ID!) {\n  publishIndicatorModel(input: { modelId: $modelId }) { id }\n}"): typeof import('./graphql.js').RulesPublishModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesRanking($input: ScoresInput!) {\n  ranking(input: $input) { unit { code } rank score insufficient }\n}"): typeof import('./graphql.js').RulesRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesSeries($input: ScoresInput!) {\n  scoreSeries(input: $input, granularity: MONTH) { label nodes { key score se } deltaPrevious { delta significant } }\n}"): typeof import('./graphql.js').RulesSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesScores($input: ScoresInput!) {\n  scores(input: $input) { nodes { key score band { key } } }\n}"): typeof import('./graphql.js').RulesScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesOpen($input: OpenQuestionnaireVersionInput!) {\n  openQuestionnaireVersion(input: $input) { token }\n}"): typeof import('./graphql.js').RulesOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesRetire($id: ID!) { retireQuestionnaireVersion(id: $id) { retiredAt } }"): typeof import('./graphql.js').RulesRetireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesRestore($id: ID!) { restoreQuestionnaireVersion(id: $id) { retiredAt } }"): typeof import('./graphql.js').RulesRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesPin($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }"): typeof import('./graphql.js').RulesPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesSubmit($input: SubmitResponseInput!) {\n  submitResponse(input: $input) { responseId }\n}"): typeof import('./graphql.js').RulesSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryLogin($input: LoginInput!) { login(input: $input) { kind } }"): typeof import('./graphql.js').FactoryLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateUnit($input: CreateOrgUnitInput!) {\n  createOrgUnit(input: $input) { id code name depth }\n}"): typeof import('./graphql.js').FactoryCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateUser($input: CreateUserInput!) {\n  createUser(input: $input) { user { id } }\n}"): typeof import('./graphql.js').FactoryCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportCreateQuestionnaire($input: CreateQuestionnaireInput!) {\n  createQuestionnaire(input: $input) { id draftRevision }\n}"): typeof import('./graphql.js').SupportCreateQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportSaveDraft($input: SaveQuestionnaireDraftInput!) {\n  saveQuestionnaireDraft(input: $input) { questionnaire { draftRevision } problems { path element message } }\n}"): typeof import('./graphql.js').SupportSaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportPublish($input: PublishQuestionnaireInput!) {\n  publishQuestionnaire(input: $input) { id number contentHash changelog languages mandatoryElements questionCount }\n}"): typeof import('./graphql.js').SupportPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportDiff($from: ID!, $to: ID!) {\n  questionnaireVersionDiff(fromId: $from, toId: $to) {\n  from { number } to { number } unchangedCount\n  added { name type page } removed { name type page }\n  changed { name page changes { aspect property before after } }\n} }"): typeof import('./graphql.js').SupportDiffDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
