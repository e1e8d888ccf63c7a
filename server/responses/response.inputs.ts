import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../http/public-input.js';
import { ImportFormat, ImportMode } from './response-import.entity.js';
import { Channel, ResponseStatus } from './response.entity.js';

@InputType()
export class OpenQuestionnaireVersionInput {
  @Field(() => ID) versionId!: string;
  @Field(() => ID, { description: 'The unit responses are filed under.' }) unitId!: string;
  @Field(() => Channel, {
    nullable: true,
    description: 'Default WEB_LINK. PHONE and PAPER links take responses from signed-in interviewers.',
  })
  channel?: Channel | null;
  @Field(() => Boolean, { nullable: true, description: 'Responses are marked as tests and never count.' }) testMode?:
    boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Service situation recorded on responses through this link that give none (e.g. appeal).',
  })
  serviceSituation?: string | null;
}

@InputType()
export class SubmitResponseInput {
  @Field({ description: 'The link (or invitation) token.' }) token!: string;
  @Field(() => GraphQLJSON, {
    description: `SurveyJS data: question name → value. At most 1 MB, nested at most ${LIMITS.jsonDepth} levels; text without NUL characters or lone surrogates.`,
  })
  answers!: unknown;
  @Field({
    description:
      'Chosen by the client (a UUID); a retry with the same id returns the first result and stores nothing new.',
  })
  clientRequestId!: string;
  @Field(() => String, {
    nullable: true,
    description: `A language tag (e.g. uk, fr-BE), at most ${LIMITS.language} characters.`,
  })
  language?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `e.g. insured, beneficiary, employer, lawyer, witness; at most ${LIMITS.label} characters.`,
  })
  respondentCategory?: string | null;
  @Field(() => String, {
    nullable: true,
    description: `e.g. registration, claim paid, hearing; at most ${LIMITS.label} characters.`,
  })
  serviceSituation?: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the respondent opened the survey; a start after now or over 366 days ago (a wrong clock) is kept as unknown.',
  })
  startedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The key of a saved partial response this completes.' })
  resumeKey?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The bot check of open links: `PublicSurvey.formTicket` as received when the survey was opened (not needed when signed in).',
  })
  formTicket?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A honeypot: forms keep it hidden and empty; a submission that fills it in is refused as automated.',
  })
  website?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The staff member who served the respondent: a staff code or id from the staff register of the link’s unit ' +
      '(a counter’s link carries it as `?staff=`; an interviewer picks it). Unknown or inactive: BAD_USER_INPUT.',
  })
  staff?: string | null;
}

@InputType()
export class SavePartialResponseInput {
  @Field() token!: string;
  @Field(() => GraphQLJSON) answers!: unknown;
  @Field(() => String, {
    nullable: true,
    description: 'Given back by the first save; send it to update the same partial response.',
  })
  resumeKey?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
}

@InputType()
export class ResponseFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only responses of this unit and its descendants.' }) under?:
    string | null;
  @Field(() => ID, { nullable: true }) questionnaireId?: string | null;
  @Field(() => ID, { nullable: true }) versionId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Submitted at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Submitted before.' }) to?: Date | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'Completed at or after (an import keeps the completion time it was given). With completedFrom or completedTo the list is ordered by completion time, newest first.',
  })
  completedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Completed before.' }) completedTo?: Date | null;
  @Field(() => Channel, { nullable: true }) channel?: Channel | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) situation?: string | null;
  @Field(() => String, { nullable: true, description: 'Band key of the response’s own score.' }) band?: string | null;
  @Field(() => ResponseStatus, { nullable: true, description: 'Default COMPLETE.' }) status?: ResponseStatus | null;
  @Field(() => Boolean, { nullable: true }) includeExcluded?: boolean | null;
  @Field(() => Boolean, { nullable: true }) includeTests?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Text anywhere in the answers (comments).' }) search?:
    string | null;
}

@InputType()
export class StartResponseImportInput {
  @Field(() => ID) versionId!: string;
  @Field(() => ID, {
    description:
      'The unit the responses are filed under; rows with a `unit` column (a unit code) go to that unit instead, ' +
      'which must also be inside your author rights.',
  })
  unitId!: string;
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => ImportMode) mode!: ImportMode;
  @Field(() => Channel, {
    nullable: true,
    description: 'Default PAPER; a row with a `channel` column value (e.g. PHONE) uses its own.',
  })
  channel?: Channel | null;
}

@InputType()
export class ImportResponsesInput extends StartResponseImportInput {
  @Field({
    description:
      'The file content (up to the 8 MB request limit; larger files go to the upload URL of startResponseImport).',
  })
  data!: string;
}
