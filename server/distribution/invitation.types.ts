import { Field, Int, ObjectType } from 'type-graphql';
import { Invitation } from './invitation.entity.js';

@ObjectType()
export class InviteRespondentsPayload {
  @Field(() => Int) invited!: number;
  @Field(() => Int, { description: 'Contacts who opted out earlier: not invited.' }) skippedOptedOut!: number;
  @Field(() => [Invitation]) invitations!: Invitation[];
}
