/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accept an invitation: choose a password (and name) and be signed in. */
export type AcceptInvitationInput = {
  /** Name shown for the account; left out, the invited one. */
  displayName?: string | null | undefined;
  /** The new password, per the password policy (at least 10 characters, not common). */
  password: string;
  /** The token from the invitation link. */
  token: string;
};

/** Which actions to list; every condition given must hold. */
export type ActionFilterInput = {
  /** Only actions past their deadline and not yet submitted or judged. */
  overdue?: boolean | null | undefined;
  /** Only actions this user is responsible for. */
  responsibleUserId?: string | number | null | undefined;
  /** Only actions in these statuses. */
  status?: Array<ActionStatus> | null | undefined;
  /** Only this unit's subtree; left out, every unit the caller reads. */
  under?: string | number | null | undefined;
};

/** A progress note, optionally with one evidence file. */
export type ActionNoteInput = {
  /** The action. */
  actionId: string | number;
  /** Evidence content, base64; PDF, PNG, JPEG, WebP, DOCX or XLSX, at most 5 MB. */
  contentBase64?: string | null | undefined;
  /** Evidence file name. */
  fileName?: string | null | undefined;
  /** The note, or the caption of the file. */
  text: string;
};

/** Where an action was opened from. */
export type ActionSourceKind =
  /** An earlier action that was not met (a follow-up). */
  | 'ACTION'
  /** A complaint or alert case (sourceId is the case id). */
  | 'CASE'
  /** A unit's dashboard, one indicator. */
  | 'DASHBOARD_INDICATOR'
  /** A unit's dashboard, one question. */
  | 'DASHBOARD_QUESTION'
  /** An inspection non-conformity (sourceId is "<visit revision id>:<finding number from 0>"). */
  | 'INSPECTION'
  /** A row of the lost-points view (unit × indicator). */
  | 'LOST_POINTS'
  /** Opened by hand. */
  | 'MANUAL'
  /** A row of a ranking (unit × index or indicator). */
  | 'RANKING';

/** Where a rectification action stands. */
export type ActionStatus =
  /** Cancelled, with a reason. */
  | 'CANCELLED'
  /** Closed after its verdict. */
  | 'CLOSED'
  /** Being worked on: progress notes and evidence are added. */
  | 'IN_PROGRESS'
  /** Re-checked: the target was reached (and the rise significant where asked). */
  | 'MET'
  /** Re-checked: the target was not reached. */
  | 'NOT_MET'
  /** Re-checked: too few responses on either side (below the model's minimum). */
  | 'NO_DATA'
  /** Opened; work has not started. */
  | 'OPEN'
  /** Reported done by the responsible person; waiting for its re-check. */
  | 'SUBMITTED';

/** A note added to a case’s timeline (investigation, progress told to the client). */
export type AddCaseNoteInput = {
  /** The case. */
  caseId: string | number;
  /** The note. */
  note: string;
};

/** A key client for a unit’s register. */
export type AddKeyClientInput = {
  /** Contact (phone, e-mail, address); stored encrypted. */
  contact?: string | null | undefined;
  /** Enterprise or person. */
  kind: KeyClientKind;
  /** Name of the enterprise or person. */
  name: string;
  /** Who in the unit looks after the client. */
  owner?: string | null | undefined;
  /** Tier, in the organisation’s own terms. */
  tier?: string | null | undefined;
  /** The unit the client belongs to. */
  unitId: string | number;
};

/** A staff member for a unit’s register. */
export type AddStaffMemberInput = {
  /** A code unique in the unit (letters, digits, "-", "_"; at most 40), e.g. the counter: for links and imports. */
  code?: string | null | undefined;
  /** Their name. */
  name: string;
  /** Their post. */
  post: StaffPost;
  /** Their unit. */
  unitId: string | number;
};

/** What in a response fires an alert rule. */
export type AlertCondition =
  /** The numeric answer to `question` (a rating item) is below `threshold`. */
  | 'ANSWER_BELOW'
  /** The answer to `question` is (or, for several choices, contains) one of `values`. */
  | 'ANSWER_IS'
  /** The response’s own band is one of `values` (band keys, e.g. unqualified). */
  | 'BAND_IS'
  /** The "please contact me" `question` is answered yes (true, "yes", or one of `values`). */
  | 'CONTACT_ME'
  /** The unit’s band on `indicatorKey` of `modelId` over the response’s `period` is one of `values`. At most one case per unit and period. */
  | 'INDICATOR_BAND_IS'
  /** The unit’s score on one node (`indicatorKey`) of `modelId`, over the response’s `period`, is below `threshold`; read as the results show it (the model’s minimum responses, small groups withheld). Opens at most one case per unit and period. */
  | 'INDICATOR_BELOW'
  /** The text answer to `question` (or any text answer when not set) contains one of `values`; matched as a substring, case- and width-insensitive, so it works for Chinese without spaces. */
  | 'KEYWORD'
  /** The response’s own index score (0–100, its indicator model) is below `threshold`. */
  | 'SCORE_BELOW';

/** The period (organisation time zone) over which an indicator rule reads a unit’s score. */
export type AlertPeriod =
  /** The calendar month of the response. */
  | 'MONTH'
  /** The calendar quarter of the response. */
  | 'QUARTER';

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

/** What an API key may be used for. An operation names one scope; a key lacking it is refused with FORBIDDEN. */
export type ApiScope =
  /** Import response files. */
  | 'IMPORT'
  /** Change the set-up: units, users, keys, questionnaires, models, distributions. */
  | 'MANAGE'
  /** Read units, questionnaires, models, scores, rankings, series and responses. */
  | 'READ_RESULTS'
  /** Report service events that trigger invitations. */
  | 'RECORD_EVENTS'
  /** Record administrative metric observations. */
  | 'RECORD_METRICS'
  /** Submit or save responses with a survey token, or enter them as an interviewer. */
  | 'SUBMIT_RESPONSES';

/** A comment to approve for the public page. */
export type ApproveCommentInput = {
  /** The question (SurveyJS name) whose answer is the comment. */
  question: string;
  /** The response. */
  responseId: string | number;
  /** The text as published, when names must be edited out. */
  text?: string | null | undefined;
};

/** Missed follow-ups to put on an interviewer's call list. */
export type AssignFollowUpsInput = {
  /** The interviewer, who must be able to enter responses in each event’s unit. */
  interviewerId: string | number;
  /** The service events (1–500), each not followed up yet. */
  serviceEventIds: Array<string | number>;
};

/** Where an assignment stands on a given day (docs/fieldwork.md, Progress). */
export type AssignmentStatus =
  /** A visit was submitted for it. */
  | 'DONE'
  /** Past its due date without a visit, and the plan has ended. */
  | 'MISSED'
  /** Not visited yet, and not yet due. */
  | 'OPEN'
  /** Past its due date without a visit, while the plan still runs. */
  | 'OVERDUE';

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

/** What a breakdown splits the scope by. */
export type BreakdownDimension =
  /** The answer to one choice question, named by the `question` argument. */
  | 'ANSWER'
  /** The respondent category (insured person, employer, lawyer…). */
  | 'CATEGORY'
  /** The channel the response came through. */
  | 'CHANNEL'
  /** The language the respondent answered in. */
  | 'LANGUAGE'
  /** The post of the staff member who served the respondent (value: the post). Needs STAFF_BREAKDOWN_READ. */
  | 'POST'
  /** The questionnaire version answered (value: the version id). */
  | 'QUESTIONNAIRE_VERSION'
  /** The service situation (claim paid, hearing, counter visit…). */
  | 'SITUATION'
  /** The staff member who served the respondent (value: their id; see `staff`). Needs STAFF_BREAKDOWN_READ. */
  | 'STAFF'
  /** The child units of the scope’s unit, each over its whole subtree (value: unit id). */
  | 'UNIT_CHILDREN';

/** The organisation's working days and holidays. */
export type CalendarInput = {
  /** Holidays as YYYY-MM-DD. */
  holidays: Array<string>;
  /** ISO weekdays; default Monday to Friday. */
  workingDays?: Array<number> | null | undefined;
};

/** How an interviewer's call ended. */
export type CallOutcomeInput = {
  /** The call reached the person and was completed. */
  completed: boolean;
  /** The invitation called. */
  invitationId: string | number;
  /** Free note by the interviewer. */
  note?: string | null | undefined;
};

/** The complaint analysis of a unit subtree over a period. */
export type CaseAnalysisInput = {
  /** How to group. */
  by: CaseGrouping;
  /** By UNIT: the metric whose observations are the clients served, for complaints per 1,000 clients. */
  clientsServedMetricKey?: string | null | undefined;
  /** The day after the last day, YYYY-MM-DD. */
  periodEnd: string;
  /** First day, YYYY-MM-DD (organisation time zone). */
  periodStart: string;
  /** The unit; its whole subtree counts. */
  unitId: string | number;
};

/** How a case came in. */
export type CaseChannel =
  /** In person at a counter. */
  | 'COUNTER'
  /** The complaint mailbox. */
  | 'EMAIL'
  /** By post. */
  | 'LETTER'
  /** The public complaint form of a unit. */
  | 'ONLINE_FORM'
  /** Sent by another system through the API or webhook. */
  | 'OTHER_SYSTEM'
  /** The complaint hotline (operator entry). */
  | 'PHONE_HOTLINE'
  /** Referred by a regulator or supervisor. */
  | 'REGULATOR_REFERRAL'
  /** Opened by an alert rule on a survey response. */
  | 'SURVEY_ALERT';

/** Narrows the case inbox. */
export type CaseFilterInput = {
  /** Only cases of this category. */
  categoryId?: string | number | null | undefined;
  /** Only cases that came in this way. */
  channel?: CaseChannel | null | undefined;
  /** Only cases owned by the caller. */
  mine?: boolean | null | undefined;
  /** Only complaints or only alerts. */
  origin?: CaseOrigin | null | undefined;
  /** Only open cases past their current step’s due time. */
  overdue?: boolean | null | undefined;
  /** Only cases of this priority. */
  priority?: CasePriority | null | undefined;
  /** Only cases whose reference or description holds this text. */
  search?: string | null | undefined;
  /** Only cases in these states. */
  states?: Array<CaseState> | null | undefined;
  /** Only cases of this unit and its subtree. */
  unitId?: string | number | null | undefined;
};

/** How the complaint analysis groups complaints. */
export type CaseGrouping =
  /** By category (empty key: none). */
  | 'CATEGORY'
  /** By the root cause recorded at resolution (empty key: none yet). */
  | 'CAUSE'
  /** By intake channel. */
  | 'CHANNEL'
  /** By month received (YYYY-MM, organisation time zone). */
  | 'MONTH'
  /** By the unit handling it; with clients served, per 1,000 of them. */
  | 'UNIT';

/** Where a case comes from. */
export type CaseOrigin =
  /** Opened by an alert rule on a response (a low score, a chosen answer, a keyword…). */
  | 'ALERT'
  /** A client’s complaint (hotline, form, e-mail, counter, letter, referral, API). */
  | 'COMPLAINT';

/** How urgent a case is; deadlines are set per category and priority. */
export type CasePriority =
  /** Shorter deadlines. */
  | 'HIGH'
  /** Can wait longer than usual. */
  | 'LOW'
  /** The usual deadlines. */
  | 'NORMAL'
  /** The shortest deadlines (e.g. the same day). */
  | 'URGENT';

/** Where a case is in its handling. */
export type CaseState =
  /** Found valid: it will be handled. */
  | 'ACCEPTED'
  /** The client was told, with the reference, that the complaint arrived. */
  | 'ACKNOWLEDGED'
  /** Given to a unit and an owner who handle it. */
  | 'ASSIGNED'
  /** Closed: the follow-up survey of satisfaction with the handling is scheduled. */
  | 'CLOSED'
  /** The owner is investigating and verifying; notes are added. */
  | 'INVESTIGATING'
  /** Registered; the client has not been told yet. */
  | 'RECEIVED'
  /** Found invalid, with the reason the client is told. Final unless reopened. */
  | 'REJECTED'
  /** Reopened because the client disputes the outcome; handled again. */
  | 'REOPENED'
  /** Resolved: the resolution, responsibility and what was agreed are recorded. */
  | 'RESOLVED'
  /** Moved to another unit (the history stays); it waits for its new owner. */
  | 'TRANSFERRED';

/** A step with its own deadline. */
export type CaseStep =
  /** Telling the client the complaint arrived. */
  | 'ACKNOWLEDGE'
  /** Resolving the case. */
  | 'RESOLVE';

/** A move of a case in its workflow, with what the move needs. */
export type ChangeCaseStateInput = {
  /** RESOLVED: what was agreed with the client. */
  agreement?: string | null | undefined;
  /** The case. */
  caseId: string | number;
  /** RESOLVED: the root cause, a short label. */
  cause?: string | null | undefined;
  /** RESOLVED: compensation granted. */
  compensation?: string | null | undefined;
  /** A note for the timeline. */
  note?: string | null | undefined;
  /** ASSIGNED: the owner (a user of the organisation). */
  ownerId?: string | number | null | undefined;
  /** REJECTED: why it is invalid (the client is told). */
  reason?: string | null | undefined;
  /** RESOLVED: the resolution. */
  resolution?: string | null | undefined;
  /** RESOLVED: who was responsible. */
  responsibility?: Responsibility | null | undefined;
  /** The state to move to. */
  to: CaseState;
  /** TRANSFERRED: the new unit; ASSIGNED: optionally another unit. */
  unitId?: string | number | null | undefined;
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

/** What measures a service commitment. */
export type CommitmentSource =
  /** A node of an indicator model (its 0–100 score). */
  | 'INDICATOR'
  /** An administrative statistic (its rate, e.g. share of claims paid within 5 days). */
  | 'METRIC';

/** The commitment in another language. */
export type CommitmentTextInput = {
  /** en, zh-CN or uk. */
  locale: string;
  /** The commitment in that language. */
  text: string;
};

/** The kind of consequence decided for an action flagged for accountability. */
export type ConsequenceCategory =
  /** Something else, said in the text. */
  | 'OTHER'
  /** A penalty. */
  | 'PENALTY'
  /** Retraining. */
  | 'RETRAINING'
  /** A warning. */
  | 'WARNING';

/** A consequence decided for an action flagged for accountability. */
export type ConsequenceInput = {
  /** The flagged action. */
  actionId: string | number;
  /** The kind of consequence. */
  category: ConsequenceCategory;
  /** What was decided. */
  text: string;
};

/** The person a data request is about: their e-mail address or phone number. */
export type ContactDataInput = {
  /** The e-mail address or phone number (international format, or national for the default country). */
  contact: string;
  /** Whether `contact` is an e-mail address or a phone number. */
  kind: ContactKind;
};

/** Kind of contact detail. */
export type ContactKind =
  /** An e-mail address. */
  | 'EMAIL'
  /** A phone number (E.164). */
  | 'PHONE';

/** A new API key for another system. */
export type CreateApiKeyInput = {
  /** When the key stops working (UTC); left out, it does not expire. */
  expiresAt?: string | null | undefined;
  /** Which system uses the key. */
  name: string;
  /** The role the key acts with. */
  role: Role;
  /** What the key may be used for; each must suit the role. Left out, every scope the role can carry. */
  scopes?: Array<ApiScope> | null | undefined;
  /** The unit over which the key's role holds, with everything below it. */
  unitId: string | number;
};

/** A complaint as staff (a hotline operator, a counter clerk) enter it. */
export type CreateCaseInput = {
  /** A category of the organisation’s tree. */
  categoryId?: string | number | null | undefined;
  /** How it came in. */
  channel: CaseChannel;
  /** The client’s e-mail or phone number (kept encrypted). */
  contact?: string | null | undefined;
  /** The client’s name (kept encrypted with the contact). */
  contactName?: string | null | undefined;
  /** What happened, in the client’s words. */
  description: string;
  /** Another system’s reference; one case per reference. */
  externalRef?: string | null | undefined;
  /** The client’s language for messages: en, zh-CN or uk. */
  language?: string | null | undefined;
  /** Default NORMAL. */
  priority?: CasePriority | null | undefined;
  /** When it reached the organisation (a letter’s arrival); deadlines count from it. Default now. */
  receivedAt?: string | null | undefined;
  /** The staff member who served (an active one of the unit’s staff register: id or code); shown on the case. */
  staffId?: string | null | undefined;
  /** The unit the complaint is about. */
  unitId: string | number;
};

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

/** A new kind of inspection for the organisation’s list. */
export type CreateInspectionKindInput = {
  /** Done by another unit: never by the inspected unit’s own staff. */
  crossUnit?: boolean;
  /** Stable key, letters, digits and underscores (e.g. NIGHT_CHECK). */
  key: string;
  /** Name shown to people. */
  label: string;
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

/** An endpoint to register: where events of a unit subtree are posted. */
export type CreateOutboundWebhookInput = {
  /** The events to post (at least one). */
  events: Array<WebhookEvent>;
  /** Name of the receiving system, shown in lists. */
  name: string;
  /** Events of this unit and its subtree are posted. */
  unitId: string | number;
  /** The https URL to post to (plain http only to 127.0.0.1/localhost outside production). */
  url: string;
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

/** A draft report to generate. */
export type CreateReportDraftInput = {
  /** en, zh-CN or uk. */
  language: string;
  /** The indicator model to report on. */
  modelId: string | number;
  /** Month, quarter or year. */
  periodKind: ReportPeriodKind;
  /** First day of the period (2026-07-01 for Q3 2026). */
  periodStart: string;
  /** The unit whose subtree is reported. */
  unitId: string | number;
};

/** A subscription to a unit subtree’s reports. */
export type CreateReportSubscriptionInput = {
  /** Issue automatically when the period closes (default false). */
  autoIssue?: boolean | null | undefined;
  /** E-mail addresses. */
  emails?: Array<string> | null | undefined;
  /** en, zh-CN or uk. */
  language: string;
  /** The indicator model of the reports. */
  modelId: string | number;
  /** Month, quarter or year. */
  periodKind: ReportPeriodKind;
  /** The unit whose subtree is reported. */
  unitId: string | number;
  /** Users of the organisation. */
  userIds?: Array<string | number> | null | undefined;
};

/** A scheduled export: what, for which subtree, how often, and where to. */
export type CreateScheduledExportInput = {
  /** Results and/or responses. */
  contents: Array<ExportContent>;
  /** E-mail addresses. */
  emails?: Array<string> | null | undefined;
  /** A folder name (letters, digits, - and _). */
  folder?: string | null | undefined;
  /** CSV or XLSX. */
  format: ExportFileFormat;
  /** en, zh-CN or uk; omitted: labels as defined, raw values. */
  language?: string | null | undefined;
  /** The indicator model (needed for RESULTS). */
  modelId?: string | number | null | undefined;
  /** A name, e.g. "Monthly results for the data warehouse". */
  name: string;
  /** Run when each month, quarter or year closes. */
  periodKind: ReportPeriodKind;
  /** The questionnaire (needed for RESPONSES). */
  questionnaireId?: string | number | null | undefined;
  /** The unit whose subtree is exported. */
  unitId: string | number;
};

/** A visit plan; its assignments are generated at once. */
export type CreateVisitPlanInput = {
  /** Occurrence days (YYYY-MM-DD); or give a frequency. */
  dates?: Array<string> | null | undefined;
  /** Days after an occurrence by which its visit is due (0–365). */
  dueDays?: number;
  /** No occurrence after this day (YYYY-MM-DD), with a frequency. */
  endDate?: string | null | undefined;
  /** Repeat from startDate to endDate instead of dates. */
  frequency?: PlanFrequency | null | undefined;
  /** Inspectors, given assignments in turn among those eligible. */
  inspectorIds: Array<string | number>;
  /** Key clients to visit (KEY_CLIENT plans). */
  keyClientIds?: Array<string | number> | null | undefined;
  /** The inspection kind. */
  kindId: string | number;
  /** Name of the plan. */
  name: string;
  /** The unit owning the plan; its units and key clients lie in its subtree. */
  ownerUnitId: string | number;
  /** Inspections or key-client visits. */
  purpose?: PlanPurpose;
  /** The scoring sheet: a published questionnaire version. */
  questionnaireVersionId: string | number;
  /** First occurrence (YYYY-MM-DD), with a frequency. */
  startDate?: string | null | undefined;
  /** Units to inspect (INSPECTION plans). */
  unitIds?: Array<string | number> | null | undefined;
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

/** Which distributions to list; every condition given must hold. */
export type DistributionFilterInput = {
  /** Only distributions through this channel. */
  channel?: Channel | null | undefined;
  /** Only distributions of this questionnaire. */
  questionnaireId?: string | number | null | undefined;
  /** Only distributions in this status. */
  status?: DistributionStatus | null | undefined;
  /** Only distributions for this unit or its descendants. */
  under?: string | number | null | undefined;
};

/** PAUSED refuses responses until resumed; CLOSED is final. */
export type DistributionStatus =
  /** Collecting responses and sending invitations. */
  | 'ACTIVE'
  /** Finished for good. */
  | 'CLOSED'
  /** Temporarily not collecting; can be resumed. */
  | 'PAUSED';

/** The commentary of a draft report. */
export type EditReportDraftInput = {
  /** Rich text (p, b, i, ul, ol, li); anything else is removed. */
  commentary: string;
  /** The draft. */
  reportId: string | number;
  /** Notes per problem unit; replaces the earlier ones. */
  unitNotes?: Array<UnitNoteInput> | null | undefined;
};

/** Which distribution an event type triggers. */
export type EventRuleInput = {
  /** Whether the rule triggers (default true). */
  active?: boolean | null | undefined;
  /** Working days after the event within which the invitation must go out. */
  deadlineWorkingDays: number;
  /** Default 0. */
  delayHours?: number | null | undefined;
  /** An EMAIL, SMS or PHONE distribution. */
  distributionId: string | number;
  /** The event type the rule answers. */
  eventType: string;
  /** Default 0 (no limit). */
  fatigueDays?: number | null | undefined;
  /** Default 1. */
  samplingRate?: number | null | undefined;
  /** Service situation of the invitations this event type triggers, when the event gives none. */
  serviceSituation?: string | null | undefined;
};

/** What a scheduled export contains. */
export type ExportContent =
  /** The responses of the subtree to a questionnaire, every version (the response export). */
  | 'RESPONSES'
  /** Every node of the model for the unit and each child unit (the results export). */
  | 'RESULTS';

/** The file format of an export. */
export type ExportFileFormat =
  /** UTF-8 CSV with a byte-order mark (Excel reads it). */
  | 'CSV'
  /** An Excel workbook. */
  | 'XLSX';

/** Which step of a failed run failed. */
export type ExportRunErrorCode =
  /** The files could not be built. */
  | 'EXPORT_FAILED'
  /** The folder under the data folder could not be written. */
  | 'FOLDER_UNWRITABLE'
  /** The mail server refused the e-mail or could not be reached. */
  | 'MAIL_REFUSED';

/** How a run of a scheduled export ended. */
export type ExportRunStatus =
  /** Nothing was recorded as sent; the next run tries the period again. */
  | 'FAILED'
  /** The files were written and sent; the period is not exported again. */
  | 'SUCCEEDED';

/** Which follow-up rate to read. */
export type FollowUpRateInput = {
  /** Only this event type; left out, all. */
  eventType?: string | null | undefined;
  /** The day after the last day. */
  periodEnd: string;
  /** First day (YYYY-MM-DD, organisation time zone). */
  periodStart: string;
  /** The unit (with its subtree). */
  unitId: string | number;
};

/** Where a service event stands against the 100% follow-up rule. */
export type FollowUpState =
  /** The invitation was delivered (PHONE: the call completed) before the deadline. */
  | 'FOLLOWED_UP'
  /** Eligible, and not delivered by the deadline: to be chased. */
  | 'MISSED'
  /** Sampled out, stopped by the fatigue rule or an opt-out, or no rule applied. */
  | 'NOT_ELIGIBLE'
  /** Eligible, not delivered yet, and the deadline has not passed. */
  | 'PENDING';

/** A SERVQUAL pair: the gap is perception − expectation. */
export type GapPairInput = {
  /** The expectation item. */
  expectation: ItemBindingInput;
  /** The perception item. */
  perception: ItemBindingInput;
  /** Relative weight among the pairs (≥ 0). */
  weight?: number;
};

/** A CSV file of metric values: columns unit code, period, value (and denominator). */
export type ImportMetricValuesInput = {
  /** The file’s text (UTF-8) with a header row: unit code, period (2026, 2026-Q1, 2026-03 or 2026-03-01/2026-04-01), value, denominator. */
  csv: string;
  /** Key of the metric the values are for. */
  metricKey: string;
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

/** Who an inspector is: internal staff or an external supervisor. */
export type InspectorCategory =
  /** An external civil servant. */
  | 'CIVIL_SERVANT'
  /** An external consumer representative. */
  | 'CONSUMER_REPRESENTATIVE'
  /** An external journalist. */
  | 'JOURNALIST'
  /** An external lawyer. */
  | 'LAWYER'
  /** A third-party mystery shopper. */
  | 'MYSTERY_SHOPPER'
  /** An external professional of the trade. */
  | 'PROFESSIONAL'
  /** The organisation's own staff (self- or cross-inspection). */
  | 'STAFF';

/** Which invitations to list. */
export type InvitationFilterInput = {
  /** The distribution. */
  distributionId: string | number;
  /** Only the invitation with this reference from the caller's system. */
  externalRef?: string | null | undefined;
  /** Only invitations in this status. */
  status?: InvitationStatus | null | undefined;
};

/** Where an invitation stands; every change is kept in its history. */
export type InvitationStatus =
  /** Refused by the recipient's server or carrier. */
  | 'BOUNCED'
  /** A completed response was submitted. */
  | 'COMPLETED'
  /** The provider confirmed delivery. */
  | 'DELIVERED'
  /** Not answered before expiresAt. */
  | 'EXPIRED'
  /** Could not be sent after retries. */
  | 'FAILED'
  /** The survey was opened. */
  | 'OPENED'
  /** The recipient opted out. */
  | 'OPTED_OUT'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** Handed to the provider. */
  | 'SENT'
  /** The survey was started. */
  | 'STARTED';

/** Respondents to invite in one distribution. */
export type InviteRespondentsInput = {
  /** CSV with a header line: contact (or email / phone), language, unit, category, externalRef. */
  csv?: string | null | undefined;
  /** The distribution. */
  distributionId: string | number;
  /** The people to invite, at most 10,000 per call. */
  respondents?: Array<InviteeInput> | null | undefined;
};

/** Invite a person by e-mail; they set their own password from the link. */
export type InviteUserInput = {
  /** Name shown for the account; the invitee may change it. */
  displayName?: string | null | undefined;
  /** Where the invitation is sent; it becomes the sign-in e-mail. */
  email: string;
  /** en, zh-CN or uk: of the e-mail and the account. */
  locale?: string | null | undefined;
  /** Roles given on accepting; at least one, on units you manage. */
  roles: Array<RoleInput>;
};

/** One person to invite. */
export type InviteeInput = {
  /** Respondent category recorded on the response. */
  category?: string | null | undefined;
  /** E-mail address (EMAIL) or phone number in international format (SMS, PHONE). */
  contact: string;
  /** The caller's own reference, to find the invitation later. */
  externalRef?: string | null | undefined;
  /** Language of message and survey; left out, the distribution's first. */
  language?: string | null | undefined;
  /** Unit id or code; may be left out when the distribution has one unit. */
  unitId?: string | null | undefined;
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

/** Whether a key client is an enterprise or a person. */
export type KeyClientKind =
  /** An enterprise or other organisation. */
  | 'ENTERPRISE'
  /** A natural person. */
  | 'PERSON';

/** Whether the parent is a template or a questionnaire of a unit above. */
export type LineageKind =
  /** The parent is a parent unit's questionnaire. */
  | 'PARENT'
  /** The parent is a library template release. */
  | 'TEMPLATE';

/** A text in one language. */
export type LocalizedTextInput = {
  /** Language code: en, zh-CN or uk. */
  language: string;
  /** The text; empty removes it. */
  text: string;
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

/** An administrative metric (design.md §4 METRIC). */
export type MetricInput = {
  /** What the denominator counts, for a rate; null for a plain value. */
  denominatorLabel?: string | null | undefined;
  /** Key that models and recordMetric refer to, unique in the organisation. */
  key: string;
  /** FLOW or STOCK. */
  kind: MetricKind;
  /** Label shown in results. */
  label: string;
  /** Unit of the values, e.g. days, %; null when none. */
  measurementUnit?: string | null | undefined;
  /** Value scoring 100: score = clamp(100 · (x − worst) / (target − worst), 0, 100). */
  target: number;
  /** Value scoring 0; below target for higher-is-better, above it for lower-is-better. */
  worst: number;
};

/** FLOW (applications received, complaints) sums over periods; STOCK (offices, staff) takes the latest period. */
export type MetricKind =
  /** Counted over time (cases decided): values and denominators sum over units and periods. */
  | 'FLOW'
  /** A level at a time (offices, staff): each unit's latest period in range, summed over units. */
  | 'STOCK';

/** Why an eligible event is not followed up (yet). */
export type MissedReason =
  /** The recipient's server or carrier refused the message. */
  | 'BOUNCED'
  /** Sent, but no delivery (or completed call) was confirmed. */
  | 'NOT_CONFIRMED'
  /** Queued: nothing has been sent yet. */
  | 'NOT_YET_SENT'
  /** The contact is gone (purged) or was never usable. */
  | 'NO_CONTACT'
  /** Sending failed after its retries, or the invitation expired unanswered. */
  | 'UNREACHABLE';

/** A status move made by a person. */
export type MoveActionInput = {
  /** The action. */
  actionId: string | number;
  /** Why (required to cancel). */
  reason?: string | null | undefined;
  /** IN_PROGRESS, SUBMITTED, CLOSED or CANCELLED. */
  status: ActionStatus;
};

/** Moves a unit, with its subtree, under another parent. */
export type MoveOrgUnitInput = {
  /** The unit to move; not the head office. */
  id: string | number;
  /** The new parent; the unit moves with its whole subtree. */
  newParentId: string | number;
};

/** A finding marked as a non-conformity. */
export type NonConformityInput = {
  /** Details. */
  note?: string | null | undefined;
  /** The scoring-sheet question it is about. */
  question?: string | null | undefined;
  /** How serious it is. */
  severity: Severity;
  /** What was found. */
  title: string;
};

/** Offers a published version to the library. */
export type OfferTemplateInput = {
  /** Library category, e.g. courts, social insurance. */
  category: string;
  /** What the template measures and for whom. */
  description: string;
  /** An indicator model version, binding this questionnaire, to offer with it. */
  indicatorModelVersionId?: string | number | null | undefined;
  /** Defaults to the languages of the version. */
  languages?: Array<string> | null | undefined;
  /** Free tags for searching. */
  tags?: Array<string> | null | undefined;
  /** Defaults to the questionnaire title. */
  title?: string | null | undefined;
  /** The published version to offer. */
  versionId: string | number;
};

/** A new rectification action; the numbers of the problem are read and frozen by the server. */
export type OpenActionInput = {
  /** First local day of the period the problem was seen in. */
  baselineFrom?: string | null | undefined;
  /** Day after the last of that period. */
  baselineTo?: string | null | undefined;
  /** Last local day (YYYY-MM-DD) to complete the measures. */
  deadline: string;
  /** The earlier action (NOT_MET) this one follows up. */
  followUpOfId?: string | number | null | undefined;
  /** The indicator (model node key) the action is about. */
  indicatorKey?: string | null | undefined;
  /** The measures required. */
  measures: string;
  /** The indicator model: its latest version is fixed at opening. */
  modelId?: string | number | null | undefined;
  /** Or the model version itself. */
  modelVersionId?: string | number | null | undefined;
  /** The problem found, in words; the frozen numbers are added to it. */
  problem?: string | null | undefined;
  /** The question (SurveyJS name), when opened from unit × question. */
  question?: string | null | undefined;
  /** First local day of the re-check period. */
  recheckFrom: string;
  /** Day after the last of the re-check period. */
  recheckTo: string;
  /** A rise counts only when significant (default false). */
  requireSignificant?: boolean | null | undefined;
  /** The responsible person, a user of the organisation. */
  responsibleUserId: string | number;
  /** Id of the source: a case id (CASE), "<visit revision id>:<finding number>" (INSPECTION), or any other id. */
  sourceId?: string | null | undefined;
  /** Where it is opened from. */
  sourceKind: ActionSourceKind;
  /** How the source is shown (a case reference, a finding title). */
  sourceLabel?: string | null | undefined;
  /** What the re-check judges against. */
  targetKind: TargetKind;
  /** The score to reach, the points to rise by, or the METRIC value to reach. */
  targetValue: number;
  /** Others working on it (names or user ids). */
  team?: Array<string> | null | undefined;
  /** Short title shown in lists. */
  title: string;
  /** The unit that must rectify. */
  unitId: string | number;
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

/** A capability granted by a role. */
export type Permission =
  /** Create and revoke API keys. */
  | 'API_KEY_MANAGE'
  /** Record visits for one’s own assignments (the INSPECTOR role has only this). */
  | 'FIELDWORK_INSPECT'
  /** Keep the field-work registers, make plans, reassign and correct visits. */
  | 'FIELDWORK_MANAGE'
  /** Read plans, progress, registers and visit records of field work. */
  | 'FIELDWORK_READ'
  /** Record administrative metric observations. */
  | 'METRIC_RECORD'
  /** Write questionnaires, indicator models, distributions and curation. */
  | 'QUESTIONNAIRE_AUTHOR'
  /** Read questionnaires, versions, templates and indicator models. */
  | 'QUESTIONNAIRE_READ'
  /** Enter or import responses on behalf of respondents. */
  | 'RESPONSE_ENTER'
  /** Read scores, rankings, series, responses and exports. */
  | 'RESULTS_READ'
  /** Read scores broken down by post and staff member (not granted to analysts). */
  | 'STAFF_BREAKDOWN_READ'
  /** Create, rename, weight and move units. */
  | 'UNIT_MANAGE'
  /** See units and the tree. */
  | 'UNIT_READ'
  /** Create users and assign or revoke roles. */
  | 'USER_MANAGE';

/** How often a plan repeats; each occurrence gives one assignment per unit or key client. */
export type PlanFrequency =
  /** The same day of every month from the start date. */
  | 'MONTHLY'
  /** The same day every three months from the start date. */
  | 'QUARTERLY'
  /** Every 7 days from the start date. */
  | 'WEEKLY';

/** Whether a plan inspects units or visits key clients. */
export type PlanPurpose =
  /** Visits inspect units (outlets, counters, call centres). */
  | 'INSPECTION'
  /** Visits call on key clients of the units. */
  | 'KEY_CLIENT';

/** Whether a person or another system is asking. */
export type PrincipalKind =
  /** A system calling with an API key (Authorization: Bearer). */
  | 'API_KEY'
  /** A person signed in with a session. */
  | 'USER';

/** Working days per priority. */
export type PriorityDaysInput = {
  /** HIGH priority. */
  HIGH: number;
  /** LOW priority. */
  LOW: number;
  /** NORMAL priority. */
  NORMAL: number;
  /** URGENT priority. */
  URGENT: number;
};

/** The period the public page shows: the latest complete one. */
export type PublicPeriod =
  /** The latest complete month. */
  | 'MONTH'
  /** The latest complete quarter. */
  | 'QUARTER'
  /** The latest complete year. */
  | 'YEAR';

/** Publishes the draft as a new immutable version. */
export type PublishIndicatorModelInput = {
  /** What changed, for readers of the version history. */
  changelog?: string | null | undefined;
  /** The draft revision last read; CONFLICT when someone saved since. */
  expectedRevision?: number | null | undefined;
  /** The model. */
  modelId: string | number;
};

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

/** A published questionnaire, a unit (its whole subtree), a period and filters; no model needed. */
export type QuestionSummariesInput = {
  /** Channel, respondent category, service situation, version and language filters, as for scores; null for none. */
  filters?: ResultsFilterInput | null | undefined;
  /** First day, YYYY-MM-DD, in the organisation’s time zone. */
  from: string;
  /** A questionnaire with at least one published version. */
  questionnaireId: string | number;
  /** Latest free texts per question (default 20, at most 100). */
  texts?: number | null | undefined;
  /** Day after the last day (the period is half-open). */
  to: string;
  /** The unit whose subtree is summarised; needs results access there. */
  unitId: string | number;
};

/** How a question is summarised: counts per choice, scale point or yes/no, or its latest texts. */
export type QuestionSummaryKind =
  /** Yes/no: counts of each; top-2-box is the share of yes (scales under 5 points count the top point only). */
  | 'BOOLEAN'
  /** One choice per answer (radio group, dropdown): counts per choice. */
  | 'CHOICE'
  /** Several choices per answer (checkbox, tag box): counts per choice; shares of respondents, so they may add up to more than 1. */
  | 'MULTI_CHOICE'
  /** A numeric scale: counts per point, mean, top-2-box, and NPS on 0–10 scales. */
  | 'RATING'
  /** Free text: the latest texts by completion time. */
  | 'TEXT';

/** Which questionnaires to list; every condition given must hold. */
export type QuestionnaireFilterInput = {
  /** Text contained in the title. */
  search?: string | null | undefined;
  /** Only questionnaires in this status. */
  status?: QuestionnaireStatus | null | undefined;
  /** Only questionnaires owned by this unit or its descendants. */
  under?: string | number | null | undefined;
};

/** Written here, adopted from the template library, or derived from a parent unit’s questionnaire. */
export type QuestionnaireOrigin =
  /** Derived by a branch from a parent unit's questionnaire. */
  | 'DERIVED'
  /** Written in this organisation. */
  | 'ORIGINAL'
  /** Adopted from a library template; template updates can be merged in. */
  | 'TEMPLATE';

/** DRAFT: never published yet. */
export type QuestionnaireStatus =
  /** Put away: hidden from lists, its responses and results remain. */
  | 'ARCHIVED'
  /** Never published: it cannot collect responses yet. */
  | 'DRAFT'
  /** Has at least one published version that can collect responses. */
  | 'PUBLISHED';

/** Why a re-check came out as it did; pages and e-mails write the sentence in the reader’s language. */
export type RecheckReason =
  /** NO_DATA: fewer responses over the re-check period than the model’s minimum. */
  | 'FEW_AFTER'
  /** NO_DATA: fewer responses before the action than the model’s minimum. */
  | 'FEW_BEFORE'
  /** MET: the METRIC value reaches the target in its direction. */
  | 'METRIC_REACHED'
  /** NOT_MET: the METRIC value falls short of the target. */
  | 'METRIC_SHORT'
  /** NOT_MET: the target is reached but the rise is not significant, as asked. */
  | 'NOT_SIGNIFICANT'
  /** NO_DATA: the action names no indicator. */
  | 'NO_INDICATOR'
  /** NO_DATA: the METRIC has no value over the re-check period. */
  | 'NO_VALUE_AFTER'
  /** NO_DATA: the METRIC has no value before the action. */
  | 'NO_VALUE_BEFORE'
  /** NOT_MET: the score target is not reached. */
  | 'SHORT_OF_TARGET'
  /** MET: the score target is reached (and the rise significant where asked). */
  | 'TARGET_REACHED';

/** What started a re-check. */
export type RecheckTrigger =
  /** A person asked for it. */
  | 'ON_DEMAND'
  /** The schedule, after the deadline and the re-check period. */
  | 'SCHEDULED';

/** One observation of a metric for a unit and period. */
export type RecordMetricInput = {
  /** The denominator for a rate; left out for a plain value. */
  denominator?: number | null | undefined;
  /** Key of the metric. */
  metricKey: string;
  /** Day after the last day of the period, YYYY-MM-DD (a month: 2026-03-01 to 2026-04-01). */
  periodEnd: string;
  /** First day of the period, YYYY-MM-DD. */
  periodStart: string;
  /** The unit observed. */
  unitId: string | number;
  /** The value, in the metric's measurement unit. */
  value: number;
};

/** An inspector for the register. */
export type RegisterInspectorInput = {
  /** Internal staff or which kind of external supervisor. */
  category: InspectorCategory;
  /** Internal staff: the unit they work at. */
  homeUnitId?: string | number | null | undefined;
  /** Name of the inspector. */
  name: string;
  /** The unit keeping the entry; the units inspected lie in its subtree. */
  ownerUnitId: string | number;
  /** Units (each with its subtree) they may inspect. */
  unitIds: Array<string | number>;
  /** The user account they sign in with (INSPECTOR role if external). */
  userId?: string | number | null | undefined;
};

/** The length of a report period. */
export type ReportPeriodKind =
  /** A calendar month. */
  | 'MONTH'
  /** A calendar quarter (Q1 starts on 1 January). */
  | 'QUARTER'
  /** A calendar year. */
  | 'YEAR';

/** Where a report is in its life. */
export type ReportStatus =
  /** Generated, its commentary editable and its numbers refreshable. */
  | 'DRAFT'
  /** Numbered and frozen: numbers and text never change again. */
  | 'ISSUED';

/** Which responses to list; every condition given must hold. */
export type ResponseFilterInput = {
  /** Band key of the response’s own score. */
  band?: string | null | undefined;
  /** Only responses of this respondent category. */
  category?: string | null | undefined;
  /** Only responses collected through this channel. */
  channel?: Channel | null | undefined;
  /** Completed at or after (an import keeps the completion time it was given). With completedFrom or completedTo the list is ordered by completion time, newest first. */
  completedFrom?: string | null | undefined;
  /** Completed before. */
  completedTo?: string | null | undefined;
  /** Submitted at or after. */
  from?: string | null | undefined;
  /** Also list excluded responses (default false). */
  includeExcluded?: boolean | null | undefined;
  /** Also list test responses (default false). */
  includeTests?: boolean | null | undefined;
  /** Only responses to this questionnaire (any version). */
  questionnaireId?: string | number | null | undefined;
  /** Text anywhere in the answers (comments). */
  search?: string | null | undefined;
  /** Only responses of this service situation. */
  situation?: string | null | undefined;
  /** Default COMPLETE. */
  status?: ResponseStatus | null | undefined;
  /** Submitted before. */
  to?: string | null | undefined;
  /** Only responses of this unit and its descendants. */
  under?: string | number | null | undefined;
  /** Only responses to this version. */
  versionId?: string | number | null | undefined;
};

/** PARTIAL responses are saved to resume later and never count. */
export type ResponseStatus =
  /** Submitted; counts in results unless excluded or a test. */
  | 'COMPLETE'
  /** Saved midway; never counts in results. */
  | 'PARTIAL';

/** Who the investigation found responsible. */
export type Responsibility =
  /** Nobody: the complaint was not founded. */
  | 'NONE'
  /** A member of staff. */
  | 'STAFF'
  /** The unit (its processes, premises, rules). */
  | 'UNIT';

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

/** Creates (without id) or changes an alert rule. */
export type SaveAlertRuleInput = {
  /** Default true. */
  active?: boolean | null | undefined;
  /** Category of the cases it opens. */
  categoryId?: string | number | null | undefined;
  /** What fires it. */
  condition: AlertCondition;
  /** The rule to change; left out, a new one. */
  id?: string | number | null | undefined;
  /** INDICATOR_BELOW, INDICATOR_BAND_IS: the node key read. */
  indicatorKey?: string | null | undefined;
  /** INDICATOR_BELOW, INDICATOR_BAND_IS: the indicator model. */
  modelId?: string | number | null | undefined;
  /** Name shown on the cases it opens. */
  name: string;
  /** Owner of the cases it opens. */
  ownerId?: string | number | null | undefined;
  /** Indicator rules: the period of the score; default MONTH. */
  period?: AlertPeriod | null | undefined;
  /** Default NORMAL. */
  priority?: CasePriority | null | undefined;
  /** The question (SurveyJS name), when the condition needs one. */
  question?: string | null | undefined;
  /** The questionnaire it watches. */
  questionnaireId: string | number;
  /** SCORE_BELOW, ANSWER_BELOW, INDICATOR_BELOW: the bound. */
  threshold?: number | null | undefined;
  /** BAND_IS, INDICATOR_BAND_IS, ANSWER_IS, KEYWORD, CONTACT_ME: the values. */
  values?: Array<string> | null | undefined;
};

/** Creates (without id) or changes a case category. */
export type SaveCaseCategoryInput = {
  /** Default: 2, 1, 1, 0 working days. */
  acknowledgeDays?: PriorityDaysInput | null | undefined;
  /** Short code, unique in the organisation. */
  code: string;
  /** The category to change; left out, a new one. */
  id?: string | number | null | undefined;
  /** Name shown to staff. */
  name: string;
  /** The parent category. */
  parentId?: string | number | null | undefined;
  /** Default: 10, 5, 3, 1 working days. */
  resolveDays?: PriorityDaysInput | null | undefined;
};

/** The organisation’s escalation rules and “satisfied with the handling” threshold. */
export type SaveCaseSettingsInput = {
  /** Hours after the due time to tell the parent unit’s managers (level 3), 0–720. */
  parentManagerAfterHours: number;
  /** Hours after a step’s due time to remind its owner (level 1), 0–720. */
  remindOwnerAfterHours: number;
  /** A follow-up score from which the client counts as satisfied, 0–100. */
  satisfiedFrom: number;
  /** Hours after the due time to tell the unit’s managers (level 2), 0–720. */
  unitManagerAfterHours: number;
};

/** A new draft of an indicator model. */
export type SaveIndicatorModelDraftInput = {
  /** The new draft definition. */
  definition: IndicatorModelDefinitionInput;
  /** The draft revision last read; CONFLICT when someone saved since. */
  expectedRevision: number;
  /** The model. */
  modelId: string | number;
  /** New name; left out, unchanged. */
  name?: string | null | undefined;
};

/** Answers so far, to resume later; they never count in results. */
export type SavePartialResponseInput = {
  /** Question name to answer value. */
  answers: unknown;
  /** Language answered in. */
  language?: string | null | undefined;
  /** Given back by the first save; send it to update the same partial response. */
  resumeKey?: string | null | undefined;
  /** The link or invitation token. */
  token: string;
};

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

/** A stored response (responseId), or a hypothetical one (questionnaireVersionId and answers). */
export type ScoreResponseInput = {
  /** SurveyJS data: question name → value. */
  answers?: unknown;
  /** The published model version to score with. */
  modelVersionId: string | number;
  /** The questionnaire version hypothetical answers are for. */
  questionnaireVersionId?: string | number | null | undefined;
  /** A stored response to score with this model version. */
  responseId?: string | number | null | undefined;
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

/** Which service events to list; every condition given must hold. */
export type ServiceEventFilterInput = {
  /** Only eligible events past their deadline and not followed up. */
  overdue?: boolean | null | undefined;
  /** Only events in this state. */
  state?: FollowUpState | null | undefined;
  /** Only this event type. */
  type?: string | null | undefined;
  /** Only this unit's subtree; left out, every unit the caller reads. */
  unitId?: string | number | null | undefined;
};

/** A service situation respondents can choose in the runner. */
export type ServiceSituationInput = {
  /** Stored on responses (1–200 characters, unique in the list), e.g. first_claim. */
  code: string;
  /** Labels per language offered; the organisation’s default language is required. */
  labels: Array<LocalizedTextInput>;
};

/** How serious a non-conformity found on a visit is. */
export type Severity =
  /** Serious: to follow up at once (a case or rectification action once those exist). */
  | 'HIGH'
  /** Minor: note and correct in the normal course. */
  | 'LOW'
  /** To correct within the period. */
  | 'MEDIUM';

/** The post a staff member holds at their unit. */
export type StaffPost =
  /** Answers the phone in the call centre. */
  | 'CALL_CENTRE_AGENT'
  /** Handles claims. */
  | 'CLAIMS_ADJUSTER'
  /** Serves clients at the counter. */
  | 'COUNTER_CLERK'
  /** Manages the unit or a team in it. */
  | 'MANAGER'
  /** Any other post. */
  | 'OTHER';

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

/** A visit record, as the inspector’s phone sends it (possibly long after, when back online). */
export type SubmitVisitInput = {
  /** Answers to the scoring sheet (SurveyJS data). */
  answers: unknown;
  /** The assignment visited; or give unitId, kindId, version. */
  assignmentId?: string | number | null | undefined;
  /** Evidence uploaded beforehand (POST /fieldwork/evidence). */
  attachmentIds?: Array<string | number> | null | undefined;
  /** Id generated on the device: sending the same visit twice stores it once. */
  clientId: string;
  /** When the visit ended; the visit counts in the period of this time. */
  endedAt: string;
  /** Without an assignment: the inspection kind. */
  kindId?: string | number | null | undefined;
  /** Findings marked as non-conformities. */
  nonConformities?: Array<NonConformityInput> | null | undefined;
  /** Without an assignment: the scoring sheet version. */
  questionnaireVersionId?: string | number | null | undefined;
  /** Staff members of the unit inspected. */
  staffIds?: Array<string | number> | null | undefined;
  /** When the visit began. */
  startedAt: string;
  /** Without an assignment: the unit visited. */
  unitId?: string | number | null | undefined;
};

/** What a re-check judges an action against. */
export type TargetKind =
  /** A METRIC indicator's value must reach targetValue (in the metric's direction). */
  | 'METRIC_VALUE'
  /** The indicator score (0–100) must reach targetValue. */
  | 'SCORE_REACH'
  /** The indicator score must rise by at least targetValue points. */
  | 'SCORE_RISE';

/** Which templates to list; every condition given must hold. */
export type TemplateFilterInput = {
  /** Only templates of this category. */
  category?: string | null | undefined;
  /** Only templates written in this language (en, zh-CN, uk). */
  language?: string | null | undefined;
  /** Text in the title, description or category. */
  search?: string | null | undefined;
  /** Only templates carrying this tag. */
  tag?: string | null | undefined;
};

/** A text in one language. */
export type TranslationInput = {
  /** Language code as SurveyJS writes it, e.g. uk, zh-cn. */
  locale: string;
  /** The text in that language. */
  text: string;
};

/** What the public transparency page shows; omitted fields stay. */
export type TransparencySettingsInput = {
  /** Closed actions shown under "what we changed". */
  actionIds?: Array<string | number> | null | undefined;
  /** Serve the page or not. */
  enabled?: boolean | null | undefined;
  /** The model whose results are published. */
  modelId?: string | number | null | undefined;
  /** The period kind shown. */
  period?: PublicPeriod | null | undefined;
  /** The units whose results are published. */
  unitIds?: Array<string | number> | null | undefined;
};

/** Where a bucket of an action’s trend lies. */
export type TrendPhase =
  /** Starts in the re-check period or later. */
  | 'AFTER'
  /** Ends by the end of the period the problem was found in. */
  | 'BEFORE'
  /** Between that period and the re-check period: the work. */
  | 'DURING';

/** Requirements and advice for one problem unit. */
export type UnitNoteInput = {
  /** Advice (rich text). */
  advice: string;
  /** Management requirements (rich text). */
  requirements: string;
  /** A unit inside the report’s subtree. */
  unitId: string | number;
};

/** Changes to a service commitment; omitted fields stay. */
export type UpdateCommitmentInput = {
  /** The commitment. */
  id: string | number;
  /** Show it on the public page or not. */
  published?: boolean | null | undefined;
  /** A new target. */
  target?: number | null | undefined;
  /** A new text. */
  text?: string | null | undefined;
  /** New translations (replace the old). */
  translations?: Array<CommitmentTextInput> | null | undefined;
};

/** Changes to a distribution; fields left out stay as they are. */
export type UpdateDistributionInput = {
  /** New anonymity mode; only before the first response. */
  anonymity?: AnonymityMode | null | undefined;
  /** Whether the runner asks the service situation. */
  askServiceSituation?: boolean | null | undefined;
  /** New closing instant (exclusive, UTC). */
  closesAt?: string | null | undefined;
  /** Days an invitation link stays valid (default 30). */
  invitationValidDays?: number | null | undefined;
  /** New languages. */
  languages?: Array<string> | null | undefined;
  /** New invitation texts. */
  messageTemplates?: Array<MessageTemplateInput> | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New opening instant (UTC). */
  opensAt?: string | null | undefined;
  /** New quota of completed responses. */
  quota?: number | null | undefined;
  /** Hours after sending at which reminders go out, ascending. */
  reminderDelaysHours?: Array<number> | null | undefined;
  /** New respondent category. */
  respondentCategory?: string | null | undefined;
  /** New service situation (empty text: none). */
  serviceSituation?: string | null | undefined;
  /** PAUSED, ACTIVE (resume) or CLOSED (final). */
  status?: DistributionStatus | null | undefined;
  /** New set of units. */
  unitIds?: Array<string | number> | null | undefined;
  /** Pin another version (null: follow the latest published). */
  versionId?: string | number | null | undefined;
};

/** Changes to an inspector of the register; fields left out stay as they are. */
export type UpdateInspectorInput = {
  /** False deactivates them (they left): kept on past visits, given no new assignment. */
  active?: boolean | null | undefined;
  /** Internal staff or which kind of external supervisor; an external one has no home unit. */
  category?: InspectorCategory | null | undefined;
  /** Internal staff: the unit they work at; an empty string removes it. */
  homeUnitId?: string | number | null | undefined;
  /** The inspector. */
  id: string | number;
  /** Their name. */
  name?: string | null | undefined;
  /** Units (each with its subtree) they may inspect; at least one. */
  unitIds?: Array<string | number> | null | undefined;
};

/** Changes to a key client of the register; fields left out stay as they are. */
export type UpdateKeyClientInput = {
  /** False deactivates the client: kept with its visits and report, offered for no new plan. */
  active?: boolean | null | undefined;
  /** A new contact (stored encrypted); an empty string erases it. */
  contact?: string | null | undefined;
  /** The key client. */
  id: string | number;
  /** Name of the enterprise or person. */
  name?: string | null | undefined;
  /** Who in the unit looks after the client; empty clears it. */
  owner?: string | null | undefined;
  /** Tier, in the organisation’s own terms; empty clears it. */
  tier?: string | null | undefined;
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

/** Organisation settings; fields left out stay as they are. */
export type UpdateOrganizationInput = {
  /** Languages offered (en, zh-CN, uk), the default first. */
  languages?: Array<string> | null | undefined;
  /** Logo as a data URL (PNG, JPEG, WebP or GIF, at most 100 kB); "" removes it. */
  logo?: string | null | undefined;
  /** Smallest group shown in anonymous surveys, 1–1000. */
  minGroupSize?: number | null | undefined;
  /** Display name of the organisation. */
  name?: string | null | undefined;
  /** Primary colour #rrggbb, at least 4.5:1 against white (WCAG AA); "" removes it. */
  primaryColor?: string | null | undefined;
  /** Privacy notice per language shown to respondents; replaces every notice. */
  privacyNotice?: Array<LocalizedTextInput> | null | undefined;
  /** Service situations the runner can ask (at most 50, in the order shown); replaces the list. */
  serviceSituations?: Array<ServiceSituationInput> | null | undefined;
  /** IANA time zone, e.g. Asia/Shanghai; results follow it. */
  timeZone?: string | null | undefined;
};

/** Changes to a staff member of the register; fields left out stay as they are. */
export type UpdateStaffMemberInput = {
  /** False deactivates them (they left): kept on past visits, responses and cases, offered for no new one. */
  active?: boolean | null | undefined;
  /** Their code, unique in the unit; an empty string removes it. */
  code?: string | null | undefined;
  /** The staff member. */
  id: string | number;
  /** Their name. */
  name?: string | null | undefined;
  /** Their post. */
  post?: StaffPost | null | undefined;
};

/** Which users to list; every condition given must hold. */
export type UserFilterInput = {
  /** true: active users only; false: deactivated only. */
  active?: boolean | null | undefined;
  /** Text contained in the e-mail or display name. */
  search?: string | null | undefined;
};

/** What judges the responses to a questionnaire version. */
export type ValidationPath =
  /** The compiled validation plan: the definition uses only features it judges exactly as SurveyJS (microseconds). */
  | 'PLAN'
  /** survey-core itself, in a worker pool: the definition uses a feature outside the plan's proven set. */
  | 'SURVEY_CORE';

/** For choice questions: the number a choice value stands for. */
export type ValueScoreInput = {
  /** Its item score, 0–100. */
  score: number;
  /** The choice value as stored in answers. */
  value: unknown;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; replay it once the receiver is fixed. */
  | 'FAILED'
  /** Not yet answered with a 2xx; retried with backoff. */
  | 'PENDING';

/** An event an outbound webhook subscribes to. */
export type WebhookEvent =
  /** A rectification action was re-checked and met its target. */
  | 'ACTION_MET'
  /** A rectification action passed its deadline unsubmitted. */
  | 'ACTION_OVERDUE'
  /** A case was closed. */
  | 'CASE_CLOSED'
  /** A complaint or alert case was opened. */
  | 'CASE_OPENED'
  /** A periodic report was issued. */
  | 'REPORT_ISSUED'
  /** A response was completed (never with a contact or an invitation; from an anonymous or confidential survey, without its score and band, and only the day). */
  | 'RESPONSE_COMPLETED';

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { email: string, displayName: string, organizationName: string, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string } };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AccountTotpQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountTotpQuery = { me: { totpEnabled: boolean, grants: Array<{ role: Role }> } | null };

export type StartTotpMutationVariables = Exact<{
  password: string;
}>;


export type StartTotpMutation = { startTotpEnrolment: { uri: string, secret: string, qrCode: string } };

export type ConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpMutation = { confirmTotpEnrolment: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  password: string;
  code: string;
}>;


export type DisableTotpMutation = { disableTotp: boolean };

export type ActionListQueryVariables = Exact<{
  filter?: ActionFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type ActionListQuery = { actions: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ActionStatus, deadline: string, daysLeft: number, overdue: boolean, verdict: ActionStatus | null, indicatorKey: string | null, sourceKind: ActionSourceKind, sourceLabel: string | null, question: string | null, baselineScore: number | null, baselineValue: number | null, baselineN: number | null, unit: { id: string, name: string }, responsible: { id: string, displayName: string } | null } }> } };

export type ActionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionDetailQuery = { action: { id: string, title: string, status: ActionStatus, problem: string, measures: string, deadline: string, daysLeft: number, overdue: boolean, verdict: ActionStatus | null, accountability: boolean, team: Array<string>, sourceKind: ActionSourceKind, sourceId: string | null, sourceLabel: string | null, indicatorKey: string | null, question: string | null, targetKind: TargetKind, targetValue: number, requireSignificant: boolean, recheckFrom: string, recheckTo: string, cancelReason: string | null, baselineFrom: string | null, baselineTo: string | null, baselineScore: number | null, baselineValue: number | null, baselineN: number | null, baselineCi95: number | null, createdAt: string, submittedAt: string | null, unit: { id: string, name: string }, responsible: { id: string, displayName: string, email: string } | null, rechecks: Array<{ id: string, trigger: RecheckTrigger, verdict: ActionStatus, reason: string, reasonCode: RecheckReason | null, targetKind: TargetKind | null, targetValue: number | null, checkedAt: string, minResponses: number, delta: number | null, significant: boolean | null, beforeFrom: string, beforeTo: string, beforeScore: number | null, beforeValue: number | null, beforeN: number, beforeCi95: number | null, afterFrom: string, afterTo: string, afterScore: number | null, afterValue: number | null, afterN: number, afterCi95: number | null }>, history: Array<{ id: string, text: string, status: string | null, fileName: string | null, mimeType: string | null, size: number | null, createdAt: string }>, escalations: Array<{ id: string, step: string, createdAt: string, emailed: number, recipients: Array<string> }>, consequences: Array<{ id: string, category: ConsequenceCategory, text: string, decidedAt: string }>, trend: Array<{ label: string, phase: TrendPhase, score: number | null, value: number | null, n: number, ci95: number | null }> } };

export type ActionPeopleQueryVariables = Exact<{
  unitId: string | number;
  role?: Role | null | undefined;
}>;


export type ActionPeopleQuery = { actionPeople: Array<{ id: string, displayName: string, email: string }> };

export type ActionModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionModelsQuery = { indicatorModels: { edges: Array<{ node: { id: string, name: string, latestVersionNumber: number, versions: Array<{ number: number, definition: { json: unknown } }> } }> } };

export type OpenActionMutationVariables = Exact<{
  input: OpenActionInput;
}>;


export type OpenActionMutation = { openAction: { id: string } };

export type MoveActionMutationVariables = Exact<{
  input: MoveActionInput;
}>;


export type MoveActionMutation = { moveAction: { id: string, status: ActionStatus } };

export type AddActionNoteMutationVariables = Exact<{
  input: ActionNoteInput;
}>;


export type AddActionNoteMutation = { addActionNote: { id: string } };

export type RecheckActionMutationVariables = Exact<{
  actionId: string | number;
}>;


export type RecheckActionMutation = { recheckAction: { id: string, verdict: ActionStatus } };

export type RecordActionConsequenceMutationVariables = Exact<{
  input: ConsequenceInput;
}>;


export type RecordActionConsequenceMutation = { recordActionConsequence: { id: string } };

export type WorkPlansQueryVariables = Exact<{
  under?: string | number | null | undefined;
  behindOnly?: boolean | null | undefined;
}>;


export type WorkPlansQuery = { workPlans: Array<{ id: string, title: string, unitId: string, periodStart: string, periodEnd: string, followUpRateTarget: number, progress: { behind: boolean, elapsed: number, followUpRate: number | null, followUpDone: number, followUpEligible: number, lines: Array<{ questionnaireId: string, channel: string, target: number, collected: number, expectedByNow: number, behind: boolean, categories: Array<{ category: string, target: number, collected: number }> }> } }> };

export type MissedFollowUpsQueryVariables = Exact<{
  filter?: ServiceEventFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type MissedFollowUpsQuery = { serviceEvents: { edges: Array<{ node: { id: string, type: string, externalId: string, unitId: string, occurredAt: string, deadlineAt: string | null, channel: string | null, state: FollowUpState, reason: MissedReason | null } }> } };

export type AssignFollowUpsMutationVariables = Exact<{
  input: AssignFollowUpsInput;
}>;


export type AssignFollowUpsMutation = { assignFollowUps: Array<{ id: string }> };

export type PlanQuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanQuestionnairesQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string } }> } };

export type ActionExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionExistsQuery = { action: { id: string } };

export type ApiKeyListQueryVariables = Exact<{
  after?: string | null | undefined;
  includeRevoked: boolean;
}>;


export type ApiKeyListQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, role: Role, scopes: Array<ApiScope>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, unit: { id: string, name: string } } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { token: string, apiKey: { id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type ExportContactDataMutationVariables = Exact<{
  input: ContactDataInput;
}>;


export type ExportContactDataMutation = { exportContactData: unknown };

export type EraseContactDataMutationVariables = Exact<{
  input: ContactDataInput;
}>;


export type EraseContactDataMutation = { eraseContactData: { contacts: number, cases: number, keyClients: number } };

export type CreateMetricMutationVariables = Exact<{
  input: MetricInput;
}>;


export type CreateMetricMutation = { createMetric: { id: string, key: string } };

export type RecordMetricMutationVariables = Exact<{
  input: RecordMetricInput;
}>;


export type RecordMetricMutation = { recordMetric: { id: string } };

export type ImportMetricValuesMutationVariables = Exact<{
  input: ImportMetricValuesInput;
}>;


export type ImportMetricValuesMutation = { importMetricValues: { imported: number, rowErrors: Array<{ row: number, message: string }> } };

export type MetricListQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricListQuery = { metrics: Array<{ id: string, key: string, label: string, measurementUnit: string, kind: MetricKind, worst: number, target: number, denominatorLabel: string | null }> };

export type MetricObservationListQueryVariables = Exact<{
  metricKey: string;
  unitId: string | number;
  after?: string | null | undefined;
}>;


export type MetricObservationListQuery = { metricObservations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, periodStart: string, periodEnd: string, value: number, denominator: number | null, updatedAt: string, unit: { id: string, name: string }, history: Array<{ id: string, changedAt: string, valueBefore: number | null, valueAfter: number, denominatorBefore: number | null, denominatorAfter: number | null }> } }> } };

export type OrganisationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationSettingsQuery = { organization: { id: string, name: string, timeZone: string, languages: Array<string>, minGroupSize: number, branding: { logoDataUrl: string | null, primaryColor: string | null, privacyNotice: Array<{ language: string, text: string }> }, serviceSituations: Array<{ code: string, labels: Array<{ language: string, text: string }> }> } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganization: { id: string, name: string, timeZone: string, languages: Array<string>, minGroupSize: number } };

export type UserListQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type UserListQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, displayName: string, disabledAt: string | null, createdAt: string, roleAssignments: Array<{ id: string, role: Role, unit: { id: string, name: string } }> } }> } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, email: string } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string } };

export type MyCasesBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCasesBadgeQuery = { myCases: { open: number, overdue: number } };

export type CaseListQueryVariables = Exact<{
  filter?: CaseFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type CaseListQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, reference: string, state: CaseState, origin: CaseOrigin, priority: CasePriority, channel: CaseChannel, description: string, receivedAt: string, dueAt: string | null, overdue: boolean, ownerName: string | null, unitName: string } }> } };

export type CaseCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseCategoriesQuery = { caseCategories: Array<{ id: string, code: string, name: string, parentId: string | null, acknowledgeDays: { LOW: number, NORMAL: number, HIGH: number, URGENT: number }, resolveDays: { LOW: number, NORMAL: number, HIGH: number, URGENT: number } }> };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase: { id: string, reference: string } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, reference: string, origin: CaseOrigin, state: CaseState, unitId: string, unitName: string, categoryId: string | null, priority: CasePriority, channel: CaseChannel, description: string, language: string | null, ownerId: string | null, ownerName: string | null, responseId: string | null, receivedAt: string, acknowledgeDueAt: string | null, resolveDueAt: string | null, dueAt: string | null, currentStep: CaseStep | null, overdue: boolean, hasContact: boolean, rejectionReason: string | null, resolution: string | null, responsibility: Responsibility | null, cause: string | null, compensation: string | null, agreement: string | null, reopenCount: number, resolvedOnTime: boolean | null, allowedMoves: Array<CaseState>, canHandle: boolean, staff: { name: string, post: string } | null, timeline: Array<{ id: string, at: string, kind: string, state: CaseState | null, note: string | null, actorName: string | null, unitId: string | null }>, attachments: Array<{ id: string, fileName: string, mediaType: string, size: number, createdAt: string }>, followUp: { invitationStatus: InvitationStatus, deliveredAt: string | null, answeredAt: string | null, score: number | null, satisfied: boolean | null, satisfiedFrom: number } | null } };

export type ChangeCaseStateMutationVariables = Exact<{
  input: ChangeCaseStateInput;
}>;


export type ChangeCaseStateMutation = { changeCaseState: { id: string, state: CaseState } };

export type AddCaseNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddCaseNoteMutation = { addCaseNote: { id: string } };

export type SaveCaseCategoryMutationVariables = Exact<{
  input: SaveCaseCategoryInput;
}>;


export type SaveCaseCategoryMutation = { saveCaseCategory: { id: string } };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { alertRules: Array<{ id: string, name: string, questionnaireId: string, condition: AlertCondition, question: string | null, threshold: number | null, values: Array<string>, priority: CasePriority, active: boolean, modelId: string | null, indicatorKey: string | null, period: AlertPeriod }> };

export type SaveAlertRuleMutationVariables = Exact<{
  input: SaveAlertRuleInput;
}>;


export type SaveAlertRuleMutation = { saveAlertRule: { id: string } };

export type RuleQuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleQuestionnairesQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string } }> } };

export type RuleModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleModelsQuery = { indicatorModels: { edges: Array<{ node: { id: string, name: string, latestVersionNumber: number, versions: Array<{ number: number, definition: { nodes: Array<{ key: string, label: string, depth: number }>, bands: Array<{ key: string, label: string }> } }> } }> } };

export type CaseAnalysisQueryVariables = Exact<{
  input: CaseAnalysisInput;
}>;


export type CaseAnalysisQuery = { caseAnalysis: Array<{ key: string, label: string, received: number, accepted: number, resolved: number, resolvedOnTime: number, reopened: number, satisfied: number, followUpsAnswered: number, perThousandClients: number | null }> };

export type CaseAssigneesQueryVariables = Exact<{
  id: string | number;
  unitId?: string | number | null | undefined;
}>;


export type CaseAssigneesQuery = { case: { id: string, assignees: Array<{ id: string, displayName: string }> } };

export type AlertResponseQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertResponseQuery = { response: { id: string, submittedAt: string, score: number | null, bandKey: string | null, channel: Channel, answers: unknown } };

export type CaseSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseSettingsQuery = { caseSettings: { remindOwnerAfterHours: number, unitManagerAfterHours: number, parentManagerAfterHours: number, satisfiedFrom: number, updatedAt: string | null } };

export type SaveCaseSettingsMutationVariables = Exact<{
  input: SaveCaseSettingsInput;
}>;


export type SaveCaseSettingsMutation = { saveCaseSettings: { remindOwnerAfterHours: number, unitManagerAfterHours: number, parentManagerAfterHours: number, satisfiedFrom: number } };

export type CaseFormLinkMutationVariables = Exact<{
  unitId: string | number;
}>;


export type CaseFormLinkMutation = { createCaseIntakeLink: { id: string, token: string, url: string, qrCodeSvgUrl: string, qrCodePngUrl: string } };

export type CaseExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseExistsQuery = { case: { id: string } };

export type FollowUpUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type DistributionPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistributionPermissionsQuery = { me: { permissions: Array<Permission> } | null };

export type DistributionsQueryVariables = Exact<{
  filter?: DistributionFilterInput | null | undefined;
}>;


export type DistributionsQuery = { distributions: { totalCount: number, edges: Array<{ node: { id: string, name: string, channel: Channel, status: DistributionStatus, createdAt: string, questionnaireId: string, versionId: string | null, units: Array<{ id: string, name: string }>, stats: { invited: number, completed: number, responses: number, responseRate: number | null } } }> } };

export type DistributionFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistributionFormOptionsQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string, status: QuestionnaireStatus, versions: Array<{ id: string, number: number }> } }> }, orgUnits: { edges: Array<{ node: { id: string, name: string, code: string, depth: number } }> } };

export type CreateDistributionMutationVariables = Exact<{
  input: CreateDistributionInput;
}>;


export type CreateDistributionMutation = { createDistribution: { id: string } };

export type DistributionQueryVariables = Exact<{
  id: string | number;
}>;


export type DistributionQuery = { distribution: { id: string, name: string, channel: Channel, status: DistributionStatus, anonymity: AnonymityMode, quota: number | null, opensAt: string | null, closesAt: string | null, languages: Array<string>, respondentCategory: string | null, askServiceSituation: boolean, completedCount: number, questionnaireId: string, versionId: string | null, invitationValidDays: number, reminderDelaysHours: Array<number>, units: Array<{ id: string, name: string }>, links: Array<{ id: string, url: string, token: string, qrCodeSvgUrl: string, qrCodePngUrl: string, embedHtml: string, embedScript: string, unit: { id: string, name: string, code: string } }>, stats: { invited: number, queued: number, sent: number, delivered: number, opened: number, started: number, completed: number, bounced: number, failed: number, expired: number, optedOut: number, responseRate: number | null, responses: number } } };

export type DistributionStatsQueryVariables = Exact<{
  id: string | number;
}>;


export type DistributionStatsQuery = { distribution: { id: string, status: DistributionStatus, completedCount: number, stats: { invited: number, queued: number, sent: number, delivered: number, opened: number, started: number, completed: number, bounced: number, failed: number, expired: number, optedOut: number, responseRate: number | null, responses: number } } };

export type UpdateDistributionMutationVariables = Exact<{
  id: string | number;
  input: UpdateDistributionInput;
}>;


export type UpdateDistributionMutation = { updateDistribution: { id: string } };

export type PauseDistributionMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseDistributionMutation = { pauseDistribution: { id: string, status: DistributionStatus } };

export type ResumeDistributionMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeDistributionMutation = { resumeDistribution: { id: string, status: DistributionStatus } };

export type CloseDistributionMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseDistributionMutation = { closeDistribution: { id: string, status: DistributionStatus } };

export type InviteRespondentsMutationVariables = Exact<{
  input: InviteRespondentsInput;
}>;


export type InviteRespondentsMutation = { inviteRespondents: { invited: number, skippedOptedOut: number } };

export type InvitationsQueryVariables = Exact<{
  filter: InvitationFilterInput;
}>;


export type InvitationsQuery = { invitations: { totalCount: number, edges: Array<{ node: { id: string, status: InvitationStatus, statusAt: string, contact: string | null, phoneNumber: string | null, externalRef: string | null, language: string | null, category: string | null, channel: Channel, callToken: string | null, messagesSent: number, expiresAt: string, deadlineAt: string | null, unit: { id: string, name: string }, history: Array<{ status: InvitationStatus, at: string, detail: string | null }> } }> } };

export type RecordCallOutcomeMutationVariables = Exact<{
  input: CallOutcomeInput;
}>;


export type RecordCallOutcomeMutation = { recordCallOutcome: { id: string, status: InvitationStatus } };

export type EventRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventRulesQuery = { eventRules: Array<{ id: string, eventType: string, distributionId: string, delayHours: number, deadlineWorkingDays: number, samplingRate: number, fatigueDays: number, active: boolean }> };

export type SaveEventRuleMutationVariables = Exact<{
  input: EventRuleInput;
}>;


export type SaveEventRuleMutation = { saveEventRule: { id: string } };

export type OrganizationCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationCalendarQuery = { organizationCalendar: { workingDays: Array<number>, holidays: Array<string>, updatedAt: string } };

export type SetOrganizationCalendarMutationVariables = Exact<{
  input: CalendarInput;
}>;


export type SetOrganizationCalendarMutation = { setOrganizationCalendar: { workingDays: Array<number>, holidays: Array<string>, updatedAt: string } };

export type FollowUpRateQueryVariables = Exact<{
  input: FollowUpRateInput;
}>;


export type FollowUpRateQuery = { followUpRate: { eligible: number, followedUp: number, rate: number | null } };

export type InterviewSurveyQueryVariables = Exact<{
  token: string;
}>;


export type InterviewSurveyQuery = { surveyByToken: { definition: unknown, languages: Array<string>, channel: Channel, testMode: boolean } };

export type InterviewSubmitMutationVariables = Exact<{
  input: SubmitResponseInput;
}>;


export type InterviewSubmitMutation = { submitResponse: { responseId: string, duplicate: boolean } };

export type DistributionExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type DistributionExistsQuery = { distribution: { id: string } };

export type MyAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssignmentsQuery = { myAssignments: Array<{ id: string, planName: string, scheduledFor: string, dueDate: string, status: AssignmentStatus, visitId: string | null, questionnaireVersionId: string, scoringSheet: unknown, unit: { id: string, code: string, name: string }, keyClient: { id: string, name: string } | null, kind: { id: string, key: string, label: string } }> };

export type MyVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVisitsQuery = { myVisits: Array<{ id: string, endedAt: string, unit: { id: string, name: string }, keyClient: { id: string, name: string } | null, kind: { id: string, label: string } }> };

export type SubmitVisitMutationVariables = Exact<{
  input: SubmitVisitInput;
}>;


export type SubmitVisitMutation = { submitVisit: { id: string, rootId: string, clientId: string } };

export type VisitPlansQueryVariables = Exact<{
  unitId: string | number;
}>;


export type VisitPlansQuery = { visitPlans: Array<{ id: string, name: string, purpose: PlanPurpose, dates: Array<string>, endDate: string, dueDays: number, kind: { id: string, label: string } }> };

export type PlanProgressQueryVariables = Exact<{
  planId: string | number;
}>;


export type PlanProgressQuery = { planProgress: { asOf: string, rows: Array<{ total: number, done: number, open: number, overdue: number, missed: number, unit: { id: string, code: string, name: string }, inspector: { id: string, name: string } }> }, planAssignments: Array<{ id: string, scheduledFor: string, dueDate: string, status: AssignmentStatus, visitId: string | null, unit: { id: string, code: string, name: string }, inspector: { id: string, name: string }, keyClient: { id: string, name: string } | null }> };

export type FieldworkInspectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldworkInspectorsQuery = { inspectors: Array<{ id: string, name: string, category: InspectorCategory, active: boolean, unitIds: Array<string> }> };

export type ReassignAssignmentMutationVariables = Exact<{
  assignmentId: string | number;
  inspectorId: string | number;
}>;


export type ReassignAssignmentMutation = { reassignAssignment: { id: string, inspector: { id: string, name: string } } };

export type VisitRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitRecordQuery = { visit: { id: string, rootId: string, revision: number, clientId: string, assignmentId: string | null, startedAt: string, endedAt: string, submittedAt: string, supersededAt: string | null, correctionReason: string | null, answers: unknown, unit: { id: string, code: string, name: string }, inspector: { id: string, name: string, category: InspectorCategory }, kind: { id: string, label: string }, keyClient: { id: string, name: string } | null, staff: Array<{ id: string, name: string, post: StaffPost }>, nonConformities: Array<{ title: string, severity: Severity, note: string | null, question: string | null }>, evidence: Array<{ id: string, fileName: string, mimeType: string, size: number, url: string }> }, visitHistory: Array<{ id: string, revision: number, submittedAt: string, supersededAt: string | null, correctionReason: string | null }> };

export type UnitVisitsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitVisitsQuery = { unitVisits: Array<{ id: string, endedAt: string, unit: { id: string, code: string, name: string }, inspector: { id: string, name: string }, kind: { id: string, label: string }, keyClient: { id: string, name: string } | null, nonConformities: Array<{ severity: Severity }> }> };

export type KeyClientsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type KeyClientsQuery = { keyClients: Array<{ id: string, name: string, kind: KeyClientKind, owner: string | null, tier: string | null, purgedAt: string | null, active: boolean }> };

export type KeyClientReportPageQueryVariables = Exact<{
  keyClientId: string | number;
  from: string;
  to: string;
  questions?: Array<string> | string | null | undefined;
}>;


export type KeyClientReportPageQuery = { keyClientReport: { visitCount: number, score: number | null, nonConformities: number, keyClient: { id: string, name: string }, items: Array<{ question: string, mean: number | null, n: number }>, notes: Array<{ visitId: string, endedAt: string, question: string, text: string }> } };

export type UnitStaffQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitStaffQuery = { staffMembers: Array<{ id: string, name: string, post: StaffPost, active: boolean }> };

export type OpenCaseFromVisitMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type OpenCaseFromVisitMutation = { createCase: { id: string, reference: string } };

export type RegisterUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type StaffRegisterQueryVariables = Exact<{
  unitId: string | number;
}>;


export type StaffRegisterQuery = { staffMembers: Array<{ id: string, name: string, code: string | null, post: StaffPost, active: boolean }> };

export type ServedStaffQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ServedStaffQuery = { unitStaff: Array<{ id: string, name: string, code: string | null, post: StaffPost }> };

export type RegisterFormsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type RegisterFormsQuery = { inspectionKinds: Array<{ id: string, key: string, label: string, crossUnit: boolean }>, inspectors: Array<{ id: string, name: string, category: InspectorCategory, active: boolean, unitIds: Array<string>, homeUnitId: string | null }>, keyClients: Array<{ id: string, name: string, active: boolean }>, questionnaires: { edges: Array<{ node: { id: string, title: string, latestVersionNumber: number } }> } };

export type AddStaffMemberMutationVariables = Exact<{
  input: AddStaffMemberInput;
}>;


export type AddStaffMemberMutation = { addStaffMember: { id: string, name: string, code: string | null, post: StaffPost } };

export type CreateInspectionKindMutationVariables = Exact<{
  input: CreateInspectionKindInput;
}>;


export type CreateInspectionKindMutation = { createInspectionKind: { id: string, key: string, label: string } };

export type RegisterInspectorMutationVariables = Exact<{
  input: RegisterInspectorInput;
}>;


export type RegisterInspectorMutation = { registerInspector: { id: string, name: string } };

export type AddKeyClientMutationVariables = Exact<{
  input: AddKeyClientInput;
}>;


export type AddKeyClientMutation = { addKeyClient: { id: string, name: string } };

export type CreateVisitPlanMutationVariables = Exact<{
  input: CreateVisitPlanInput;
}>;


export type CreateVisitPlanMutation = { createVisitPlan: { id: string, name: string } };

export type PlanSheetQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanSheetQuery = { questionnaire: { id: string, versions: Array<{ id: string, number: number }> } };

export type UpdateStaffMemberMutationVariables = Exact<{
  input: UpdateStaffMemberInput;
}>;


export type UpdateStaffMemberMutation = { updateStaffMember: { id: string, name: string, code: string | null, post: StaffPost, active: boolean } };

export type UpdateKeyClientMutationVariables = Exact<{
  input: UpdateKeyClientInput;
}>;


export type UpdateKeyClientMutation = { updateKeyClient: { id: string, name: string, owner: string | null, tier: string | null, active: boolean } };

export type UpdateInspectorMutationVariables = Exact<{
  input: UpdateInspectorInput;
}>;


export type UpdateInspectorMutation = { updateInspector: { id: string, name: string, category: InspectorCategory, unitIds: Array<string>, homeUnitId: string | null, active: boolean } };

export type VisitExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitExistsQuery = { visit: { id: string } };

export type HomeAttentionQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type HomeAttentionQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, reference: string, unitName: string } }> }, actions: { totalCount: number, edges: Array<{ node: { id: string, title: string, deadline: string, unit: { name: string } } }> }, ranking: Array<{ rank: number | null, score: number | null, unit: { id: string, name: string } }> };

export type HomeOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOverviewQuery = { questionnaires: { totalCount: number, edges: Array<{ node: { id: string, title: string, latestVersionNumber: number } }> }, indicatorModels: { edges: Array<{ node: { id: string, name: string, latestVersionNumber: number } }> }, distributions: { totalCount: number, edges: Array<{ node: { id: string, name: string, stats: { responses: number, responseRate: number | null } } }> }, responses: { totalCount: number } };

export type HomeScoresQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type HomeScoresQuery = { scores: { responseCount: number, nodes: Array<{ parentKey: string | null, score: number | null, band: { label: string } | null }> }, scoreSeries: Array<{ label: string, start: string, nodes: Array<{ key: string, score: number | null }> }> };

export type TemplatesQueryVariables = Exact<{
  filter?: TemplateFilterInput | null | undefined;
}>;


export type TemplatesQuery = { templates: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, category: string, languages: Array<string>, tags: Array<string>, offeredBy: string, latestVersionNumber: number, updatedAt: string, releases: Array<{ id: string, versionNumber: number, changelog: string, releasedAt: string, hasIndicatorModel: boolean, mandatoryElements: Array<string>, definition: unknown }> } }> } };

export type TemplateCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateCategoriesQuery = { templates: { edges: Array<{ node: { category: string, languages: Array<string> } }> } };

export type AdoptUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdoptUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type AdoptTemplateMutationVariables = Exact<{
  templateId: string | number;
  unitId: string | number;
  title?: string | null | undefined;
}>;


export type AdoptTemplateMutation = { adoptTemplate: { id: string } };

export type ParentUpdatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ParentUpdatesQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string, templateUpdateAvailable: boolean, unit: { name: string }, template: { title: string } | null, parentQuestionnaire: { title: string } | null } }> } };

export type ParentUpdateQueryVariables = Exact<{
  id: string | number;
}>;


export type ParentUpdateQuery = { questionnaire: { id: string, draftRevision: number, parentUpdate: { kind: LineageKind, fromVersionNumber: number, toVersionNumber: number, unchangedCount: number, added: Array<{ name: string, type: string, page: string }>, removed: Array<{ name: string, type: string, page: string }>, changed: Array<{ name: string, page: string, changes: Array<{ aspect: DiffAspect, property: string, before: unknown, after: unknown }> }> } | null } };

export type MergeTemplateUpdateMutationVariables = Exact<{
  questionnaireId: string | number;
  expectedRevision: number;
}>;


export type MergeTemplateUpdateMutation = { mergeTemplateUpdate: { applied: Array<string>, conflicts: Array<{ name: string, reason: string }>, questionnaire: { draftRevision: number, draft: unknown, templateUpdateAvailable: boolean } } };

export type IndicatorModelListQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorModelListQuery = { indicatorModels: { edges: Array<{ node: { id: string, name: string, latestVersionNumber: number, draftUpdatedAt: string, unit: { name: string }, parentModel: { name: string } | null } }> } };

export type CreateIndicatorModelMutationVariables = Exact<{
  input: CreateIndicatorModelInput;
}>;


export type CreateIndicatorModelMutation = { createIndicatorModel: { id: string } };

export type IndicatorModelEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorModelEditorQuery = { indicatorModel: { id: string, name: string, draftRevision: number, draft: { json: unknown }, draftProblems: Array<{ nodeKey: string | null, message: string }>, parentModel: { name: string } | null, versions: Array<{ id: string, number: number, changelog: string, publishedAt: string, author: { displayName: string } | null }> } };

export type SaveIndicatorModelDraftMutationVariables = Exact<{
  input: SaveIndicatorModelDraftInput;
}>;


export type SaveIndicatorModelDraftMutation = { saveIndicatorModelDraft: { model: { draftRevision: number }, problems: Array<{ nodeKey: string | null, message: string }> } };

export type PublishIndicatorModelMutationVariables = Exact<{
  input: PublishIndicatorModelInput;
}>;


export type PublishIndicatorModelMutation = { publishIndicatorModel: { id: string, number: number } };

export type EffectiveWeightsQueryVariables = Exact<{
  modelId: string | number;
}>;


export type EffectiveWeightsQuery = { effectiveWeights: Array<{ key: string, share: number, effectiveWeight: number }> };

export type ScoreSampleQueryVariables = Exact<{
  input: ScoreResponseInput;
}>;


export type ScoreSampleQuery = { scoreResponse: { score: number | null, band: { label: string } | null, nodes: Array<{ key: string, score: number | null, band: { label: string } | null }> } };

export type IndicatorModelVersionDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type IndicatorModelVersionDiffQuery = { indicatorModelVersionDiff: { added: Array<{ key: string, kind: IndicatorKind, label: string }>, removed: Array<{ key: string, kind: IndicatorKind, label: string }>, changed: Array<{ key: string, changes: Array<{ property: string, before: unknown, after: unknown }> }>, model: Array<{ property: string, before: unknown, after: unknown }> } };

export type PublishedQuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedQuestionnairesQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string, latestVersionNumber: number, versions: Array<{ id: string, number: number, definition: unknown }> } }> } };

export type ModelMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelMetricsQuery = { metrics: Array<{ key: string, label: string, measurementUnit: string }> };

export type VariantUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type VariantUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type DeriveIndicatorModelMutationVariables = Exact<{
  versionId: string | number;
  unitId: string | number;
}>;


export type DeriveIndicatorModelMutation = { deriveIndicatorModel: { id: string } };

export type ModelExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type ModelExistsQuery = { indicatorModel: { id: string } };

export type OfferableModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferableModelsQuery = { indicatorModels: { edges: Array<{ node: { id: string, name: string, versions: Array<{ id: string, number: number, definition: { nodes: Array<{ items: Array<{ questionnaireId: string }> }> } }> } }> } };

export type OfferTemplateMutationVariables = Exact<{
  input: OfferTemplateInput;
}>;


export type OfferTemplateMutation = { offerTemplate: { id: string } };

export type ClientSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientSettingsQuery = { clientSettings: { surveyJsLicenseKey: string | null } };

export type QuestionnaireDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireDraftQuery = { questionnaire: { title: string, draft: unknown, draftRevision: number, lockedElements: Array<string>, mandatoryElements: Array<string>, templateUpdateAvailable: boolean, origin: QuestionnaireOrigin, draftProblems: Array<{ element: string | null, path: string, message: string }> } };

export type SaveQuestionnaireDraftMutationVariables = Exact<{
  input: SaveQuestionnaireDraftInput;
}>;


export type SaveQuestionnaireDraftMutation = { saveQuestionnaireDraft: { questionnaire: { draftRevision: number }, problems: Array<{ element: string | null, path: string, message: string }> } };

export type PublishQuestionnaireMutationVariables = Exact<{
  input: PublishQuestionnaireInput;
}>;


export type PublishQuestionnaireMutation = { publishQuestionnaire: { number: number } };

export type QuestionnaireListQueryVariables = Exact<{
  filter?: QuestionnaireFilterInput | null | undefined;
}>;


export type QuestionnaireListQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string, status: QuestionnaireStatus, latestVersionNumber: number, unit: { name: string } } }> } };

export type CreateQuestionnaireMutationVariables = Exact<{
  input: CreateQuestionnaireInput;
}>;


export type CreateQuestionnaireMutation = { createQuestionnaire: { id: string } };

export type QuestionnaireVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireVersionsQuery = { questionnaire: { versions: Array<{ id: string, number: number, changelog: string, publishedAt: string, validationPath: ValidationPath, author: { displayName: string } | null }> } };

export type QuestionnaireVersionDiffQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type QuestionnaireVersionDiffQuery = { questionnaireVersionDiff: { unchangedCount: number, added: Array<{ name: string, type: string, page: string }>, removed: Array<{ name: string, type: string, page: string }>, changed: Array<{ name: string, page: string, changes: Array<{ aspect: DiffAspect, property: string, before: unknown, after: unknown }> }> } };

export type DeriveUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeriveUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type DeriveQuestionnaireMutationVariables = Exact<{
  versionId: string | number;
  unitId: string | number;
}>;


export type DeriveQuestionnaireMutation = { deriveQuestionnaire: { id: string } };

export type QuestionnaireVersionDefinitionQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireVersionDefinitionQuery = { questionnaireVersion: { number: number, definition: unknown } };

export type QuestionnaireExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireExistsQuery = { questionnaire: { id: string } };

export type ScheduledExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduledExportsQuery = { scheduledExports: Array<{ id: string, name: string, unitId: string, contents: Array<ExportContent>, format: ExportFileFormat, periodKind: ReportPeriodKind, modelId: string | null, questionnaireId: string | null, language: string | null, emails: Array<string>, folder: string | null, paused: boolean, createdAt: string, lastRun: { periodStart: string, ranAt: string, files: Array<string>, status: ExportRunStatus, attempt: number, error: string | null, errorCode: ExportRunErrorCode | null } | null }> };

export type ExportQuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportQuestionnairesQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string } }> } };

export type CreateScheduledExportMutationVariables = Exact<{
  input: CreateScheduledExportInput;
}>;


export type CreateScheduledExportMutation = { createScheduledExport: { id: string } };

export type UpdateScheduledExportMutationVariables = Exact<{
  id: string | number;
  input: CreateScheduledExportInput;
}>;


export type UpdateScheduledExportMutation = { updateScheduledExport: { id: string } };

export type PauseScheduledExportMutationVariables = Exact<{
  id: string | number;
  paused: boolean;
}>;


export type PauseScheduledExportMutation = { pauseScheduledExport: { id: string, paused: boolean } };

export type DeleteScheduledExportMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduledExportMutation = { deleteScheduledExport: boolean };

export type ReportArchiveQueryVariables = Exact<{
  unitId: string | number;
  subtree: boolean;
}>;


export type ReportArchiveQuery = { reports: Array<{ id: string, unitId: string, status: ReportStatus, number: string | null, periodKind: ReportPeriodKind, periodStart: string, language: string, issuedByName: string | null, issuedAt: string | null, createdAt: string }> };

export type ReportDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportDetailQuery = { report: { id: string, unitId: string, status: ReportStatus, number: string | null, periodKind: ReportPeriodKind, periodStart: string, periodEnd: string, language: string, content: unknown, commentary: string, issuedByName: string | null, issuedAt: string | null, createdAt: string, htmlPath: string, pdfPath: string, unitNotes: Array<{ unitId: string, unitName: string, requirements: string, advice: string }> } };

export type ReportModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportModelsQuery = { indicatorModels: { edges: Array<{ node: { id: string, name: string, latestVersionNumber: number } }> } };

export type CreateReportDraftMutationVariables = Exact<{
  input: CreateReportDraftInput;
}>;


export type CreateReportDraftMutation = { createReportDraft: { id: string } };

export type EditReportDraftMutationVariables = Exact<{
  input: EditReportDraftInput;
}>;


export type EditReportDraftMutation = { editReportDraft: { id: string, commentary: string, unitNotes: Array<{ unitId: string, unitName: string, requirements: string, advice: string }> } };

export type RefreshReportDraftMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshReportDraftMutation = { refreshReportDraft: { id: string } };

export type IssueReportMutationVariables = Exact<{
  id: string | number;
}>;


export type IssueReportMutation = { issueReport: { id: string, status: ReportStatus, number: string | null } };

export type ReportSubscriptionsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ReportSubscriptionsQuery = { reportSubscriptions: Array<{ id: string, unitId: string, modelId: string, periodKind: ReportPeriodKind, language: string, emails: Array<string>, userIds: Array<string>, autoIssue: boolean, createdAt: string }> };

export type CreateReportSubscriptionMutationVariables = Exact<{
  input: CreateReportSubscriptionInput;
}>;


export type CreateReportSubscriptionMutation = { createReportSubscription: { id: string } };

export type DeleteReportSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReportSubscriptionMutation = { deleteReportSubscription: boolean };

export type ReportUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportUsersQuery = { users: { edges: Array<{ node: { id: string, displayName: string, email: string } }> } };

export type ReportExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportExistsQuery = { report: { id: string } };

export type BrowseResponsesQueryVariables = Exact<{
  filter: ResponseFilterInput;
  after?: string | null | undefined;
}>;


export type BrowseResponsesQuery = { responses: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, completedAt: string | null, channel: Channel, category: string | null, excludedAt: string | null, excludedReason: string | null, unit: { name: string }, questionnaireVersion: { id: string, number: number } } }> } };

export type ResponseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseDetailQuery = { response: { id: string, completedAt: string | null, channel: Channel, category: string | null, language: string | null, excludedAt: string | null, excludedReason: string | null, answers: unknown, unit: { name: string }, questionnaireVersion: { id: string, number: number } } };

export type ExcludeResponseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ExcludeResponseMutation = { excludeResponse: { id: string, excludedAt: string | null, excludedReason: string | null } };

export type IncludeResponseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type IncludeResponseMutation = { includeResponse: { id: string, excludedAt: string | null, excludedReason: string | null } };

export type BreakdownViewQueryVariables = Exact<{
  input: ScoresInput;
  by: BreakdownDimension;
  question?: string | null | undefined;
}>;


export type BreakdownViewQuery = { breakdown: { by: BreakdownDimension, values: Array<{ value: string | null, responseCount: number, unit: { id: string, name: string } | null, nodes: Array<{ key: string, parentKey: string | null, label: string, score: number | null, restScore: number | null, deltaRest: number | null, n: number, ci95: number | null, significant: boolean, withheldReason: string | null }> }> } };

export type EqualTreatmentViewQueryVariables = Exact<{
  input: ScoresInput;
  nodeKey?: string | null | undefined;
}>;


export type EqualTreatmentViewQuery = { equalTreatment: { nodeKey: string, sides: Array<{ by: BreakdownDimension, spread: number | null, highest: string | null, lowest: string | null, groups: Array<{ value: string, score: number, n: number }>, significantPairs: Array<{ higher: string, lower: string, delta: number }> }> } };

export type PublishedModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedModelsQuery = { indicatorModels: { edges: Array<{ node: { id: string, name: string, latestVersionNumber: number } }> } };

export type DashboardQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type DashboardQuery = { scores: { responseCount: number, nodes: Array<{ key: string, parentKey: string | null, kind: IndicatorKind, label: string, score: number | null, n: number, ci95: number | null, partial: boolean, lostPoints: number | null, belowMinimum: boolean, withheldReason: string | null, target: number | null, distanceToTarget: number | null, band: { key: string, label: string } | null }>, questions: Array<{ nodeKey: string, question: string, row: string | null, title: string, score: number | null, n: number, ci95: number | null, belowMinimum: boolean, withheldReason: string | null }>, bandDistribution: Array<{ count: number, share: number, band: { key: string, label: string, min: number, max: number } }>, modelVersion: { id: string, number: number, definition: { json: unknown } } }, scoreSeries: Array<{ label: string, responseCount: number, nodes: Array<{ key: string, score: number | null }>, deltaPrevious: { delta: number, significant: boolean } | null }>, ranking: Array<{ rank: number | null, score: number | null, n: number, insufficient: boolean, belowMinimum: boolean, withheldReason: string | null, unit: { id: string, name: string }, band: { label: string } | null }> };

export type DashboardChartsQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type DashboardChartsQuery = { scores: { responseCount: number, nodes: Array<{ key: string, parentKey: string | null, kind: IndicatorKind, label: string, score: number | null, n: number, ci95: number | null, partial: boolean, lostPoints: number | null, belowMinimum: boolean, withheldReason: string | null, target: number | null, distanceToTarget: number | null, band: { key: string, label: string } | null }>, questions: Array<{ nodeKey: string, question: string, row: string | null, title: string, score: number | null, n: number, ci95: number | null, belowMinimum: boolean, withheldReason: string | null }>, bandDistribution: Array<{ count: number, share: number, band: { key: string, label: string, min: number, max: number } }>, modelVersion: { id: string, number: number, definition: { json: unknown } } }, scoreSeries: Array<{ label: string, responseCount: number, nodes: Array<{ key: string, score: number | null }>, deltaPrevious: { delta: number, significant: boolean } | null }> };

export type DashboardRankingQueryVariables = Exact<{
  input: ScoresInput;
}>;


export type DashboardRankingQuery = { ranking: Array<{ rank: number | null, score: number | null, n: number, insufficient: boolean, belowMinimum: boolean, withheldReason: string | null, unit: { id: string, name: string }, band: { label: string } | null }> };

export type DashboardUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type UnitPathQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitPathQuery = { orgUnit: { id: string, name: string, ancestors: Array<{ id: string, name: string }> } };

export type FilterVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type FilterVersionsQuery = { questionnaire: { id: string, title: string, versions: Array<{ id: string, number: number }> } };

export type CommentsQueryVariables = Exact<{
  filter: ResponseFilterInput;
}>;


export type CommentsQuery = { responses: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, completedAt: string | null, answers: unknown, channel: Channel, unit: { name: string }, questionnaireVersion: { id: string } } }> } };

export type CommentVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type CommentVersionQuery = { questionnaireVersion: { id: string, definition: unknown } };

export type QuestionSummariesQueryVariables = Exact<{
  input: QuestionSummariesInput;
}>;


export type QuestionSummariesQuery = { questionSummaries: { responseCount: number, questions: Array<{ name: string, title: string, kind: QuestionSummaryKind, n: number, mean: number | null, top2: number | null, nps: number | null, withheldReason: string | null, distribution: Array<{ label: string, count: number, share: number }>, texts: Array<{ text: string, completedAt: string, unitName: string }> }> } };

export type StaffBreakdownViewQueryVariables = Exact<{
  input: ScoresInput;
  by: BreakdownDimension;
}>;


export type StaffBreakdownViewQuery = { breakdown: { values: Array<{ value: string | null, responseCount: number, staff: { id: string, name: string, post: string } | null, nodes: Array<{ key: string, parentKey: string | null, score: number | null, restScore: number | null, withheldReason: string | null }> }> } };

export type SurveyByTokenQueryVariables = Exact<{
  token: string;
  resumeKey?: string | null | undefined;
}>;


export type SurveyByTokenQuery = { surveyByToken: { definition: unknown, versionNumber: number, languages: Array<string>, channel: Channel, testMode: boolean, answers: unknown, formTicket: string, minFillSeconds: number, branding: { name: string, logoDataUrl: string | null, primaryColor: string | null, privacyNotice: Array<{ language: string, text: string }> }, serviceSituations: Array<{ code: string, labels: Array<{ language: string, text: string }> }> } };

export type SavePartialResponseMutationVariables = Exact<{
  input: SavePartialResponseInput;
}>;


export type SavePartialResponseMutation = { savePartialResponse: { resumeKey: string } };

export type ViewerFieldsFragment = { kind: PrincipalKind, permissions: Array<Permission>, user: { displayName: string, email: string } | null, organization: { name: string, headOffice: { id: string, name: string } }, grants: Array<{ unit: { id: string, name: string } }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { kind: PrincipalKind, permissions: Array<Permission>, user: { displayName: string, email: string } | null, organization: { name: string, headOffice: { id: string, name: string } }, grants: Array<{ unit: { id: string, name: string } }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { kind: PrincipalKind, permissions: Array<Permission>, user: { displayName: string, email: string } | null, organization: { name: string, headOffice: { id: string, name: string } }, grants: Array<{ unit: { id: string, name: string } }> } | null };

export type SwitcherUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SwitcherUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string, depth: number } }> } };

export type PickerQuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type PickerQuestionnairesQuery = { questionnaires: { edges: Array<{ node: { id: string, title: string } }> } };

export type ApprovePickedCommentMutationVariables = Exact<{
  input: ApproveCommentInput;
}>;


export type ApprovePickedCommentMutation = { approveTransparencyComment: { id: string } };

export type WithdrawPickedCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPickedCommentMutation = { withdrawTransparencyComment: boolean };

export type PublicCommitmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicCommitmentsQuery = { serviceCommitments: Array<{ id: string, text: string, unitId: string, source: CommitmentSource, target: number, published: boolean }>, orgUnits: { edges: Array<{ node: { id: string, name: string } }> } };

export type PublishCommitmentMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type PublishCommitmentMutation = { updateServiceCommitment: { id: string, published: boolean } };

export type PublicationQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationQuery = { transparencySettings: { enabled: boolean, modelId: string | null, unitIds: Array<string>, actionIds: Array<string>, period: PublicPeriod }, publishedComments: Array<{ id: string, unitId: string, responseId: string, question: string, text: string }>, orgUnits: { edges: Array<{ node: { id: string, name: string, code: string } }> }, indicatorModels: { edges: Array<{ node: { id: string, name: string } }> }, actions: { edges: Array<{ node: { id: string, title: string } }> } };

export type SavePublicationMutationVariables = Exact<{
  input: TransparencySettingsInput;
}>;


export type SavePublicationMutation = { updateTransparencySettings: { enabled: boolean, modelId: string | null, unitIds: Array<string>, actionIds: Array<string>, period: PublicPeriod } };

export type WithdrawPublicCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPublicCommentMutation = { withdrawTransparencyComment: boolean };

export type UnitTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitTreeQuery = { orgUnits: { edges: Array<{ node: { id: string, code: string, name: string, kind: OrgUnitKind, depth: number, weight: number, parent: { id: string } | null } }> } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateUnitMutation = { createOrgUnit: { id: string } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateOrgUnitInput;
}>;


export type UpdateUnitMutation = { updateOrgUnit: { id: string } };

export type MoveUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveUnitMutation = { moveOrgUnit: { id: string } };

export type WebhookListQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookListQuery = { outboundWebhooks: Array<{ id: string, name: string, url: string, unitId: string, events: Array<WebhookEvent>, disabledAt: string | null }> };

export type WebhookLogQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookLogQuery = { webhookDeliveries: Array<{ id: string, event: WebhookEvent, status: WebhookDeliveryStatus, createdAt: string, attempts: Array<{ at: string, statusCode: number | null, error: string | null }> }> };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateOutboundWebhookInput;
}>;


export type CreateWebhookMutation = { createOutboundWebhook: { secret: string, webhook: { id: string } } };

export type ReplayDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplayDeliveryMutation = { replayWebhookDelivery: { id: string } };

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
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  kind
  permissions
  user {
    displayName
    email
  }
  organization {
    name
    headOffice {
      id
      name
    }
  }
  grants {
    unit {
      id
      name
    }
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    email
    displayName
    organizationName
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AccountTotpDocument = new TypedDocumentString(`
    query AccountTotp {
  me {
    totpEnabled
    grants {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AccountTotpQuery, AccountTotpQueryVariables>;
export const StartTotpDocument = new TypedDocumentString(`
    mutation StartTotp($password: String!) {
  startTotpEnrolment(password: $password) {
    uri
    secret
    qrCode
  }
}
    `) as unknown as TypedDocumentString<StartTotpMutation, StartTotpMutationVariables>;
export const ConfirmTotpDocument = new TypedDocumentString(`
    mutation ConfirmTotp($code: String!) {
  confirmTotpEnrolment(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const DisableTotpDocument = new TypedDocumentString(`
    mutation DisableTotp($password: String!, $code: String!) {
  disableTotp(password: $password, code: $code)
}
    `) as unknown as TypedDocumentString<DisableTotpMutation, DisableTotpMutationVariables>;
export const ActionListDocument = new TypedDocumentString(`
    query ActionList($filter: ActionFilterInput, $first: Int) {
  actions(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        status
        deadline
        daysLeft
        overdue
        verdict
        indicatorKey
        sourceKind
        sourceLabel
        question
        baselineScore
        baselineValue
        baselineN
        unit {
          id
          name
        }
        responsible {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionListQuery, ActionListQueryVariables>;
export const ActionDetailDocument = new TypedDocumentString(`
    query ActionDetail($id: ID!) {
  action(id: $id) {
    id
    title
    status
    problem
    measures
    deadline
    daysLeft
    overdue
    verdict
    accountability
    team
    sourceKind
    sourceId
    sourceLabel
    indicatorKey
    question
    targetKind
    targetValue
    requireSignificant
    recheckFrom
    recheckTo
    cancelReason
    baselineFrom
    baselineTo
    baselineScore
    baselineValue
    baselineN
    baselineCi95
    createdAt
    submittedAt
    unit {
      id
      name
    }
    responsible {
      id
      displayName
      email
    }
    rechecks {
      id
      trigger
      verdict
      reason
      reasonCode
      targetKind
      targetValue
      checkedAt
      minResponses
      delta
      significant
      beforeFrom
      beforeTo
      beforeScore
      beforeValue
      beforeN
      beforeCi95
      afterFrom
      afterTo
      afterScore
      afterValue
      afterN
      afterCi95
    }
    history {
      id
      text
      status
      fileName
      mimeType
      size
      createdAt
    }
    escalations {
      id
      step
      createdAt
      emailed
      recipients
    }
    consequences {
      id
      category
      text
      decidedAt
    }
    trend {
      label
      phase
      score
      value
      n
      ci95
    }
  }
}
    `) as unknown as TypedDocumentString<ActionDetailQuery, ActionDetailQueryVariables>;
export const ActionPeopleDocument = new TypedDocumentString(`
    query ActionPeople($unitId: ID!, $role: Role) {
  actionPeople(unitId: $unitId, role: $role) {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<ActionPeopleQuery, ActionPeopleQueryVariables>;
export const ActionModelsDocument = new TypedDocumentString(`
    query ActionModels {
  indicatorModels(first: 100) {
    edges {
      node {
        id
        name
        latestVersionNumber
        versions {
          number
          definition {
            json
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionModelsQuery, ActionModelsQueryVariables>;
export const OpenActionDocument = new TypedDocumentString(`
    mutation OpenAction($input: OpenActionInput!) {
  openAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenActionMutation, OpenActionMutationVariables>;
export const MoveActionDocument = new TypedDocumentString(`
    mutation MoveAction($input: MoveActionInput!) {
  moveAction(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MoveActionMutation, MoveActionMutationVariables>;
export const AddActionNoteDocument = new TypedDocumentString(`
    mutation AddActionNote($input: ActionNoteInput!) {
  addActionNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddActionNoteMutation, AddActionNoteMutationVariables>;
export const RecheckActionDocument = new TypedDocumentString(`
    mutation RecheckAction($actionId: ID!) {
  recheckAction(actionId: $actionId) {
    id
    verdict
  }
}
    `) as unknown as TypedDocumentString<RecheckActionMutation, RecheckActionMutationVariables>;
export const RecordActionConsequenceDocument = new TypedDocumentString(`
    mutation RecordActionConsequence($input: ConsequenceInput!) {
  recordActionConsequence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordActionConsequenceMutation, RecordActionConsequenceMutationVariables>;
export const WorkPlansDocument = new TypedDocumentString(`
    query WorkPlans($under: ID, $behindOnly: Boolean) {
  workPlans(under: $under, behindOnly: $behindOnly) {
    id
    title
    unitId
    periodStart
    periodEnd
    followUpRateTarget
    progress {
      behind
      elapsed
      followUpRate
      followUpDone
      followUpEligible
      lines {
        questionnaireId
        channel
        target
        collected
        expectedByNow
        behind
        categories {
          category
          target
          collected
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkPlansQuery, WorkPlansQueryVariables>;
export const MissedFollowUpsDocument = new TypedDocumentString(`
    query MissedFollowUps($filter: ServiceEventFilterInput, $first: Int) {
  serviceEvents(filter: $filter, first: $first) {
    edges {
      node {
        id
        type
        externalId
        unitId
        occurredAt
        deadlineAt
        channel
        state
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MissedFollowUpsQuery, MissedFollowUpsQueryVariables>;
export const AssignFollowUpsDocument = new TypedDocumentString(`
    mutation AssignFollowUps($input: AssignFollowUpsInput!) {
  assignFollowUps(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignFollowUpsMutation, AssignFollowUpsMutationVariables>;
export const PlanQuestionnairesDocument = new TypedDocumentString(`
    query PlanQuestionnaires {
  questionnaires(first: 200) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanQuestionnairesQuery, PlanQuestionnairesQueryVariables>;
export const ActionExistsDocument = new TypedDocumentString(`
    query ActionExists($id: ID!) {
  action(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ActionExistsQuery, ActionExistsQueryVariables>;
export const ApiKeyListDocument = new TypedDocumentString(`
    query ApiKeyList($after: String, $includeRevoked: Boolean!) {
  apiKeys(first: 50, after: $after, includeRevoked: $includeRevoked) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        role
        scopes
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
        unit {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    token
    apiKey {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ExportContactDataDocument = new TypedDocumentString(`
    mutation ExportContactData($input: ContactDataInput!) {
  exportContactData(input: $input)
}
    `) as unknown as TypedDocumentString<ExportContactDataMutation, ExportContactDataMutationVariables>;
export const EraseContactDataDocument = new TypedDocumentString(`
    mutation EraseContactData($input: ContactDataInput!) {
  eraseContactData(input: $input) {
    contacts
    cases
    keyClients
  }
}
    `) as unknown as TypedDocumentString<EraseContactDataMutation, EraseContactDataMutationVariables>;
export const CreateMetricDocument = new TypedDocumentString(`
    mutation CreateMetric($input: MetricInput!) {
  createMetric(input: $input) {
    id
    key
  }
}
    `) as unknown as TypedDocumentString<CreateMetricMutation, CreateMetricMutationVariables>;
export const RecordMetricDocument = new TypedDocumentString(`
    mutation RecordMetric($input: RecordMetricInput!) {
  recordMetric(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordMetricMutation, RecordMetricMutationVariables>;
export const ImportMetricValuesDocument = new TypedDocumentString(`
    mutation ImportMetricValues($input: ImportMetricValuesInput!) {
  importMetricValues(input: $input) {
    imported
    rowErrors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMetricValuesMutation, ImportMetricValuesMutationVariables>;
export const MetricListDocument = new TypedDocumentString(`
    query MetricList {
  metrics {
    id
    key
    label
    measurementUnit
    kind
    worst
    target
    denominatorLabel
  }
}
    `) as unknown as TypedDocumentString<MetricListQuery, MetricListQueryVariables>;
export const MetricObservationListDocument = new TypedDocumentString(`
    query MetricObservationList($metricKey: String!, $unitId: ID!, $after: String) {
  metricObservations(
    metricKey: $metricKey
    unitId: $unitId
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        periodStart
        periodEnd
        value
        denominator
        updatedAt
        unit {
          id
          name
        }
        history {
          id
          changedAt
          valueBefore
          valueAfter
          denominatorBefore
          denominatorAfter
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricObservationListQuery, MetricObservationListQueryVariables>;
export const OrganisationSettingsDocument = new TypedDocumentString(`
    query OrganisationSettings {
  organization {
    id
    name
    timeZone
    languages
    minGroupSize
    branding {
      logoDataUrl
      primaryColor
      privacyNotice {
        language
        text
      }
    }
    serviceSituations {
      code
      labels {
        language
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationSettingsQuery, OrganisationSettingsQueryVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
    name
    timeZone
    languages
    minGroupSize
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($filter: UserFilterInput, $after: String) {
  users(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        displayName
        disabledAt
        createdAt
        roleAssignments {
          id
          role
          unit {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const MyCasesBadgeDocument = new TypedDocumentString(`
    query MyCasesBadge {
  myCases {
    open
    overdue
  }
}
    `) as unknown as TypedDocumentString<MyCasesBadgeQuery, MyCasesBadgeQueryVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList($filter: CaseFilterInput, $first: Int) {
  cases(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        reference
        state
        origin
        priority
        channel
        description
        receivedAt
        dueAt
        overdue
        ownerName
        unitName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CaseCategoriesDocument = new TypedDocumentString(`
    query CaseCategories {
  caseCategories {
    id
    code
    name
    parentId
    acknowledgeDays {
      LOW
      NORMAL
      HIGH
      URGENT
    }
    resolveDays {
      LOW
      NORMAL
      HIGH
      URGENT
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCategoriesQuery, CaseCategoriesQueryVariables>;
export const CreateCaseDocument = new TypedDocumentString(`
    mutation CreateCase($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<CreateCaseMutation, CreateCaseMutationVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    id
    reference
    origin
    state
    unitId
    unitName
    categoryId
    priority
    channel
    description
    language
    ownerId
    ownerName
    responseId
    receivedAt
    acknowledgeDueAt
    resolveDueAt
    dueAt
    currentStep
    overdue
    hasContact
    staff {
      name
      post
    }
    rejectionReason
    resolution
    responsibility
    cause
    compensation
    agreement
    reopenCount
    resolvedOnTime
    allowedMoves
    canHandle
    timeline {
      id
      at
      kind
      state
      note
      actorName
      unitId
    }
    attachments {
      id
      fileName
      mediaType
      size
      createdAt
    }
    followUp {
      invitationStatus
      deliveredAt
      answeredAt
      score
      satisfied
      satisfiedFrom
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const ChangeCaseStateDocument = new TypedDocumentString(`
    mutation ChangeCaseState($input: ChangeCaseStateInput!) {
  changeCaseState(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ChangeCaseStateMutation, ChangeCaseStateMutationVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const SaveCaseCategoryDocument = new TypedDocumentString(`
    mutation SaveCaseCategory($input: SaveCaseCategoryInput!) {
  saveCaseCategory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveCaseCategoryMutation, SaveCaseCategoryMutationVariables>;
export const AlertRulesDocument = new TypedDocumentString(`
    query AlertRules {
  alertRules {
    id
    name
    questionnaireId
    condition
    question
    threshold
    values
    priority
    active
    modelId
    indicatorKey
    period
  }
}
    `) as unknown as TypedDocumentString<AlertRulesQuery, AlertRulesQueryVariables>;
export const SaveAlertRuleDocument = new TypedDocumentString(`
    mutation SaveAlertRule($input: SaveAlertRuleInput!) {
  saveAlertRule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveAlertRuleMutation, SaveAlertRuleMutationVariables>;
export const RuleQuestionnairesDocument = new TypedDocumentString(`
    query RuleQuestionnaires {
  questionnaires(first: 200) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RuleQuestionnairesQuery, RuleQuestionnairesQueryVariables>;
export const RuleModelsDocument = new TypedDocumentString(`
    query RuleModels {
  indicatorModels(first: 100) {
    edges {
      node {
        id
        name
        latestVersionNumber
        versions {
          number
          definition {
            nodes {
              key
              label
              depth
            }
            bands {
              key
              label
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RuleModelsQuery, RuleModelsQueryVariables>;
export const CaseAnalysisDocument = new TypedDocumentString(`
    query CaseAnalysis($input: CaseAnalysisInput!) {
  caseAnalysis(input: $input) {
    key
    label
    received
    accepted
    resolved
    resolvedOnTime
    reopened
    satisfied
    followUpsAnswered
    perThousandClients
  }
}
    `) as unknown as TypedDocumentString<CaseAnalysisQuery, CaseAnalysisQueryVariables>;
export const CaseAssigneesDocument = new TypedDocumentString(`
    query CaseAssignees($id: ID!, $unitId: ID) {
  case(id: $id) {
    id
    assignees(unitId: $unitId) {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CaseAssigneesQuery, CaseAssigneesQueryVariables>;
export const AlertResponseDocument = new TypedDocumentString(`
    query AlertResponse($id: ID!) {
  response(id: $id) {
    id
    submittedAt
    score
    bandKey
    channel
    answers
  }
}
    `) as unknown as TypedDocumentString<AlertResponseQuery, AlertResponseQueryVariables>;
export const CaseSettingsDocument = new TypedDocumentString(`
    query CaseSettings {
  caseSettings {
    remindOwnerAfterHours
    unitManagerAfterHours
    parentManagerAfterHours
    satisfiedFrom
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CaseSettingsQuery, CaseSettingsQueryVariables>;
export const SaveCaseSettingsDocument = new TypedDocumentString(`
    mutation SaveCaseSettings($input: SaveCaseSettingsInput!) {
  saveCaseSettings(input: $input) {
    remindOwnerAfterHours
    unitManagerAfterHours
    parentManagerAfterHours
    satisfiedFrom
  }
}
    `) as unknown as TypedDocumentString<SaveCaseSettingsMutation, SaveCaseSettingsMutationVariables>;
export const CaseFormLinkDocument = new TypedDocumentString(`
    mutation CaseFormLink($unitId: ID!) {
  createCaseIntakeLink(unitId: $unitId) {
    id
    token
    url
    qrCodeSvgUrl
    qrCodePngUrl
  }
}
    `) as unknown as TypedDocumentString<CaseFormLinkMutation, CaseFormLinkMutationVariables>;
export const CaseExistsDocument = new TypedDocumentString(`
    query CaseExists($id: ID!) {
  case(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseExistsQuery, CaseExistsQueryVariables>;
export const FollowUpUnitsDocument = new TypedDocumentString(`
    query FollowUpUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpUnitsQuery, FollowUpUnitsQueryVariables>;
export const DistributionPermissionsDocument = new TypedDocumentString(`
    query DistributionPermissions {
  me {
    permissions
  }
}
    `) as unknown as TypedDocumentString<DistributionPermissionsQuery, DistributionPermissionsQueryVariables>;
export const DistributionsDocument = new TypedDocumentString(`
    query Distributions($filter: DistributionFilterInput) {
  distributions(first: 200, filter: $filter) {
    totalCount
    edges {
      node {
        id
        name
        channel
        status
        createdAt
        questionnaireId
        versionId
        units {
          id
          name
        }
        stats {
          invited
          completed
          responses
          responseRate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DistributionsQuery, DistributionsQueryVariables>;
export const DistributionFormOptionsDocument = new TypedDocumentString(`
    query DistributionFormOptions {
  questionnaires(first: 200) {
    edges {
      node {
        id
        title
        status
        versions {
          id
          number
        }
      }
    }
  }
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        code
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DistributionFormOptionsQuery, DistributionFormOptionsQueryVariables>;
export const CreateDistributionDocument = new TypedDocumentString(`
    mutation CreateDistribution($input: CreateDistributionInput!) {
  createDistribution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateDistributionMutation, CreateDistributionMutationVariables>;
export const DistributionDocument = new TypedDocumentString(`
    query Distribution($id: ID!) {
  distribution(id: $id) {
    id
    name
    channel
    status
    anonymity
    quota
    opensAt
    closesAt
    languages
    respondentCategory
    askServiceSituation
    completedCount
    questionnaireId
    versionId
    invitationValidDays
    reminderDelaysHours
    units {
      id
      name
    }
    links {
      id
      url
      token
      qrCodeSvgUrl
      qrCodePngUrl
      embedHtml
      embedScript
      unit {
        id
        name
        code
      }
    }
    stats {
      invited
      queued
      sent
      delivered
      opened
      started
      completed
      bounced
      failed
      expired
      optedOut
      responseRate
      responses
    }
  }
}
    `) as unknown as TypedDocumentString<DistributionQuery, DistributionQueryVariables>;
export const DistributionStatsDocument = new TypedDocumentString(`
    query DistributionStats($id: ID!) {
  distribution(id: $id) {
    id
    status
    completedCount
    stats {
      invited
      queued
      sent
      delivered
      opened
      started
      completed
      bounced
      failed
      expired
      optedOut
      responseRate
      responses
    }
  }
}
    `) as unknown as TypedDocumentString<DistributionStatsQuery, DistributionStatsQueryVariables>;
export const UpdateDistributionDocument = new TypedDocumentString(`
    mutation UpdateDistribution($id: ID!, $input: UpdateDistributionInput!) {
  updateDistribution(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateDistributionMutation, UpdateDistributionMutationVariables>;
export const PauseDistributionDocument = new TypedDocumentString(`
    mutation PauseDistribution($id: ID!) {
  pauseDistribution(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PauseDistributionMutation, PauseDistributionMutationVariables>;
export const ResumeDistributionDocument = new TypedDocumentString(`
    mutation ResumeDistribution($id: ID!) {
  resumeDistribution(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResumeDistributionMutation, ResumeDistributionMutationVariables>;
export const CloseDistributionDocument = new TypedDocumentString(`
    mutation CloseDistribution($id: ID!) {
  closeDistribution(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseDistributionMutation, CloseDistributionMutationVariables>;
export const InviteRespondentsDocument = new TypedDocumentString(`
    mutation InviteRespondents($input: InviteRespondentsInput!) {
  inviteRespondents(input: $input) {
    invited
    skippedOptedOut
  }
}
    `) as unknown as TypedDocumentString<InviteRespondentsMutation, InviteRespondentsMutationVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($filter: InvitationFilterInput!) {
  invitations(filter: $filter, first: 200) {
    totalCount
    edges {
      node {
        id
        status
        statusAt
        contact
        phoneNumber
        externalRef
        language
        category
        channel
        callToken
        messagesSent
        expiresAt
        deadlineAt
        unit {
          id
          name
        }
        history {
          status
          at
          detail
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const RecordCallOutcomeDocument = new TypedDocumentString(`
    mutation RecordCallOutcome($input: CallOutcomeInput!) {
  recordCallOutcome(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordCallOutcomeMutation, RecordCallOutcomeMutationVariables>;
export const EventRulesDocument = new TypedDocumentString(`
    query EventRules {
  eventRules {
    id
    eventType
    distributionId
    delayHours
    deadlineWorkingDays
    samplingRate
    fatigueDays
    active
  }
}
    `) as unknown as TypedDocumentString<EventRulesQuery, EventRulesQueryVariables>;
export const SaveEventRuleDocument = new TypedDocumentString(`
    mutation SaveEventRule($input: EventRuleInput!) {
  saveEventRule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveEventRuleMutation, SaveEventRuleMutationVariables>;
export const OrganizationCalendarDocument = new TypedDocumentString(`
    query OrganizationCalendar {
  organizationCalendar {
    workingDays
    holidays
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<OrganizationCalendarQuery, OrganizationCalendarQueryVariables>;
export const SetOrganizationCalendarDocument = new TypedDocumentString(`
    mutation SetOrganizationCalendar($input: CalendarInput!) {
  setOrganizationCalendar(input: $input) {
    workingDays
    holidays
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetOrganizationCalendarMutation, SetOrganizationCalendarMutationVariables>;
export const FollowUpRateDocument = new TypedDocumentString(`
    query FollowUpRate($input: FollowUpRateInput!) {
  followUpRate(input: $input) {
    eligible
    followedUp
    rate
  }
}
    `) as unknown as TypedDocumentString<FollowUpRateQuery, FollowUpRateQueryVariables>;
export const InterviewSurveyDocument = new TypedDocumentString(`
    query InterviewSurvey($token: String!) {
  surveyByToken(token: $token) {
    definition
    languages
    channel
    testMode
  }
}
    `) as unknown as TypedDocumentString<InterviewSurveyQuery, InterviewSurveyQueryVariables>;
export const InterviewSubmitDocument = new TypedDocumentString(`
    mutation InterviewSubmit($input: SubmitResponseInput!) {
  submitResponse(input: $input) {
    responseId
    duplicate
  }
}
    `) as unknown as TypedDocumentString<InterviewSubmitMutation, InterviewSubmitMutationVariables>;
export const DistributionExistsDocument = new TypedDocumentString(`
    query DistributionExists($id: ID!) {
  distribution(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DistributionExistsQuery, DistributionExistsQueryVariables>;
export const MyAssignmentsDocument = new TypedDocumentString(`
    query MyAssignments {
  myAssignments {
    id
    planName
    scheduledFor
    dueDate
    status
    visitId
    questionnaireVersionId
    scoringSheet
    unit {
      id
      code
      name
    }
    keyClient {
      id
      name
    }
    kind {
      id
      key
      label
    }
  }
}
    `) as unknown as TypedDocumentString<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const MyVisitsDocument = new TypedDocumentString(`
    query MyVisits {
  myVisits {
    id
    endedAt
    unit {
      id
      name
    }
    keyClient {
      id
      name
    }
    kind {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<MyVisitsQuery, MyVisitsQueryVariables>;
export const SubmitVisitDocument = new TypedDocumentString(`
    mutation SubmitVisit($input: SubmitVisitInput!) {
  submitVisit(input: $input) {
    id
    rootId
    clientId
  }
}
    `) as unknown as TypedDocumentString<SubmitVisitMutation, SubmitVisitMutationVariables>;
export const VisitPlansDocument = new TypedDocumentString(`
    query VisitPlans($unitId: ID!) {
  visitPlans(unitId: $unitId) {
    id
    name
    purpose
    dates
    endDate
    dueDays
    kind {
      id
      label
    }
  }
}
    `) as unknown as TypedDocumentString<VisitPlansQuery, VisitPlansQueryVariables>;
export const PlanProgressDocument = new TypedDocumentString(`
    query PlanProgress($planId: ID!) {
  planProgress(planId: $planId) {
    asOf
    rows {
      total
      done
      open
      overdue
      missed
      unit {
        id
        code
        name
      }
      inspector {
        id
        name
      }
    }
  }
  planAssignments(planId: $planId) {
    id
    scheduledFor
    dueDate
    status
    visitId
    unit {
      id
      code
      name
    }
    inspector {
      id
      name
    }
    keyClient {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PlanProgressQuery, PlanProgressQueryVariables>;
export const FieldworkInspectorsDocument = new TypedDocumentString(`
    query FieldworkInspectors {
  inspectors {
    id
    name
    category
    active
    unitIds
  }
}
    `) as unknown as TypedDocumentString<FieldworkInspectorsQuery, FieldworkInspectorsQueryVariables>;
export const ReassignAssignmentDocument = new TypedDocumentString(`
    mutation ReassignAssignment($assignmentId: ID!, $inspectorId: ID!) {
  reassignAssignment(assignmentId: $assignmentId, inspectorId: $inspectorId) {
    id
    inspector {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReassignAssignmentMutation, ReassignAssignmentMutationVariables>;
export const VisitRecordDocument = new TypedDocumentString(`
    query VisitRecord($id: ID!) {
  visit(id: $id) {
    id
    rootId
    revision
    clientId
    assignmentId
    startedAt
    endedAt
    submittedAt
    supersededAt
    correctionReason
    answers
    unit {
      id
      code
      name
    }
    inspector {
      id
      name
      category
    }
    kind {
      id
      label
    }
    keyClient {
      id
      name
    }
    staff {
      id
      name
      post
    }
    nonConformities {
      title
      severity
      note
      question
    }
    evidence {
      id
      fileName
      mimeType
      size
      url
    }
  }
  visitHistory(id: $id) {
    id
    revision
    submittedAt
    supersededAt
    correctionReason
  }
}
    `) as unknown as TypedDocumentString<VisitRecordQuery, VisitRecordQueryVariables>;
export const UnitVisitsDocument = new TypedDocumentString(`
    query UnitVisits($unitId: ID!) {
  unitVisits(unitId: $unitId) {
    id
    endedAt
    unit {
      id
      code
      name
    }
    inspector {
      id
      name
    }
    kind {
      id
      label
    }
    keyClient {
      id
      name
    }
    nonConformities {
      severity
    }
  }
}
    `) as unknown as TypedDocumentString<UnitVisitsQuery, UnitVisitsQueryVariables>;
export const KeyClientsDocument = new TypedDocumentString(`
    query KeyClients($unitId: ID!) {
  keyClients(unitId: $unitId) {
    id
    name
    kind
    owner
    tier
    purgedAt
    active
  }
}
    `) as unknown as TypedDocumentString<KeyClientsQuery, KeyClientsQueryVariables>;
export const KeyClientReportPageDocument = new TypedDocumentString(`
    query KeyClientReportPage($keyClientId: ID!, $from: String!, $to: String!, $questions: [String!]) {
  keyClientReport(
    keyClientId: $keyClientId
    from: $from
    to: $to
    questions: $questions
  ) {
    visitCount
    score
    nonConformities
    keyClient {
      id
      name
    }
    items {
      question
      mean
      n
    }
    notes {
      visitId
      endedAt
      question
      text
    }
  }
}
    `) as unknown as TypedDocumentString<KeyClientReportPageQuery, KeyClientReportPageQueryVariables>;
export const UnitStaffDocument = new TypedDocumentString(`
    query UnitStaff($unitId: ID!) {
  staffMembers(unitId: $unitId) {
    id
    name
    post
    active
  }
}
    `) as unknown as TypedDocumentString<UnitStaffQuery, UnitStaffQueryVariables>;
export const OpenCaseFromVisitDocument = new TypedDocumentString(`
    mutation OpenCaseFromVisit($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<OpenCaseFromVisitMutation, OpenCaseFromVisitMutationVariables>;
export const RegisterUnitsDocument = new TypedDocumentString(`
    query RegisterUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterUnitsQuery, RegisterUnitsQueryVariables>;
export const StaffRegisterDocument = new TypedDocumentString(`
    query StaffRegister($unitId: ID!) {
  staffMembers(unitId: $unitId) {
    id
    name
    code
    post
    active
  }
}
    `) as unknown as TypedDocumentString<StaffRegisterQuery, StaffRegisterQueryVariables>;
export const ServedStaffDocument = new TypedDocumentString(`
    query ServedStaff($unitId: ID!) {
  unitStaff(unitId: $unitId) {
    id
    name
    code
    post
  }
}
    `) as unknown as TypedDocumentString<ServedStaffQuery, ServedStaffQueryVariables>;
export const RegisterFormsDocument = new TypedDocumentString(`
    query RegisterForms($unitId: ID!) {
  inspectionKinds {
    id
    key
    label
    crossUnit
  }
  inspectors(under: $unitId) {
    id
    name
    category
    active
    unitIds
    homeUnitId
  }
  keyClients(unitId: $unitId) {
    id
    name
    active
  }
  questionnaires(first: 100) {
    edges {
      node {
        id
        title
        latestVersionNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterFormsQuery, RegisterFormsQueryVariables>;
export const AddStaffMemberDocument = new TypedDocumentString(`
    mutation AddStaffMember($input: AddStaffMemberInput!) {
  addStaffMember(input: $input) {
    id
    name
    code
    post
  }
}
    `) as unknown as TypedDocumentString<AddStaffMemberMutation, AddStaffMemberMutationVariables>;
export const CreateInspectionKindDocument = new TypedDocumentString(`
    mutation CreateInspectionKind($input: CreateInspectionKindInput!) {
  createInspectionKind(input: $input) {
    id
    key
    label
  }
}
    `) as unknown as TypedDocumentString<CreateInspectionKindMutation, CreateInspectionKindMutationVariables>;
export const RegisterInspectorDocument = new TypedDocumentString(`
    mutation RegisterInspector($input: RegisterInspectorInput!) {
  registerInspector(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RegisterInspectorMutation, RegisterInspectorMutationVariables>;
export const AddKeyClientDocument = new TypedDocumentString(`
    mutation AddKeyClient($input: AddKeyClientInput!) {
  addKeyClient(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AddKeyClientMutation, AddKeyClientMutationVariables>;
export const CreateVisitPlanDocument = new TypedDocumentString(`
    mutation CreateVisitPlan($input: CreateVisitPlanInput!) {
  createVisitPlan(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateVisitPlanMutation, CreateVisitPlanMutationVariables>;
export const PlanSheetDocument = new TypedDocumentString(`
    query PlanSheet($id: ID!) {
  questionnaire(id: $id) {
    id
    versions {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSheetQuery, PlanSheetQueryVariables>;
export const UpdateStaffMemberDocument = new TypedDocumentString(`
    mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {
  updateStaffMember(input: $input) {
    id
    name
    code
    post
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;
export const UpdateKeyClientDocument = new TypedDocumentString(`
    mutation UpdateKeyClient($input: UpdateKeyClientInput!) {
  updateKeyClient(input: $input) {
    id
    name
    owner
    tier
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateKeyClientMutation, UpdateKeyClientMutationVariables>;
export const UpdateInspectorDocument = new TypedDocumentString(`
    mutation UpdateInspector($input: UpdateInspectorInput!) {
  updateInspector(input: $input) {
    id
    name
    category
    unitIds
    homeUnitId
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateInspectorMutation, UpdateInspectorMutationVariables>;
export const VisitExistsDocument = new TypedDocumentString(`
    query VisitExists($id: ID!) {
  visit(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<VisitExistsQuery, VisitExistsQueryVariables>;
export const HomeAttentionDocument = new TypedDocumentString(`
    query HomeAttention($input: ScoresInput!) {
  cases(first: 5, filter: {overdue: true}) {
    totalCount
    edges {
      node {
        id
        reference
        unitName
      }
    }
  }
  actions(first: 5, filter: {overdue: true}) {
    totalCount
    edges {
      node {
        id
        title
        deadline
        unit {
          name
        }
      }
    }
  }
  ranking(input: $input, depth: 2) {
    unit {
      id
      name
    }
    rank
    score
  }
}
    `) as unknown as TypedDocumentString<HomeAttentionQuery, HomeAttentionQueryVariables>;
export const HomeOverviewDocument = new TypedDocumentString(`
    query HomeOverview {
  questionnaires(first: 1) {
    totalCount
    edges {
      node {
        id
        title
        latestVersionNumber
      }
    }
  }
  indicatorModels(first: 20) {
    edges {
      node {
        id
        name
        latestVersionNumber
      }
    }
  }
  distributions(first: 10, filter: {status: ACTIVE}) {
    totalCount
    edges {
      node {
        id
        name
        stats {
          responses
          responseRate
        }
      }
    }
  }
  responses(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeOverviewQuery, HomeOverviewQueryVariables>;
export const HomeScoresDocument = new TypedDocumentString(`
    query HomeScores($input: ScoresInput!) {
  scores(input: $input) {
    responseCount
    nodes {
      parentKey
      score
      band {
        label
      }
    }
  }
  scoreSeries(input: $input, granularity: MONTH) {
    label
    start
    nodes {
      key
      score
    }
  }
}
    `) as unknown as TypedDocumentString<HomeScoresQuery, HomeScoresQueryVariables>;
export const TemplatesDocument = new TypedDocumentString(`
    query Templates($filter: TemplateFilterInput) {
  templates(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        title
        description
        category
        languages
        tags
        offeredBy
        latestVersionNumber
        updatedAt
        releases {
          id
          versionNumber
          changelog
          releasedAt
          hasIndicatorModel
          mandatoryElements
          definition
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TemplatesQuery, TemplatesQueryVariables>;
export const TemplateCategoriesDocument = new TypedDocumentString(`
    query TemplateCategories {
  templates(first: 200) {
    edges {
      node {
        category
        languages
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TemplateCategoriesQuery, TemplateCategoriesQueryVariables>;
export const AdoptUnitsDocument = new TypedDocumentString(`
    query AdoptUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptUnitsQuery, AdoptUnitsQueryVariables>;
export const AdoptTemplateDocument = new TypedDocumentString(`
    mutation AdoptTemplate($templateId: ID!, $unitId: ID!, $title: String) {
  adoptTemplate(templateId: $templateId, unitId: $unitId, title: $title) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdoptTemplateMutation, AdoptTemplateMutationVariables>;
export const ParentUpdatesDocument = new TypedDocumentString(`
    query ParentUpdates {
  questionnaires(first: 100) {
    edges {
      node {
        id
        title
        templateUpdateAvailable
        unit {
          name
        }
        template {
          title
        }
        parentQuestionnaire {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParentUpdatesQuery, ParentUpdatesQueryVariables>;
export const ParentUpdateDocument = new TypedDocumentString(`
    query ParentUpdate($id: ID!) {
  questionnaire(id: $id) {
    id
    draftRevision
    parentUpdate {
      kind
      fromVersionNumber
      toVersionNumber
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
}
    `) as unknown as TypedDocumentString<ParentUpdateQuery, ParentUpdateQueryVariables>;
export const MergeTemplateUpdateDocument = new TypedDocumentString(`
    mutation MergeTemplateUpdate($questionnaireId: ID!, $expectedRevision: Int!) {
  mergeTemplateUpdate(
    questionnaireId: $questionnaireId
    expectedRevision: $expectedRevision
  ) {
    applied
    conflicts {
      name
      reason
    }
    questionnaire {
      draftRevision
      draft
      templateUpdateAvailable
    }
  }
}
    `) as unknown as TypedDocumentString<MergeTemplateUpdateMutation, MergeTemplateUpdateMutationVariables>;
export const IndicatorModelListDocument = new TypedDocumentString(`
    query IndicatorModelList {
  indicatorModels(first: 100) {
    edges {
      node {
        id
        name
        latestVersionNumber
        draftUpdatedAt
        unit {
          name
        }
        parentModel {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorModelListQuery, IndicatorModelListQueryVariables>;
export const CreateIndicatorModelDocument = new TypedDocumentString(`
    mutation CreateIndicatorModel($input: CreateIndicatorModelInput!) {
  createIndicatorModel(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateIndicatorModelMutation, CreateIndicatorModelMutationVariables>;
export const IndicatorModelEditorDocument = new TypedDocumentString(`
    query IndicatorModelEditor($id: ID!) {
  indicatorModel(id: $id) {
    id
    name
    draftRevision
    draft {
      json
    }
    draftProblems {
      nodeKey
      message
    }
    parentModel {
      name
    }
    versions {
      id
      number
      changelog
      publishedAt
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorModelEditorQuery, IndicatorModelEditorQueryVariables>;
export const SaveIndicatorModelDraftDocument = new TypedDocumentString(`
    mutation SaveIndicatorModelDraft($input: SaveIndicatorModelDraftInput!) {
  saveIndicatorModelDraft(input: $input) {
    model {
      draftRevision
    }
    problems {
      nodeKey
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SaveIndicatorModelDraftMutation, SaveIndicatorModelDraftMutationVariables>;
export const PublishIndicatorModelDocument = new TypedDocumentString(`
    mutation PublishIndicatorModel($input: PublishIndicatorModelInput!) {
  publishIndicatorModel(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<PublishIndicatorModelMutation, PublishIndicatorModelMutationVariables>;
export const EffectiveWeightsDocument = new TypedDocumentString(`
    query EffectiveWeights($modelId: ID!) {
  effectiveWeights(modelId: $modelId) {
    key
    share
    effectiveWeight
  }
}
    `) as unknown as TypedDocumentString<EffectiveWeightsQuery, EffectiveWeightsQueryVariables>;
export const ScoreSampleDocument = new TypedDocumentString(`
    query ScoreSample($input: ScoreResponseInput!) {
  scoreResponse(input: $input) {
    score
    band {
      label
    }
    nodes {
      key
      score
      band {
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScoreSampleQuery, ScoreSampleQueryVariables>;
export const IndicatorModelVersionDiffDocument = new TypedDocumentString(`
    query IndicatorModelVersionDiff($from: ID!, $to: ID!) {
  indicatorModelVersionDiff(fromId: $from, toId: $to) {
    added {
      key
      kind
      label
    }
    removed {
      key
      kind
      label
    }
    changed {
      key
      changes {
        property
        before
        after
      }
    }
    model {
      property
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorModelVersionDiffQuery, IndicatorModelVersionDiffQueryVariables>;
export const PublishedQuestionnairesDocument = new TypedDocumentString(`
    query PublishedQuestionnaires {
  questionnaires(first: 100) {
    edges {
      node {
        id
        title
        latestVersionNumber
        versions {
          id
          number
          definition
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedQuestionnairesQuery, PublishedQuestionnairesQueryVariables>;
export const ModelMetricsDocument = new TypedDocumentString(`
    query ModelMetrics {
  metrics {
    key
    label
    measurementUnit
  }
}
    `) as unknown as TypedDocumentString<ModelMetricsQuery, ModelMetricsQueryVariables>;
export const VariantUnitsDocument = new TypedDocumentString(`
    query VariantUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VariantUnitsQuery, VariantUnitsQueryVariables>;
export const DeriveIndicatorModelDocument = new TypedDocumentString(`
    mutation DeriveIndicatorModel($versionId: ID!, $unitId: ID!) {
  deriveIndicatorModel(versionId: $versionId, unitId: $unitId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeriveIndicatorModelMutation, DeriveIndicatorModelMutationVariables>;
export const ModelExistsDocument = new TypedDocumentString(`
    query ModelExists($id: ID!) {
  indicatorModel(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ModelExistsQuery, ModelExistsQueryVariables>;
export const OfferableModelsDocument = new TypedDocumentString(`
    query OfferableModels {
  indicatorModels(first: 200) {
    edges {
      node {
        id
        name
        versions {
          id
          number
          definition {
            nodes {
              items {
                questionnaireId
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfferableModelsQuery, OfferableModelsQueryVariables>;
export const OfferTemplateDocument = new TypedDocumentString(`
    mutation OfferTemplate($input: OfferTemplateInput!) {
  offerTemplate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OfferTemplateMutation, OfferTemplateMutationVariables>;
export const ClientSettingsDocument = new TypedDocumentString(`
    query ClientSettings {
  clientSettings {
    surveyJsLicenseKey
  }
}
    `) as unknown as TypedDocumentString<ClientSettingsQuery, ClientSettingsQueryVariables>;
export const QuestionnaireDraftDocument = new TypedDocumentString(`
    query QuestionnaireDraft($id: ID!) {
  questionnaire(id: $id) {
    title
    draft
    draftRevision
    draftProblems {
      element
      path
      message
    }
    lockedElements
    mandatoryElements
    templateUpdateAvailable
    origin
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireDraftQuery, QuestionnaireDraftQueryVariables>;
export const SaveQuestionnaireDraftDocument = new TypedDocumentString(`
    mutation SaveQuestionnaireDraft($input: SaveQuestionnaireDraftInput!) {
  saveQuestionnaireDraft(input: $input) {
    questionnaire {
      draftRevision
    }
    problems {
      element
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SaveQuestionnaireDraftMutation, SaveQuestionnaireDraftMutationVariables>;
export const PublishQuestionnaireDocument = new TypedDocumentString(`
    mutation PublishQuestionnaire($input: PublishQuestionnaireInput!) {
  publishQuestionnaire(input: $input) {
    number
  }
}
    `) as unknown as TypedDocumentString<PublishQuestionnaireMutation, PublishQuestionnaireMutationVariables>;
export const QuestionnaireListDocument = new TypedDocumentString(`
    query QuestionnaireList($filter: QuestionnaireFilterInput) {
  questionnaires(first: 100, filter: $filter) {
    edges {
      node {
        id
        title
        status
        latestVersionNumber
        unit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireListQuery, QuestionnaireListQueryVariables>;
export const CreateQuestionnaireDocument = new TypedDocumentString(`
    mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) {
  createQuestionnaire(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateQuestionnaireMutation, CreateQuestionnaireMutationVariables>;
export const QuestionnaireVersionsDocument = new TypedDocumentString(`
    query QuestionnaireVersions($id: ID!) {
  questionnaire(id: $id) {
    versions {
      id
      number
      changelog
      publishedAt
      validationPath
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireVersionsQuery, QuestionnaireVersionsQueryVariables>;
export const QuestionnaireVersionDiffDocument = new TypedDocumentString(`
    query QuestionnaireVersionDiff($from: ID!, $to: ID!) {
  questionnaireVersionDiff(fromId: $from, toId: $to) {
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
    unchangedCount
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireVersionDiffQuery, QuestionnaireVersionDiffQueryVariables>;
export const DeriveUnitsDocument = new TypedDocumentString(`
    query DeriveUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeriveUnitsQuery, DeriveUnitsQueryVariables>;
export const DeriveQuestionnaireDocument = new TypedDocumentString(`
    mutation DeriveQuestionnaire($versionId: ID!, $unitId: ID!) {
  deriveQuestionnaire(versionId: $versionId, unitId: $unitId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeriveQuestionnaireMutation, DeriveQuestionnaireMutationVariables>;
export const QuestionnaireVersionDefinitionDocument = new TypedDocumentString(`
    query QuestionnaireVersionDefinition($id: ID!) {
  questionnaireVersion(id: $id) {
    number
    definition
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireVersionDefinitionQuery, QuestionnaireVersionDefinitionQueryVariables>;
export const QuestionnaireExistsDocument = new TypedDocumentString(`
    query QuestionnaireExists($id: ID!) {
  questionnaire(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireExistsQuery, QuestionnaireExistsQueryVariables>;
export const ScheduledExportsDocument = new TypedDocumentString(`
    query ScheduledExports {
  scheduledExports {
    id
    name
    unitId
    contents
    format
    periodKind
    modelId
    questionnaireId
    language
    emails
    folder
    paused
    createdAt
    lastRun {
      periodStart
      ranAt
      files
      status
      attempt
      error
      errorCode
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduledExportsQuery, ScheduledExportsQueryVariables>;
export const ExportQuestionnairesDocument = new TypedDocumentString(`
    query ExportQuestionnaires {
  questionnaires(first: 200) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportQuestionnairesQuery, ExportQuestionnairesQueryVariables>;
export const CreateScheduledExportDocument = new TypedDocumentString(`
    mutation CreateScheduledExport($input: CreateScheduledExportInput!) {
  createScheduledExport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateScheduledExportMutation, CreateScheduledExportMutationVariables>;
export const UpdateScheduledExportDocument = new TypedDocumentString(`
    mutation UpdateScheduledExport($id: ID!, $input: CreateScheduledExportInput!) {
  updateScheduledExport(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateScheduledExportMutation, UpdateScheduledExportMutationVariables>;
export const PauseScheduledExportDocument = new TypedDocumentString(`
    mutation PauseScheduledExport($id: ID!, $paused: Boolean!) {
  pauseScheduledExport(id: $id, paused: $paused) {
    id
    paused
  }
}
    `) as unknown as TypedDocumentString<PauseScheduledExportMutation, PauseScheduledExportMutationVariables>;
export const DeleteScheduledExportDocument = new TypedDocumentString(`
    mutation DeleteScheduledExport($id: ID!) {
  deleteScheduledExport(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteScheduledExportMutation, DeleteScheduledExportMutationVariables>;
export const ReportArchiveDocument = new TypedDocumentString(`
    query ReportArchive($unitId: ID!, $subtree: Boolean!) {
  reports(unitId: $unitId, subtree: $subtree) {
    id
    unitId
    status
    number
    periodKind
    periodStart
    language
    issuedByName
    issuedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ReportArchiveQuery, ReportArchiveQueryVariables>;
export const ReportDetailDocument = new TypedDocumentString(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    unitId
    status
    number
    periodKind
    periodStart
    periodEnd
    language
    content
    commentary
    unitNotes {
      unitId
      unitName
      requirements
      advice
    }
    issuedByName
    issuedAt
    createdAt
    htmlPath
    pdfPath
  }
}
    `) as unknown as TypedDocumentString<ReportDetailQuery, ReportDetailQueryVariables>;
export const ReportModelsDocument = new TypedDocumentString(`
    query ReportModels {
  indicatorModels(first: 100) {
    edges {
      node {
        id
        name
        latestVersionNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportModelsQuery, ReportModelsQueryVariables>;
export const CreateReportDraftDocument = new TypedDocumentString(`
    mutation CreateReportDraft($input: CreateReportDraftInput!) {
  createReportDraft(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReportDraftMutation, CreateReportDraftMutationVariables>;
export const EditReportDraftDocument = new TypedDocumentString(`
    mutation EditReportDraft($input: EditReportDraftInput!) {
  editReportDraft(input: $input) {
    id
    commentary
    unitNotes {
      unitId
      unitName
      requirements
      advice
    }
  }
}
    `) as unknown as TypedDocumentString<EditReportDraftMutation, EditReportDraftMutationVariables>;
export const RefreshReportDraftDocument = new TypedDocumentString(`
    mutation RefreshReportDraft($id: ID!) {
  refreshReportDraft(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RefreshReportDraftMutation, RefreshReportDraftMutationVariables>;
export const IssueReportDocument = new TypedDocumentString(`
    mutation IssueReport($id: ID!) {
  issueReport(id: $id) {
    id
    status
    number
  }
}
    `) as unknown as TypedDocumentString<IssueReportMutation, IssueReportMutationVariables>;
export const ReportSubscriptionsDocument = new TypedDocumentString(`
    query ReportSubscriptions($unitId: ID!) {
  reportSubscriptions(unitId: $unitId) {
    id
    unitId
    modelId
    periodKind
    language
    emails
    userIds
    autoIssue
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ReportSubscriptionsQuery, ReportSubscriptionsQueryVariables>;
export const CreateReportSubscriptionDocument = new TypedDocumentString(`
    mutation CreateReportSubscription($input: CreateReportSubscriptionInput!) {
  createReportSubscription(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReportSubscriptionMutation, CreateReportSubscriptionMutationVariables>;
export const DeleteReportSubscriptionDocument = new TypedDocumentString(`
    mutation DeleteReportSubscription($id: ID!) {
  deleteReportSubscription(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteReportSubscriptionMutation, DeleteReportSubscriptionMutationVariables>;
export const ReportUsersDocument = new TypedDocumentString(`
    query ReportUsers {
  users(first: 200) {
    edges {
      node {
        id
        displayName
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportUsersQuery, ReportUsersQueryVariables>;
export const ReportExistsDocument = new TypedDocumentString(`
    query ReportExists($id: ID!) {
  report(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportExistsQuery, ReportExistsQueryVariables>;
export const BrowseResponsesDocument = new TypedDocumentString(`
    query BrowseResponses($filter: ResponseFilterInput!, $after: String) {
  responses(first: 25, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        completedAt
        channel
        category
        excludedAt
        excludedReason
        unit {
          name
        }
        questionnaireVersion {
          id
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrowseResponsesQuery, BrowseResponsesQueryVariables>;
export const ResponseDetailDocument = new TypedDocumentString(`
    query ResponseDetail($id: ID!) {
  response(id: $id) {
    id
    completedAt
    channel
    category
    language
    excludedAt
    excludedReason
    answers
    unit {
      name
    }
    questionnaireVersion {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseDetailQuery, ResponseDetailQueryVariables>;
export const ExcludeResponseDocument = new TypedDocumentString(`
    mutation ExcludeResponse($id: ID!, $reason: String!) {
  excludeResponse(id: $id, reason: $reason) {
    id
    excludedAt
    excludedReason
  }
}
    `) as unknown as TypedDocumentString<ExcludeResponseMutation, ExcludeResponseMutationVariables>;
export const IncludeResponseDocument = new TypedDocumentString(`
    mutation IncludeResponse($id: ID!, $reason: String!) {
  includeResponse(id: $id, reason: $reason) {
    id
    excludedAt
    excludedReason
  }
}
    `) as unknown as TypedDocumentString<IncludeResponseMutation, IncludeResponseMutationVariables>;
export const BreakdownViewDocument = new TypedDocumentString(`
    query BreakdownView($input: ScoresInput!, $by: BreakdownDimension!, $question: String) {
  breakdown(input: $input, by: $by, question: $question) {
    by
    values {
      value
      responseCount
      unit {
        id
        name
      }
      nodes {
        key
        parentKey
        label
        score
        restScore
        deltaRest
        n
        ci95
        significant
        withheldReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BreakdownViewQuery, BreakdownViewQueryVariables>;
export const EqualTreatmentViewDocument = new TypedDocumentString(`
    query EqualTreatmentView($input: ScoresInput!, $nodeKey: String) {
  equalTreatment(input: $input, nodeKey: $nodeKey) {
    nodeKey
    sides {
      by
      spread
      highest
      lowest
      groups {
        value
        score
        n
      }
      significantPairs {
        higher
        lower
        delta
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EqualTreatmentViewQuery, EqualTreatmentViewQueryVariables>;
export const PublishedModelsDocument = new TypedDocumentString(`
    query PublishedModels {
  indicatorModels(first: 100) {
    edges {
      node {
        id
        name
        latestVersionNumber
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublishedModelsQuery, PublishedModelsQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($input: ScoresInput!) {
  scores(input: $input) {
    responseCount
    nodes {
      key
      parentKey
      kind
      label
      score
      band {
        key
        label
      }
      n
      ci95
      partial
      lostPoints
      belowMinimum
      withheldReason
      target
      distanceToTarget
    }
    questions {
      nodeKey
      question
      row
      title
      score
      n
      ci95
      belowMinimum
      withheldReason
    }
    bandDistribution {
      band {
        key
        label
        min
        max
      }
      count
      share
    }
    modelVersion {
      id
      number
      definition {
        json
      }
    }
  }
  scoreSeries(input: $input, granularity: MONTH) {
    label
    responseCount
    nodes {
      key
      score
    }
    deltaPrevious {
      delta
      significant
    }
  }
  ranking(input: $input) {
    unit {
      id
      name
    }
    rank
    score
    n
    insufficient
    belowMinimum
    withheldReason
    band {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const DashboardChartsDocument = new TypedDocumentString(`
    query DashboardCharts($input: ScoresInput!) {
  scores(input: $input) {
    responseCount
    nodes {
      key
      parentKey
      kind
      label
      score
      band {
        key
        label
      }
      n
      ci95
      partial
      lostPoints
      belowMinimum
      withheldReason
      target
      distanceToTarget
    }
    questions {
      nodeKey
      question
      row
      title
      score
      n
      ci95
      belowMinimum
      withheldReason
    }
    bandDistribution {
      band {
        key
        label
        min
        max
      }
      count
      share
    }
    modelVersion {
      id
      number
      definition {
        json
      }
    }
  }
  scoreSeries(input: $input, granularity: MONTH) {
    label
    responseCount
    nodes {
      key
      score
    }
    deltaPrevious {
      delta
      significant
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChartsQuery, DashboardChartsQueryVariables>;
export const DashboardRankingDocument = new TypedDocumentString(`
    query DashboardRanking($input: ScoresInput!) {
  ranking(input: $input) {
    unit {
      id
      name
    }
    rank
    score
    n
    insufficient
    belowMinimum
    withheldReason
    band {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardRankingQuery, DashboardRankingQueryVariables>;
export const DashboardUnitsDocument = new TypedDocumentString(`
    query DashboardUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardUnitsQuery, DashboardUnitsQueryVariables>;
export const UnitPathDocument = new TypedDocumentString(`
    query UnitPath($id: ID!) {
  orgUnit(id: $id) {
    id
    name
    ancestors {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UnitPathQuery, UnitPathQueryVariables>;
export const FilterVersionsDocument = new TypedDocumentString(`
    query FilterVersions($id: ID!) {
  questionnaire(id: $id) {
    id
    title
    versions {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<FilterVersionsQuery, FilterVersionsQueryVariables>;
export const CommentsDocument = new TypedDocumentString(`
    query Comments($filter: ResponseFilterInput!) {
  responses(first: 50, filter: $filter) {
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        completedAt
        answers
        channel
        unit {
          name
        }
        questionnaireVersion {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommentsQuery, CommentsQueryVariables>;
export const CommentVersionDocument = new TypedDocumentString(`
    query CommentVersion($id: ID!) {
  questionnaireVersion(id: $id) {
    id
    definition
  }
}
    `) as unknown as TypedDocumentString<CommentVersionQuery, CommentVersionQueryVariables>;
export const QuestionSummariesDocument = new TypedDocumentString(`
    query QuestionSummaries($input: QuestionSummariesInput!) {
  questionSummaries(input: $input) {
    responseCount
    questions {
      name
      title
      kind
      n
      mean
      top2
      nps
      withheldReason
      distribution {
        label
        count
        share
      }
      texts {
        text
        completedAt
        unitName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionSummariesQuery, QuestionSummariesQueryVariables>;
export const StaffBreakdownViewDocument = new TypedDocumentString(`
    query StaffBreakdownView($input: ScoresInput!, $by: BreakdownDimension!) {
  breakdown(input: $input, by: $by) {
    values {
      value
      responseCount
      staff {
        id
        name
        post
      }
      nodes {
        key
        parentKey
        score
        restScore
        withheldReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffBreakdownViewQuery, StaffBreakdownViewQueryVariables>;
export const SurveyByTokenDocument = new TypedDocumentString(`
    query SurveyByToken($token: String!, $resumeKey: String) {
  surveyByToken(token: $token, resumeKey: $resumeKey) {
    definition
    versionNumber
    languages
    channel
    testMode
    answers
    branding {
      name
      logoDataUrl
      primaryColor
      privacyNotice {
        language
        text
      }
    }
    formTicket
    minFillSeconds
    serviceSituations {
      code
      labels {
        language
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyByTokenQuery, SurveyByTokenQueryVariables>;
export const SavePartialResponseDocument = new TypedDocumentString(`
    mutation SavePartialResponse($input: SavePartialResponseInput!) {
  savePartialResponse(input: $input) {
    resumeKey
  }
}
    `) as unknown as TypedDocumentString<SavePartialResponseMutation, SavePartialResponseMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  kind
  permissions
  user {
    displayName
    email
  }
  organization {
    name
    headOffice {
      id
      name
    }
  }
  grants {
    unit {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  kind
  permissions
  user {
    displayName
    email
  }
  organization {
    name
    headOffice {
      id
      name
    }
  }
  grants {
    unit {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SwitcherUnitsDocument = new TypedDocumentString(`
    query SwitcherUnits {
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        depth
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SwitcherUnitsQuery, SwitcherUnitsQueryVariables>;
export const PickerQuestionnairesDocument = new TypedDocumentString(`
    query PickerQuestionnaires {
  questionnaires(first: 200) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickerQuestionnairesQuery, PickerQuestionnairesQueryVariables>;
export const ApprovePickedCommentDocument = new TypedDocumentString(`
    mutation ApprovePickedComment($input: ApproveCommentInput!) {
  approveTransparencyComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApprovePickedCommentMutation, ApprovePickedCommentMutationVariables>;
export const WithdrawPickedCommentDocument = new TypedDocumentString(`
    mutation WithdrawPickedComment($id: ID!) {
  withdrawTransparencyComment(id: $id)
}
    `) as unknown as TypedDocumentString<WithdrawPickedCommentMutation, WithdrawPickedCommentMutationVariables>;
export const PublicCommitmentsDocument = new TypedDocumentString(`
    query PublicCommitments {
  serviceCommitments {
    id
    text
    unitId
    source
    target
    published
  }
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCommitmentsQuery, PublicCommitmentsQueryVariables>;
export const PublishCommitmentDocument = new TypedDocumentString(`
    mutation PublishCommitment($input: UpdateCommitmentInput!) {
  updateServiceCommitment(input: $input) {
    id
    published
  }
}
    `) as unknown as TypedDocumentString<PublishCommitmentMutation, PublishCommitmentMutationVariables>;
export const PublicationDocument = new TypedDocumentString(`
    query Publication {
  transparencySettings {
    enabled
    modelId
    unitIds
    actionIds
    period
  }
  publishedComments {
    id
    unitId
    responseId
    question
    text
  }
  orgUnits(first: 200) {
    edges {
      node {
        id
        name
        code
      }
    }
  }
  indicatorModels(first: 50) {
    edges {
      node {
        id
        name
      }
    }
  }
  actions(first: 100, filter: {status: [CLOSED]}) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicationQuery, PublicationQueryVariables>;
export const SavePublicationDocument = new TypedDocumentString(`
    mutation SavePublication($input: TransparencySettingsInput!) {
  updateTransparencySettings(input: $input) {
    enabled
    modelId
    unitIds
    actionIds
    period
  }
}
    `) as unknown as TypedDocumentString<SavePublicationMutation, SavePublicationMutationVariables>;
export const WithdrawPublicCommentDocument = new TypedDocumentString(`
    mutation WithdrawPublicComment($id: ID!) {
  withdrawTransparencyComment(id: $id)
}
    `) as unknown as TypedDocumentString<WithdrawPublicCommentMutation, WithdrawPublicCommentMutationVariables>;
export const UnitTreeDocument = new TypedDocumentString(`
    query UnitTree {
  orgUnits(first: 200) {
    edges {
      node {
        id
        code
        name
        kind
        depth
        weight
        parent {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitTreeQuery, UnitTreeQueryVariables>;
export const CreateUnitDocument = new TypedDocumentString(`
    mutation CreateUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = new TypedDocumentString(`
    mutation UpdateUnit($input: UpdateOrgUnitInput!) {
  updateOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const MoveUnitDocument = new TypedDocumentString(`
    mutation MoveUnit($input: MoveOrgUnitInput!) {
  moveOrgUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveUnitMutation, MoveUnitMutationVariables>;
export const WebhookListDocument = new TypedDocumentString(`
    query WebhookList {
  outboundWebhooks {
    id
    name
    url
    unitId
    events
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<WebhookListQuery, WebhookListQueryVariables>;
export const WebhookLogDocument = new TypedDocumentString(`
    query WebhookLog($id: ID!) {
  webhookDeliveries(webhookId: $id) {
    id
    event
    status
    createdAt
    attempts {
      at
      statusCode
      error
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookLogQuery, WebhookLogQueryVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateOutboundWebhookInput!) {
  createOutboundWebhook(input: $input) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const ReplayDeliveryDocument = new TypedDocumentString(`
    mutation ReplayDelivery($id: ID!) {
  replayWebhookDelivery(deliveryId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReplayDeliveryMutation, ReplayDeliveryMutationVariables>;