import { Field, ID, InputType } from 'type-graphql';
import { ContactKind } from './contact.entity.js';
import { InvitationStatus } from './invitation.entity.js';

@InputType()
export class InviteeInput {
  @Field({ description: 'E-mail address (EMAIL) or phone number in international format (SMS, PHONE).' })
  contact!: string;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Unit id or code; may be left out when the distribution has one unit.',
  })
  unitId?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) externalRef?: string | null;
}

@InputType()
export class InviteRespondentsInput {
  @Field(() => ID) distributionId!: string;
  @Field(() => [InviteeInput], { nullable: true }) respondents?: InviteeInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'CSV with a header line: contact (or email / phone), language, unit, category, externalRef.',
  })
  csv?: string | null;
}

@InputType()
export class InvitationFilterInput {
  @Field(() => ID) distributionId!: string;
  @Field(() => InvitationStatus, { nullable: true }) status?: InvitationStatus | null;
  @Field(() => String, { nullable: true }) externalRef?: string | null;
}

@InputType()
export class PurgeContactInput {
  @Field() contact!: string;
  @Field(() => ContactKind) kind!: ContactKind;
}
