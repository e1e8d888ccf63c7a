import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType()
export class RecordServiceEventInput {
  @Field({ description: 'The sending system’s id of the event; the same id twice is one event.' }) externalId!: string;
  @Field({ description: 'e.g. complaint_closed, claim_paid, loss_survey_done, application_decided, visit.' })
  type!: string;
  @Field(() => ID) unitId!: string;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true, description: 'E-mail or phone number, as the rule’s channel needs.' })
  contact?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The service situation of this event (e.g. appeal); comes before the rule’s and the distribution’s.',
  })
  serviceSituation?: string | null;
}

@InputType()
export class EventRuleInput {
  @Field() eventType!: string;
  @Field(() => ID, { description: 'An EMAIL, SMS or PHONE distribution.' }) distributionId!: string;
  @Field(() => Float, { nullable: true, description: 'Default 0.' }) delayHours?: number | null;
  @Field(() => Int) deadlineWorkingDays!: number;
  @Field(() => Float, { nullable: true, description: 'Default 1.' }) samplingRate?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 0 (no limit).' }) fatigueDays?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Service situation of the invitations this event type triggers, when the event gives none.',
  })
  serviceSituation?: string | null;
}

@InputType()
export class CalendarInput {
  @Field(() => [Int], { nullable: true, description: 'ISO weekdays; default Monday to Friday.' }) workingDays?:
    number[] | null;
  @Field(() => [String], { description: 'Holidays as YYYY-MM-DD.' }) holidays!: string[];
}

@InputType()
export class FollowUpRateInput {
  @Field(() => ID) unitId!: string;
  @Field({ description: 'First day (YYYY-MM-DD, organisation time zone).' }) periodStart!: string;
  @Field({ description: 'The day after the last day.' }) periodEnd!: string;
  @Field(() => String, { nullable: true }) eventType?: string | null;
}

@InputType()
export class RecordFollowUpRateInput extends FollowUpRateInput {
  @Field({
    description: 'A METRIC: with a denominator it gets followed-up ÷ eligible events, without one the percentage.',
  })
  metricKey!: string;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field() name!: string;
  @Field(() => ID, { description: 'The unit (subtree) its events may concern.' }) unitId!: string;
}

@InputType()
export class CallOutcomeInput {
  @Field(() => ID) invitationId!: string;
  @Field({ description: 'The call reached the person and was completed.' }) completed!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}
