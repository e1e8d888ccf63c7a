import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Channel } from '../responses/index.js';
import { AnonymityMode, DistributionStatus } from './distribution.entity.js';

@InputType({
  description:
    'The message of one language; {{link}} is replaced by the personal link, {{optOutLink}} by the opt-out link.',
})
export class MessageTemplateInput {
  @Field() language!: string;
  @Field(() => String, { nullable: true, description: 'E-mail subject (ignored for SMS).' }) subject?: string | null;
  @Field() body!: string;
}

@InputType()
export class CreateDistributionInput {
  @Field() name!: string;
  @Field(() => ID) questionnaireId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Pin this version; leave out to always use the latest published version.',
  })
  versionId?: string | null;
  @Field(() => Channel) channel!: Channel;
  @Field(() => [ID], { description: 'Units responses are filed under; each gets its own link.' }) unitIds!: string[];
  @Field(() => Date, { nullable: true }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) closesAt?: Date | null;
  @Field(() => Int, { nullable: true }) quota?: number | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => String, { nullable: true }) respondentCategory?: string | null;
  @Field(() => String, { nullable: true }) serviceSituation?: string | null;
  @Field(() => Boolean, { nullable: true }) askServiceSituation?: boolean | null;
  @Field(() => AnonymityMode, { nullable: true, description: 'Default ANONYMOUS.' }) anonymity?: AnonymityMode | null;
  @Field(() => Int, { nullable: true, description: 'Days an invitation link stays valid (default 30).' })
  invitationValidDays?: number | null;
  @Field(() => [Float], { nullable: true, description: 'Up to 5 reminders: hours after the previous message.' })
  reminderDelaysHours?: number[] | null;
  @Field(() => [MessageTemplateInput], { nullable: true }) messageTemplates?: MessageTemplateInput[] | null;
}

@InputType()
export class UpdateDistributionInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Pin another version (null: follow the latest published).' })
  versionId?: string | null;
  @Field(() => [ID], { nullable: true }) unitIds?: string[] | null;
  @Field(() => Date, { nullable: true }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) closesAt?: Date | null;
  @Field(() => Int, { nullable: true }) quota?: number | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => String, { nullable: true }) respondentCategory?: string | null;
  @Field(() => String, { nullable: true }) serviceSituation?: string | null;
  @Field(() => Boolean, { nullable: true }) askServiceSituation?: boolean | null;
  @Field(() => AnonymityMode, { nullable: true }) anonymity?: AnonymityMode | null;
  @Field(() => Int, { nullable: true }) invitationValidDays?: number | null;
  @Field(() => [Float], { nullable: true }) reminderDelaysHours?: number[] | null;
  @Field(() => [MessageTemplateInput], { nullable: true }) messageTemplates?: MessageTemplateInput[] | null;
  @Field(() => DistributionStatus, { nullable: true, description: 'PAUSED, ACTIVE (resume) or CLOSED (final).' })
  status?: DistributionStatus | null;
}

@InputType()
export class DistributionFilterInput {
  @Field(() => ID, { nullable: true }) under?: string | null;
  @Field(() => ID, { nullable: true }) questionnaireId?: string | null;
  @Field(() => DistributionStatus, { nullable: true }) status?: DistributionStatus | null;
  @Field(() => Channel, { nullable: true }) channel?: Channel | null;
}
