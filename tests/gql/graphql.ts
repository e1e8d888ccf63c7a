/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a distribution identifies respondents. */
export type AnonymityMode =
  /** A response keeps no link to its invitation; the invitation only learns that it was completed (on which day). */
  | 'ANONYMOUS'
  /** The invitation keeps the id of its response for follow-up; the API never shows it. */
  | 'CONFIDENTIAL'
  /** The invitation shows the id of its response. */
  | 'IDENTIFIED';

/** Only responses whose answer to a choice question is one of these values (multi-select: includes one). */
export type AnswerFilterInput = {
  /** Name of the question. */
  question: string;
  /** The response matches when its answer is one of these values. */
  values: Array<unknown>;
};

/** A score band: lower bound inclusive, upper exclusive (the top band includes 100). */
export type BandInput = {
  /** Stable key, e.g. very_satisfied. */
  key: string;
  /** Label in the main language. */
  label: string;
  /** The label in further languages. */
  labelTranslations?: Array<TranslationInput> | null | undefined;
  /** Upper bound (exclusive, except 100 for the top band), 0–100. */
  max: number;
  /** Lowest score in the band (inclusive), 0–100. */
  min: number;
};

/** Where the response was collected. PHONE and PAPER are entered by an interviewer. */
export type Channel =
  /** Submitted by another system through the API. */
  | 'API'
  /** An e-mail invitation. */
  | 'EMAIL'
  /** A survey embedded in another site. */
  | 'EMBED'
  /** An automated phone survey. */
  | 'IVR'
  /** A kiosk or tablet on site. */
  | 'KIOSK'
  /** A paper form entered or imported. */
  | 'PAPER'
  /** A phone interview entered by an interviewer. */
  | 'PHONE'
  /** An SMS invitation. */
  | 'SMS'
  /** An open web link. */
  | 'WEB_LINK';

/** A new distribution of a questionnaire. */
export type CreateDistributionInput = {
  /** Default ANONYMOUS. */
  anonymity?: AnonymityMode | null | undefined;
  /** Whether the runner asks respondents their service situation from the organisation’s list (default false). */
  askServiceSituation?: boolean | null | undefined;
  /** Channel through which respondents are reached. */
  channel: Channel;
  /** Last instant (exclusive, UTC); left out, open-ended. */
  closesAt?: string | null | undefined;
  /** Days an invitation link stays valid (default 30). */
  invitationValidDays?: number | null | undefined;
  /** Languages offered (en, zh-CN, uk); left out, the questionnaire's. */
  languages?: Array<string> | null | undefined;
  /** Invitation texts, one per language. */
  messageTemplates?: Array<MessageTemplateInput> | null | undefined;
  /** Name shown in the admin app. */
  name: string;
  /** First instant responses are taken (UTC); left out, now. */
  opensAt?: string | null | undefined;
  /** The published questionnaire to distribute. */
  questionnaireId: string | number;
  /** Completed responses after which it stops taking more; left out, no quota. */
  quota?: number | null | undefined;
  /** Up to 5 reminders: hours after the previous message. */
  reminderDelaysHours?: Array<number> | null | undefined;
  /** Respondent category recorded on each response; null when none. */
  respondentCategory?: string | null | undefined;
  /** Service situation recorded on each response that gives none (an invitation’s or event’s own comes first). */
  serviceSituation?: string | null | undefined;
  /** Units responses are filed under; each gets its own link. */
  unitIds: Array<string | number>;
  /** Pin this version; leave out to always use the latest published version. */
  versionId?: string | number | null | undefined;
};

/** A new indicator model. */
export type CreateIndicatorModelInput = {
  /** The first draft; left out, an index with no children and the default bands. */
  definition?: IndicatorModelDefinitionInput | null | undefined;
  /** Name of the model, unique within the owning unit. */
  name: string;
  /** The name in further languages. */
  nameTranslations?: Array<TranslationInput> | null | undefined;
  /** The owning unit; its subtree may use the model. */
  unitId: string | number;
};

/** A new unit of the hierarchy. */
export type CreateOrgUnitInput = {
  /** Code unique within the organisation, e.g. a court or branch number; imports refer to it. */
  code: string;
  /** Kind of the new unit. */
  kind: OrgUnitKind;
  /** Display name. */
  name: string;
  /** The unit the new one sits under. */
  parentId: string | number;
  /** Weight in UNIT_WEIGHTS roll-ups (e.g. the population served); zero or more; default 1. */
  weight?: number | null | undefined;
};

/** A new questionnaire. */
export type CreateQuestionnaireInput = {
  /** Initial SurveyJS JSON (object or JSON text); an empty survey when left out. */
  definition?: unknown;
  /** Title in the main language. */
  title: string;
  /** The title in further languages. */
  titleTranslations?: Array<TranslationInput> | null | undefined;
  /** The unit that owns the questionnaire. */
  unitId: string | number;
};

/** A new person who signs in to the admin app. */
export type CreateUserInput = {
  /** Name shown in the interface and in change logs. */
  displayName: string;
  /** Sign-in e-mail, unique within the organisation. */
  email: string;
  /** en, zh-CN or uk (default en). */
  locale?: string | null | undefined;
  /** At least 10 characters; left out, one is generated and returned once. */
  password?: string | null | undefined;
  /** Roles to assign at once; left out, the user holds none until assigned. */
  roles?: Array<RoleInput> | null | undefined;
};

/** What about a question changed. */
export type DiffAspect =
  /** Choices or columns added. */
  | 'CHOICES_ADDED'
  /** Choice texts changed, values kept. */
  | 'CHOICES_RELABELLED'
  /** Choices or columns removed. */
  | 'CHOICES_REMOVED'
  /** The condition for enabling the element. */
  | 'ENABLE_IF'
  /** Any other property. */
  | 'OTHER'
  /** The page the element sits on. */
  | 'PAGE'
  /** The rating scale (rateMin, rateMax, rateValues) changed; item scores follow the new scale. */
  | 'RATE_RANGE'
  /** Whether an answer is required. */
  | 'REQUIRED'
  /** The question text. */
  | 'TITLE'
  /** The element type; scores may no longer be comparable. */
  | 'TYPE'
  /** The answer validators. */
  | 'VALIDATORS'
  /** The condition for showing the element. */
  | 'VISIBLE_IF';

/** A SERVQUAL pair: the gap is perception − expectation. */
export type GapPairInput = {
  /** The expectation item. */
  expectation: ItemBindingInput;
  /** The perception item. */
  perception: ItemBindingInput;
  /** Relative weight among the pairs (≥ 0). */
  weight?: number;
};

/** INDEX (root), DIMENSION, and leaf indicators: SURVEY, LIKERT_SUM, NPS, GAP (SERVQUAL), METRIC (administrative statistic). */
export type IndicatorKind =
  /** A grouping node: weighted mean of its children, 0–100. */
  | 'DIMENSION'
  /** SERVQUAL: perception minus expectation mean score per pair, −100..100. */
  | 'GAP'
  /** The root: weighted mean of its children, 0–100. */
  | 'INDEX'
  /** Weighted mean of a scoring sheet's items over inspection visits (never client responses), 0–100. */
  | 'INSPECTION'
  /** Sum of its items' mean raw values; in the index, the mean of its item scores. */
  | 'LIKERT_SUM'
  /** An administrative statistic scored against its target and worst value, 0–100. */
  | 'METRIC'
  /** Net promoter score on a 0–10 item: % of 9–10 minus % of 0–6, −100..100. */
  | 'NPS'
  /** Weighted mean of its items' mean scores, 0–100. */
  | 'SURVEY';

/** The tree of indicators, the bands and the ranking threshold. */
export type IndicatorModelDefinitionInput = {
  /** Defaults to the standard five bands. */
  bands?: Array<BandInput> | null | undefined;
  /** Units with fewer responses are not ranked (default 30). */
  minResponses?: number | null | undefined;
  /** Restricts the model to one client group: it scores only responses of this respondent category (e.g. lawyer), so another group can have its own indicator set. Null: every category. */
  respondentCategory?: string | null | undefined;
  /** The INDEX. */
  root: IndicatorNodeInput;
  /** Restricts the model to responses of this service situation (e.g. appeal). Null: every situation. */
  serviceSituation?: string | null | undefined;
};

/** A node of the indicator tree; children nest. */
export type IndicatorNodeInput = {
  /** Child nodes (INDEX, DIMENSION). */
  children?: Array<IndicatorNodeInput> | null | undefined;
  /** NPS and GAP: take part in the index as (x + 100)/2. */
  includeInIndex?: boolean | null | undefined;
  /** Bound question items (SURVEY, LIKERT_SUM, NPS). */
  items?: Array<ItemBindingInput> | null | undefined;
  /** Stable key: keeps trends comparable across model versions. */
  key: string;
  /** How the node is scored. */
  kind: IndicatorKind;
  /** Label in the main language. */
  label: string;
  /** The label in further languages. */
  labelTranslations?: Array<TranslationInput> | null | undefined;
  /** Branch variants cannot remove it. */
  mandatory?: boolean;
  /** Highest normalised share among siblings a branch variant may give it (0–1). */
  maxShare?: number | null | undefined;
  /** METRIC: key of the administrative statistic. */
  metricKey?: string | null | undefined;
  /** Lowest normalised share among siblings a branch variant may give it (0–1). */
  minShare?: number | null | undefined;
  /** Expectation/perception pairs (GAP). */
  pairs?: Array<GapPairInput> | null | undefined;
  /** A target score (0–100) for the node, e.g. a court’s quality goal; results give the distance to it. */
  target?: number | null | undefined;
  /** Relative weight among its siblings. */
  weight?: number;
};

/** A question (or matrix row) bound to an indicator. */
export type ItemBindingInput = {
  /** Earlier names of the question (renamed in later versions). */
  aliases?: Array<string> | null | undefined;
  /** Scale maximum, overriding the question’s. */
  max?: number | null | undefined;
  /** Scale minimum, overriding the question’s. */
  min?: number | null | undefined;
  /** Answer values that mean "not applicable": no score. */
  notApplicable?: Array<unknown> | null | undefined;
  /** The question name. */
  question: string;
  /** The questionnaire; questionnaires derived or adopted from it match too. */
  questionnaireId: string | number;
  /** Score as 100 − s (for negatively worded items). */
  reverse?: boolean;
  /** Row value, for a matrix question. */
  row?: string | null | undefined;
  /** Score (0–100) per choice value, for choice questions. */
  valueScores?: Array<ValueScoreInput> | null | undefined;
  /** Relative weight among the node's items (≥ 0). */
  weight?: number;
};

/** Sign in with e-mail and password. */
export type LoginInput = {
  /** The 6-digit code of the authenticator app (or a recovery code), when a second factor is on. */
  code?: string | null | undefined;
  /** Sign-in e-mail (case does not matter). */
  email: string;
  /** Organisation short name; needed only when the e-mail exists in several. */
  organization?: string | null | undefined;
  /** The user's password. */
  password: string;
};

/** The message of one language; {{link}} is replaced by the personal link, {{optOutLink}} by the opt-out link. */
export type MessageTemplateInput = {
  /** The text; {{link}} is replaced by the survey URL. */
  body: string;
  /** Language of the text (en, zh-CN, uk). */
  language: string;
  /** E-mail subject (ignored for SMS). */
  subject?: string | null | undefined;
};

/** Moves a unit, with its subtree, under another parent. */
export type MoveOrgUnitInput = {
  /** The unit to move; not the head office. */
  id: string | number;
  /** The new parent; the unit moves with its whole subtree. */
  newParentId: string | number;
};

/** Opens response links for a published version. */
export type OpenQuestionnaireVersionInput = {
  /** Default WEB_LINK. PHONE and PAPER links take responses from signed-in interviewers. */
  channel?: Channel | null | undefined;
  /** Service situation recorded on responses through this link that give none (e.g. appeal). */
  serviceSituation?: string | null | undefined;
  /** Responses are marked as tests and never count. */
  testMode?: boolean | null | undefined;
  /** The unit responses are filed under. */
  unitId: string | number;
  /** The published version. */
  versionId: string | number;
};

/** Which units to list; every condition given must hold. */
export type OrgUnitFilterInput = {
  /** Only units of this kind. */
  kind?: OrgUnitKind | null | undefined;
  /** Deepest level to include (head office is 0). */
  maxDepth?: number | null | undefined;
  /** Text contained in the name or code. */
  search?: string | null | undefined;
  /** Only this unit and its descendants. */
  under?: string | number | null | undefined;
};

/** What kind of unit this is in the hierarchy. */
export type OrgUnitKind =
  /** A branch office serving clients. */
  | 'BRANCH'
  /** A court (judicial organisations). */
  | 'COURT'
  /** The root of the organisation; exactly one, depth 0. */
  | 'HEAD_OFFICE'
  /** Any other service point. */
  | 'OFFICE'
  /** A regional level grouping branches or courts. */
  | 'REGION'
  /** A sub-branch below a branch. */
  | 'SUB_BRANCH';

/** Whether a person or another system is asking. */
export type PrincipalKind =
  /** A system calling with an API key (Authorization: Bearer). */
  | 'API_KEY'
  /** A person signed in with a session. */
  | 'USER';

/** Publishes the draft as a new immutable version. */
export type PublishQuestionnaireInput = {
  /** What changed, for the version history. */
  changelog?: string | null | undefined;
  /** Save this definition as the draft and publish it in one step. */
  definition?: unknown;
  /** Refuse (CONFLICT) unless the draft is still at this revision. */
  expectedRevision?: number | null | undefined;
  /** The questionnaire. */
  questionnaireId: string | number;
};

/** Response filters; every condition given must hold. METRIC nodes ignore them. */
export type ResultsFilterInput = {
  /** Only responses whose answers match every condition. */
  answers?: Array<AnswerFilterInput> | null | undefined;
  /** Only responses collected through this channel. */
  channel?: Channel | null | undefined;
  /** Only responses answered in this language. */
  language?: string | null | undefined;
  /** Only responses to this questionnaire version. */
  questionnaireVersionId?: string | number | null | undefined;
  /** Only responses of this respondent category. */
  respondentCategory?: string | null | undefined;
  /** Only responses of this service situation. */
  serviceSituation?: string | null | undefined;
};

/** A role held over one org unit and everything below it. */
export type Role =
  /** Manages units, users, roles and API keys; can do everything. */
  | 'ADMIN'
  /** Reads questionnaires and results. */
  | 'ANALYST'
  /** Quality officer: designs questionnaires and indicator models, reads results. */
  | 'AUTHOR'
  /** Inspector or mystery shopper: sees and records only their own field-work assignments. */
  | 'INSPECTOR'
  /** Enters responses on behalf of respondents (phone, paper). */
  | 'INTERVIEWER'
  /** Reads results by post and staff member (STAFF_BREAKDOWN_READ) over a subtree; given by an admin beside another role. */
  | 'STAFF_REVIEWER'
  /** Manages the units below their own and reads their results. */
  | 'UNIT_MANAGER';

/** A role over a unit subtree. */
export type RoleInput = {
  /** The role to hold. */
  role: Role;
  /** The role holds over this unit and everything below it. */
  unitId: string | number;
};

/** POOLED: the subtree’s responses together. EQUAL_UNITS / UNIT_WEIGHTS: each indicator averaged over the child units (equally, or by unit weight), the unit’s own responses as one more child. */
export type RollupMode =
  /** Each leaf indicator is the equal mean over child units that have it. */
  | 'EQUAL_UNITS'
  /** A parent pools the responses of its whole subtree (default). */
  | 'POOLED'
  /** Each leaf indicator is the mean over child units by their configured weight. */
  | 'UNIT_WEIGHTS';

/** A new draft of a questionnaire. */
export type SaveQuestionnaireDraftInput = {
  /** The SurveyJS JSON (object or JSON text), at most 2 MB. */
  definition: unknown;
  /** The draftRevision you loaded; a save over someone else’s newer save answers CONFLICT. */
  expectedRevision: number;
  /** Element names that questionnaires derived from this one must keep unchanged. */
  mandatoryElements?: Array<string> | null | undefined;
  /** The questionnaire. */
  questionnaireId: string | number;
  /** New title; left out, unchanged. */
  title?: string | null | undefined;
  /** New title translations; left out, unchanged. */
  titleTranslations?: Array<TranslationInput> | null | undefined;
};

/** A model (its latest version, or a named version), a unit (its whole subtree), a period and filters. */
export type ScoresInput = {
  /** Response filters; they do not apply to METRIC indicators. */
  filters?: ResultsFilterInput | null | undefined;
  /** First day, YYYY-MM-DD, in the organisation’s time zone. */
  from: string;
  /** The model; its latest published version is used. */
  modelId?: string | number | null | undefined;
  /** A specific model version (any version can score any period). */
  modelVersionId?: string | number | null | undefined;
  /** Default POOLED. */
  rollup?: RollupMode | null | undefined;
  /** Day after the last day (the period is half-open). */
  to: string;
  /** The unit; its whole subtree is in scope. */
  unitId: string | number;
  /** Weight respondents by this scheme; unweighted when left out. */
  weightingSchemeId?: string | number | null | undefined;
};

/** A completed response. */
export type SubmitResponseInput = {
  /** SurveyJS data: question name → value. At most 1 MB, nested at most 32 levels; text without NUL characters or lone surrogates. */
  answers: unknown;
  /** Chosen by the client (a UUID); a retry with the same id returns the first result and stores nothing new. */
  clientRequestId: string;
  /** The bot check of open links: `PublicSurvey.formTicket` as received when the survey was opened (not needed when signed in). */
  formTicket?: string | null | undefined;
  /** A language tag (e.g. uk, fr-BE), at most 35 characters. */
  language?: string | null | undefined;
  /** e.g. insured, beneficiary, employer, lawyer, witness; at most 200 characters. */
  respondentCategory?: string | null | undefined;
  /** The key of a saved partial response this completes. */
  resumeKey?: string | null | undefined;
  /** e.g. registration, claim paid, hearing; at most 200 characters. */
  serviceSituation?: string | null | undefined;
  /** The staff member who served the respondent: a staff code or id from the staff register of the link’s unit (a counter’s link carries it as `?staff=`; an interviewer picks it). Unknown or inactive: BAD_USER_INPUT. */
  staff?: string | null | undefined;
  /** When the respondent opened the survey; a start after now or over 366 days ago (a wrong clock) is kept as unknown. */
  startedAt?: string | null | undefined;
  /** The link (or invitation) token. */
  token: string;
  /** A honeypot: forms keep it hidden and empty; a submission that fills it in is refused as automated. */
  website?: string | null | undefined;
};

/** A text in one language. */
export type TranslationInput = {
  /** Language code as SurveyJS writes it, e.g. uk, zh-cn. */
  locale: string;
  /** The text in that language. */
  text: string;
};

/** Fields left out stay as they are. */
export type UpdateOrgUnitInput = {
  /** New code, unique within the organisation. */
  code?: string | null | undefined;
  /** The unit to change. */
  id: string | number;
  /** New kind. */
  kind?: OrgUnitKind | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
  /** Weight in UNIT_WEIGHTS roll-ups; zero or more. */
  weight?: number | null | undefined;
};

/** For choice questions: the number a choice value stands for. */
export type ValueScoreInput = {
  /** Its item score, 0–100. */
  score: number;
  /** The choice value as stored in answers. */
  value: unknown;
};

export type OrgUnitsPageQueryVariables = Exact<{
  filter?: OrgUnitFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrgUnitsPageQuery = { orgUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, depth: number, parent: { code: string } | null } }> } };

export type OrgUnitsMoveMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type OrgUnitsMoveMutation = { moveOrgUnit: { code: string, depth: number, parent: { code: string } | null, ancestors: Array<{ code: string }> } };

export type OrgUnitsCreateMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type OrgUnitsCreateMutation = { createOrgUnit: { id: string } };

export type OrgUnitsUpdateMutationVariables = Exact<{
  input: UpdateOrgUnitInput;
}>;


export type OrgUnitsUpdateMutation = { updateOrgUnit: { code: string, name: string, kind: OrgUnitKind } };

export type OrgUnitsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgUnitsOneQuery = { orgUnit: { depth: number, ancestors: Array<{ code: string }> } };

export type RulesCreateModelMutationVariables = Exact<{
  input: CreateIndicatorModelInput;
}>;


export type RulesCreateModelMutation = { createIndicatorModel: { id: string } };

export type RulesPublishModelMutationVariables = Exact<{
  modelId: string | number;
}>;


export type RulesPublishModelMutation = { publishIndicatorModel: { id: string } };

export type RulesRankingQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type RulesRankingQuery = { ranking: Array<{ rank: number | null, score: number | null, insufficient: boolean, unit: { code: string } }> };

export type RulesSeriesQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type RulesSeriesQuery = { scoreSeries: Array<{ label: string, nodes: Array<{ key: string, score: number | null, se: number | null }>, deltaPrevious: { delta: number, significant: boolean } | null }> };

export type RulesScoresQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type RulesScoresQuery = { scores: { nodes: Array<{ key: string, score: number | null, band: { key: string } | null }> } };

export type RulesOpenMutationVariables = Exact<{
  input: OpenQuestionnaireVersionInput;
}>;


export type RulesOpenMutation = { openQuestionnaireVersion: { token: string } };

export type RulesRetireMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesRetireMutation = { retireQuestionnaireVersion: { retiredAt: string | null } };

export type RulesRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type RulesRestoreMutation = { restoreQuestionnaireVersion: { retiredAt: string | null } };

export type RulesPinMutationVariables = Exact<{
  input: CreateDistributionInput;
}>;


export type RulesPinMutation = { createDistribution: { id: string } };

export type RulesSubmitMutationVariables = Exact<{
  input: SubmitResponseInput;
}>;


export type RulesSubmitMutation = { submitResponse: { responseId: string } };

export type FactoryLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FactoryLoginMutation = { login: { kind: PrincipalKind } };

export type FactoryCreateUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type FactoryCreateUnitMutation = { createOrgUnit: { id: string, code: string, name: string, depth: number } };

export type FactoryCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type FactoryCreateUserMutation = { createUser: { user: { id: string } } };

export type SupportCreateQuestionnaireMutationVariables = Exact<{
  input: CreateQuestionnaireInput;
}>;


export type SupportCreateQuestionnaireMutation = { createQuestionnaire: { id: string, draftRevision: number } };

export type SupportSaveDraftMutationVariables = Exact<{
  input: SaveQuestionnaireDraftInput;
}>;


export type SupportSaveDraftMutation = { saveQuestionnaireDraft: { questionnaire: { draftRevision: number }, problems: Array<{ path: string, element: string | null, message: string }> } };

export type SupportPublishMutationVariables = Exact<{
  input: PublishQuestionnaireInput;
}>;


export type SupportPublishMutation = { publishQuestionnaire: { id: string, number: number, contentHash: string, changelog: string, languages: Array<string>, mandatoryElements: Array<string>, questionCount: number } };

export type SupportDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type SupportDiffQuery = { questionnaireVersionDiff: { unchangedCount: number, from: { number: number }, to: { number: number }, added: Array<{ name: string, type: string, page: string }>, removed: Array<{ name: string, type: string, page: string }>, changed: Array<{ name: string, page: string, changes: Array<{ aspect: DiffAspect, property: string, before: unknown, after: unknown }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const OrgUnitsPageDocument = new TypedDocumentString(`
    query OrgUnitsPage($filter: OrgUnitFilterInput, $first: Int, $after: String) {
  orgUnits(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        depth
        parent {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsPageQuery, OrgUnitsPageQueryVariables>;
export const OrgUnitsMoveDocument = new TypedDocumentString(`
    mutation OrgUnitsMove($input: MoveOrgUnitInput!) {
  moveOrgUnit(input: $input) {
    code
    depth
    parent {
      code
    }
    ancestors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsMoveMutation, OrgUnitsMoveMutationVariables>;
export const OrgUnitsCreateDocument = new TypedDocumentString(`
    mutation OrgUnitsCreate($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsCreateMutation, OrgUnitsCreateMutationVariables>;
export const OrgUnitsUpdateDocument = new TypedDocumentString(`
    mutation OrgUnitsUpdate($input: UpdateOrgUnitInput!) {
  updateOrgUnit(input: $input) {
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsUpdateMutation, OrgUnitsUpdateMutationVariables>;
export const OrgUnitsOneDocument = new TypedDocumentString(`
    query OrgUnitsOne($id: ID!) {
  orgUnit(id: $id) {
    depth
    ancestors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsOneQuery, OrgUnitsOneQueryVariables>;
export const RulesCreateModelDocument = new TypedDocumentString(`
    mutation RulesCreateModel($input: CreateIndicatorModelInput!) {
  createIndicatorModel(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesCreateModelMutation, RulesCreateModelMutationVariables>;
export const RulesPublishModelDocument = new TypedDocumentString(`
    mutation RulesPublishModel($modelId: ID!) {
  publishIndicatorModel(input: {modelId: $modelId}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesPublishModelMutation, RulesPublishModelMutationVariables>;
export const RulesRankingDocument = new TypedDocumentString(`
    query RulesRanking($input: ScoresInput!) {
  ranking(input: $input) {
    unit {
      code
    }
    rank
    score
    insufficient
  }
}
    `) as unknown as TypedDocumentString<RulesRankingQuery, RulesRankingQueryVariables>;
export const RulesSeriesDocument = new TypedDocumentString(`
    query RulesSeries($input: ScoresInput!) {
  scoreSeries(input: $input, granularity: MONTH) {
    label
    nodes {
      key
      score
      se
    }
    deltaPrevious {
      delta
      significant
    }
  }
}
    `) as unknown as TypedDocumentString<RulesSeriesQuery, RulesSeriesQueryVariables>;
export const RulesScoresDocument = new TypedDocumentString(`
    query RulesScores($input: ScoresInput!) {
  scores(input: $input) {
    nodes {
      key
      score
      band {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RulesScoresQuery, RulesScoresQueryVariables>;
export const RulesOpenDocument = new TypedDocumentString(`
    mutation RulesOpen($input: OpenQuestionnaireVersionInput!) {
  openQuestionnaireVersion(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<RulesOpenMutation, RulesOpenMutationVariables>;
export const RulesRetireDocument = new TypedDocumentString(`
    mutation RulesRetire($id: ID!) {
  retireQuestionnaireVersion(id: $id) {
    retiredAt
  }
}
    `) as unknown as TypedDocumentString<RulesRetireMutation, RulesRetireMutationVariables>;
export const RulesRestoreDocument = new TypedDocumentString(`
    mutation RulesRestore($id: ID!) {
  restoreQuestionnaireVersion(id: $id) {
    retiredAt
  }
}
    `) as unknown as TypedDocumentString<RulesRestoreMutation, RulesRestoreMutationVariables>;
export const RulesPinDocument = new TypedDocumentString(`
    mutation RulesPin($input: CreateDistributionInput!) {
  createDistribution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RulesPinMutation, RulesPinMutationVariables>;
export const RulesSubmitDocument = new TypedDocumentString(`
    mutation RulesSubmit($input: SubmitResponseInput!) {
  submitResponse(input: $input) {
    responseId
  }
}
    `) as unknown as TypedDocumentString<RulesSubmitMutation, RulesSubmitMutationVariables>;
export const FactoryLoginDocument = new TypedDocumentString(`
    mutation FactoryLogin($input: LoginInput!) {
  login(input: $input) {
    kind
  }
}
    `) as unknown as TypedDocumentString<FactoryLoginMutation, FactoryLoginMutationVariables>;
export const FactoryCreateUnitDocument = new TypedDocumentString(`
    mutation FactoryCreateUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    id
    code
    name
    depth
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateUnitMutation, FactoryCreateUnitMutationVariables>;
export const FactoryCreateUserDocument = new TypedDocumentString(`
    mutation FactoryCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateUserMutation, FactoryCreateUserMutationVariables>;
export const SupportCreateQuestionnaireDocument = new TypedDocumentString(`
    mutation SupportCreateQuestionnaire($input: CreateQuestionnaireInput!) {
  createQuestionnaire(input: $input) {
    id
    draftRevision
  }
}
    `) as unknown as TypedDocumentString<SupportCreateQuestionnaireMutation, SupportCreateQuestionnaireMutationVariables>;
export const SupportSaveDraftDocument = new TypedDocumentString(`
    mutation SupportSaveDraft($input: SaveQuestionnaireDraftInput!) {
  saveQuestionnaireDraft(input: $input) {
    questionnaire {
      draftRevision
    }
    problems {
      path
      element
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SupportSaveDraftMutation, SupportSaveDraftMutationVariables>;
export const SupportPublishDocument = new TypedDocumentString(`
    mutation SupportPublish($input: PublishQuestionnaireInput!) {
  publishQuestionnaire(input: $input) {
    id
    number
    contentHash
    changelog
    languages
    mandatoryElements
    questionCount
  }
}
    `) as unknown as TypedDocumentString<SupportPublishMutation, SupportPublishMutationVariables>;
export const SupportDiffDocument = new TypedDocumentString(`
    query SupportDiff($from: ID!, $to: ID!) {
  questionnaireVersionDiff(fromId: $from, toId: $to) {
    from {
      number
    }
    to {
      number
    }
    unchangedCount
    added {
      name
      type
      page
    }
    removed {
      name
      type
      page
    }
    changed {
      name
      page
      changes {
        aspect
        property
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupportDiffQuery, SupportDiffQueryVariables>;