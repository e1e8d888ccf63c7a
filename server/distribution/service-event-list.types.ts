import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Connection } from '../graphql/connection.js';
import { InvitationStatus } from './invitation.entity.js';
import { ServiceEventOutcome } from './service-event.entity.js';

export enum FollowUpState {
  FOLLOWED_UP = 'FOLLOWED_UP',
  PENDING = 'PENDING',
  MISSED = 'MISSED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}
registerEnumType(FollowUpState, {
  name: 'FollowUpState',
  description: 'Where a service event stands against the 100% follow-up rule.',
  valuesConfig: {
    FOLLOWED_UP: { description: 'The invitation was delivered (PHONE: the call completed) before the deadline.' },
    PENDING: { description: 'Eligible, not delivered yet, and the deadline has not passed.' },
    MISSED: { description: 'Eligible, and not delivered by the deadline: to be chased.' },
    NOT_ELIGIBLE: { description: 'Sampled out, stopped by the fatigue rule or an opt-out, or no rule applied.' },
  },
});

export enum MissedReason {
  NO_CONTACT = 'NO_CONTACT',
  BOUNCED = 'BOUNCED',
  UNREACHABLE = 'UNREACHABLE',
  NOT_YET_SENT = 'NOT_YET_SENT',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
}
registerEnumType(MissedReason, {
  name: 'MissedReason',
  description: 'Why an eligible event is not followed up (yet).',
  valuesConfig: {
    NO_CONTACT: { description: 'The contact is gone (purged) or was never usable.' },
    BOUNCED: { description: "The recipient's server or carrier refused the message." },
    UNREACHABLE: { description: 'Sending failed after its retries, or the invitation expired unanswered.' },
    NOT_YET_SENT: { description: 'Queued: nothing has been sent yet.' },
    NOT_CONFIRMED: { description: 'Sent, but no delivery (or completed call) was confirmed.' },
  },
});

@ObjectType({ description: 'A service event with its follow-up state, for chasing the 100% rule.' })
export class ServiceEventRow {
  @Field(() => ID, { description: 'Id of the service event.' }) id!: string;
  @Field({ description: 'The sending system’s id.' }) externalId!: string;
  @Field({ description: 'Event type.' }) type!: string;
  @Field(() => ID, { description: 'The unit the event happened in.' }) unitId!: string;
  @Field({ description: 'When it happened (UTC).' }) occurredAt!: Date;
  @Field(() => ServiceEventOutcome, { description: 'What the event led to.' }) outcome!: ServiceEventOutcome;
  @Field(() => Date, { nullable: true, description: 'Follow-up deadline.' }) deadlineAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The invitation sent for it.' }) invitationId!: string | null;
  @Field(() => String, { nullable: true, description: 'Its channel.' }) channel!: string | null;
  @Field(() => InvitationStatus, { nullable: true, description: 'Where its invitation stands.' })
  invitationStatus!: InvitationStatus | null;
  @Field(() => Date, { nullable: true, description: 'When its invitation was delivered.' }) deliveredAt!: Date | null;
  @Field(() => FollowUpState, { description: 'Followed up, pending, missed or not eligible.' }) state!: FollowUpState;
  @Field(() => MissedReason, { nullable: true, description: 'Why it is not followed up, for PENDING and MISSED.' })
  reason!: MissedReason | null;
}

export const ServiceEventRowConnection = Connection(ServiceEventRow);

@InputType({ description: 'Which service events to list; every condition given must hold.' })
export class ServiceEventFilterInput {
  @Field(() => ID, { nullable: true, description: "Only this unit's subtree; left out, every unit the caller reads." })
  @IsOptional()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this event type.' })
  @IsOptional()
  @MaxLength(64)
  type?: string | null;

  @Field(() => FollowUpState, { nullable: true, description: 'Only events in this state.' })
  @IsOptional()
  state?: FollowUpState | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only eligible events past their deadline and not followed up.',
  })
  @IsOptional()
  overdue?: boolean | null;
}
