import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { BrandingType, ServiceSituationType } from '../org/index.js';
import { Channel, Response } from './response.entity.js';

@ObjectType()
export class SubmitResponsePayload {
  @Field(() => ID) responseId!: string;
  @Field(() => Float, { nullable: true, description: 'The response’s score (0–100) when an indicator model applies.' })
  score!: number | null;
  @Field(() => String, { nullable: true }) bandKey!: string | null;
  @Field(() => String, { nullable: true }) bandLabel!: string | null;
  @Field({ description: 'True when this was a retry of an earlier submission: nothing new was stored.' })
  duplicate!: boolean;
}

@ObjectType()
export class SavePartialResponsePayload {
  @Field({ description: 'Keep it to resume (surveyByToken) or complete (submitResponse).' }) resumeKey!: string;
  @Field(() => ID) responseId!: string;
}

@ObjectType({ description: 'What the respondent runner needs to show a survey.' })
export class PublicSurvey {
  @Field(() => GraphQLJSON) definition!: unknown;
  @Field(() => Int) versionNumber!: number;
  @Field(() => [String]) languages!: string[];
  @Field(() => Channel) channel!: Channel;
  @Field() testMode!: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Saved answers, when resuming.' }) answers!: unknown;
  @Field(() => BrandingType, { description: "The organisation's logo, primary colour and privacy notice." })
  branding!: BrandingType;
  @Field({ description: 'Send back as `formTicket` with the submission: it proves when the survey was opened.' })
  formTicket!: string;
  @Field(() => Int, {
    description: 'Seconds that must pass between opening and submitting (the bot check); 0 when off.',
  })
  minFillSeconds!: number;
  @Field(() => [ServiceSituationType], {
    description:
      'The service situations to ask the respondent to choose one of (sent back as `serviceSituation`): empty ' +
      'unless the distribution asks and neither the invitation, the distribution nor the link gives one.',
  })
  serviceSituations!: ServiceSituationType[];
}

export const ResponseConnection = Connection(Response);

@ObjectType('ImportProblem', { description: 'A problem in one row of an import.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'Line number in the file (the CSV header is line 1).' }) row!: number;
  @Field(() => String, { nullable: true }) question!: string | null;
  @Field() message!: string;
}
