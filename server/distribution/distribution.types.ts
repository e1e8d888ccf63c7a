import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { OrgUnit } from '../org/index.js';
import { Distribution } from './distribution.entity.js';
import { Invitation } from './invitation.entity.js';

@ObjectType({ description: 'The public link of a distribution at one unit.' })
export class DistributionLink {
  @Field(() => ID) id!: string;
  @Field(() => OrgUnit) unit!: OrgUnit;
  @Field({ description: 'Give this to respondents.' }) token!: string;
  @Field() url!: string;
  @Field({ description: 'QR code of the URL as SVG.' }) qrCodeSvgUrl!: string;
  @Field({ description: 'QR code of the URL as PNG (512 px).' }) qrCodePngUrl!: string;
  @Field({ description: 'HTML to paste into a web page: an iframe with the survey.' }) embedHtml!: string;
  @Field({ description: 'HTML to paste into a web page: a script that adds the survey where it stands.' })
  embedScript!: string;
}

@ObjectType({ description: 'How the invitations of a distribution fared.' })
export class DeliveryStats {
  @Field(() => Int) invited!: number;
  @Field(() => Int, { description: 'Accepted by the provider at least once.' }) sent!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) opened!: number;
  @Field(() => Int) started!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) bounced!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) expired!: number;
  @Field(() => Int) optedOut!: number;
  @Field(() => Int, { description: 'Still waiting to be sent.' }) queued!: number;
  @Field(() => Float, { nullable: true, description: 'completed ÷ invited (null before the first invitation).' })
  responseRate!: number | null;
  @Field(() => Int, { description: 'Completed responses through every link of the distribution.' }) responses!: number;
}

export const DistributionConnection = Connection(Distribution);
export const InvitationConnection = Connection(Invitation);
