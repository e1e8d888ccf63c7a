import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Viewer } from './org.types.js';
import { confirmedTotp, confirmTotpEnrolment, disableTotp, startTotpEnrolment } from './totp.service.js';

@ObjectType({ description: 'A second factor being enrolled: the secret, shown this once, for the authenticator app.' })
export class TotpEnrolment {
  @Field({ description: 'The otpauth:// URI an authenticator app reads (it holds the secret).' })
  uri!: string;

  @Field({ description: 'The secret in base32, for apps where it is typed instead of scanned.' })
  secret!: string;

  @Field({ description: 'The URI as a QR code: an SVG image as a data: URL.' })
  qrCode!: string;
}

@Resolver(() => Viewer)
export class TotpResolver {
  @Mutation(() => TotpEnrolment, {
    description:
      'Starts enrolling a TOTP second factor (administrators only; the password is asked again). ' +
      'Nothing changes at sign-in until confirmTotpEnrolment.',
  })
  @Allow()
  startTotpEnrolment(
    @Arg('password', { description: "The caller's current password." }) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TotpEnrolment> {
    return startTotpEnrolment(ctx, password);
  }

  @Mutation(() => [String], {
    description:
      'Confirms enrolment with a code of the app: from now on sign-in asks a code. Answers ten single-use ' +
      'recovery codes, shown this once.',
  })
  @Allow()
  confirmTotpEnrolment(
    @Arg('code', { description: 'The 6-digit code the app shows now.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string[]> {
    return confirmTotpEnrolment(ctx, code);
  }

  @Mutation(() => Boolean, { description: 'Turns the second factor off; needs the password and a code.' })
  @Allow()
  disableTotp(
    @Arg('password', { description: "The caller's current password." }) password: string,
    @Arg('code', { description: 'A code of the app, or an unused recovery code.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return disableTotp(ctx, password, code);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user has a confirmed TOTP second factor.' })
  async totpEnabled(@Root() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<boolean> {
    return viewer.userId ? Boolean(await confirmedTotp(ctx.em, viewer.userId)) : false;
  }
}
