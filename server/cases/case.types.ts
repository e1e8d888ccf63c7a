import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { InvitationStatus } from '../distribution/index.js';
import { Case } from './case.entity.js';
import { CaseState } from './case.enums.js';

@ObjectType({ description: 'The survey of the client’s satisfaction with the handling, after closing.' })
export class CaseFollowUp {
  @Field(() => InvitationStatus, { description: 'Where the follow-up invitation is.' })
  invitationStatus!: InvitationStatus;
  @Field(() => Date, { nullable: true, description: 'When it reached the client.' }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'It must be delivered by then (the event rule’s working days).' })
  deadlineAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the client answered.' }) answeredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The client’s response (not for anonymous follow-up surveys).' })
  responseId!: string | null;
  @Field(() => Float, { nullable: true, description: 'The response’s own score, 0–100 (its indicator model).' })
  score!: number | null;
  @Field(() => String, { nullable: true, description: 'The response’s band key.' }) band!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Satisfied with the handling: the score is satisfiedFrom or more; null until answered (or without a model).',
  })
  satisfied!: boolean | null;
  @Field(() => Float, {
    description: 'The organisation’s threshold (caseSettings.satisfiedFrom) the score was compared with.',
  })
  satisfiedFrom!: number;
}

@ObjectType({ description: 'How many cases are in one state.' })
export class CaseStateCount {
  @Field(() => CaseState, { description: 'The state.' }) state!: CaseState;
  @Field(() => Int, { description: 'Cases in it.' }) count!: number;
}

@ObjectType({ description: 'The caller’s open cases, for the dashboard badge (poll it).' })
export class MyCases {
  @Field(() => Int, { description: 'Open cases the caller may see (managed units, owned, entered).' }) open!: number;
  @Field(() => Int, { description: 'Of them, past their current step’s due time.' }) overdue!: number;
  @Field(() => [CaseStateCount], { description: 'Open cases by state.' }) byState!: CaseStateCount[];
}

export const CaseConnection = Connection(Case);

@ObjectType({ description: 'A person a case can be assigned to (holds a role at its unit or above).' })
export class CaseAssignee {
  @Field(() => ID, { description: 'The user’s id.' }) id!: string;
  @Field({ description: 'The user’s name.' }) displayName!: string;
}
