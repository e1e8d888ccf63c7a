import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { linkUrl } from '../responses/index.js';
import { Contact } from './contact.entity.js';
import { contactKeys } from './contact-crypto.js';
import { canAccessPath } from '../org/index.js';
import { Channel } from '../responses/index.js';
import { AnonymityMode, Distribution, DistributionStatus } from './distribution.entity.js';
import { CreateDistributionInput, DistributionFilterInput, UpdateDistributionInput } from './distribution.inputs.js';
import { DeliveryStats, DistributionConnection, DistributionLink, InvitationConnection } from './distribution.types.js';
import {
  INVITATION_CHANNELS,
  createDistribution,
  getDistribution,
  linksOf,
  listDistributions,
  setDistributionStatus,
  updateDistribution,
  visibleUnitIds,
} from './distribution.service.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { InvitationEvent } from './invitation-event.entity.js';
import { InvitationFilterInput, InviteRespondentsInput, PurgeContactInput } from './invitation.inputs.js';
import { InviteRespondentsPayload } from './invitation.types.js';
import {
  completedSeen,
  deliveryStats,
  historyOf,
  inviteRespondents,
  listInvitations,
  maskedContact,
  purgeContact,
} from './invitation.service.js';

@Resolver(() => Distribution)
export class DistributionResolver {
  @Mutation(() => Distribution, {
    description: 'Puts a questionnaire on a channel for units, with a window, quota, languages and anonymity mode.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  createDistribution(@Arg('input') input: CreateDistributionInput, @Ctx() ctx: RequestContext): Promise<Distribution> {
    return createDistribution(ctx, input);
  }

  @Mutation(() => Distribution, {
    description: 'Changes a distribution; status PAUSED pauses, ACTIVE resumes, CLOSED closes for good.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  updateDistribution(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateDistributionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Distribution> {
    return updateDistribution(ctx, id, input);
  }

  @Mutation(() => Distribution)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  pauseDistribution(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Distribution> {
    return setDistributionStatus(ctx, id, DistributionStatus.PAUSED);
  }

  @Mutation(() => Distribution)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  resumeDistribution(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Distribution> {
    return setDistributionStatus(ctx, id, DistributionStatus.ACTIVE);
  }

  @Mutation(() => Distribution, { description: 'Closes for good: responses are refused and nothing more is sent.' })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  closeDistribution(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Distribution> {
    return setDistributionStatus(ctx, id, DistributionStatus.CLOSED);
  }

  @Query(() => Distribution)
  @Allow(Permission.QUESTIONNAIRE_READ)
  distribution(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Distribution> {
    return getDistribution(ctx, id);
  }

  @Query(() => DistributionConnection, {
    description: 'Distributions reaching units the caller may read, newest first.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  distributions(
    @Arg('filter', () => DistributionFilterInput, { nullable: true }) filter: DistributionFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Distribution>> {
    return listDistributions(ctx, filter ?? {}, page);
  }

  @Mutation(() => InviteRespondentsPayload, {
    description:
      'Invites respondents from a list or a CSV; every row is checked first and nothing is imported when one is wrong.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  inviteRespondents(
    @Arg('input') input: InviteRespondentsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InviteRespondentsPayload> {
    return inviteRespondents(ctx, input);
  }

  @Query(() => InvitationConnection, { description: 'Invitations of a distribution with their status, newest first.' })
  @Allow(Permission.QUESTIONNAIRE_READ)
  invitations(
    @Arg('filter') filter: InvitationFilterInput,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Invitation>> {
    return listInvitations(ctx, filter, page);
  }

  @Mutation(() => Int, {
    description:
      'Forgets a contact’s address (administrators); answers and results are untouched and an opt-out stays honoured. Returns 1.',
  })
  @Allow(Permission.USER_MANAGE)
  purgeContact(@Arg('input') input: PurgeContactInput, @Ctx() ctx: RequestContext): Promise<number> {
    return purgeContact(ctx, input);
  }

  @FieldResolver(() => ID)
  questionnaireId(@Root() d: Distribution): string {
    return d.questionnaireId;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The pinned version; null when responses go to the latest published version.',
  })
  versionId(@Root() d: Distribution): string | null {
    return d.pinnedVersionId;
  }

  @FieldResolver(() => [OrgUnit], {
    description: 'The units the responses are filed under: those the caller may read.',
  })
  async units(@Root() d: Distribution, @Ctx() ctx: RequestContext): Promise<OrgUnit[]> {
    const visible = await visibleUnitIds(ctx, d);
    return (await ctx.loaders.unit.loadMany(d.unitIds)).filter(
      (u): u is OrgUnit => u instanceof OrgUnit && visible.has(u.id),
    );
  }

  @FieldResolver(() => Int, {
    description: 'Completed responses so far (tests do not count); of the caller’s units when it covers others too.',
  })
  completedCount(@Root() d: Distribution, @Ctx() ctx: RequestContext): Promise<number> {
    return completedSeen(ctx, d);
  }

  @FieldResolver(() => [DistributionLink], {
    description: 'One public link per unit (none for EMAIL and SMS, whose links are personal).',
  })
  async links(@Root() d: Distribution, @Ctx() ctx: RequestContext): Promise<DistributionLink[]> {
    if (INVITATION_CHANNELS.includes(d.channel)) return [];
    const links = await linksOf(ctx, d);
    const out: DistributionLink[] = [];
    for (const link of links) {
      const url = linkUrl(ctx.config, ctx.req, link.token);
      const base = url.slice(0, url.indexOf('/r/'));
      const path = `/api/links/${encodeURIComponent(link.token)}`;
      out.push({
        id: link.id,
        unit: (await ctx.loaders.unit.load(link.unit.id))!,
        token: link.token,
        url,
        qrCodeSvgUrl: `${base}${path}/qr.svg`,
        qrCodePngUrl: `${base}${path}/qr.png`,
        embedHtml: `<iframe src="${url}?embed=1" title="${d.name.replace(/"/g, '&quot;')}" style="width:100%;min-height:640px;border:0" loading="lazy"></iframe>`,
        embedScript: `<script src="${base}/api/embed.js" data-barometer-survey="${url}" async></script>`,
      });
    }
    return out;
  }

  @FieldResolver(() => DeliveryStats)
  stats(@Root() d: Distribution, @Ctx() ctx: RequestContext): Promise<DeliveryStats> {
    return deliveryStats(ctx, d);
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The contact, masked (null once purged).' })
  async contact(@Root() inv: Invitation, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!inv.contactId) return null;
    return maskedContact(ctx.config, await ctx.loaders.byId(Contact).load(inv.contactId));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The response, for IDENTIFIED distributions only.' })
  async responseId(@Root() inv: Invitation, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!inv.responseId) return null;
    const d = await ctx.loaders.byId(Distribution).load(inv.distributionId);
    return d?.anonymity === AnonymityMode.IDENTIFIED ? inv.responseId : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For PHONE invitations, to interviewers of the unit: the token to enter the response with.',
  })
  async callToken(@Root() inv: Invitation, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (inv.channel !== Channel.PHONE || !ctx.principal) return null;
    const unit = await ctx.loaders.unit.load(inv.unitId);
    if (!unit || !canAccessPath(ctx.principal, Permission.RESPONSE_ENTER, unit.path)) return null;
    return contactKeys(ctx.config).decrypt(inv.tokenCipher);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For PHONE invitations still to be called, to interviewers of the unit: the whole number to dial (contact is masked).',
  })
  async phoneNumber(@Root() inv: Invitation, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (inv.channel !== Channel.PHONE || !inv.contactId || inv.status === InvitationStatus.COMPLETED || !ctx.principal)
      return null;
    const unit = await ctx.loaders.unit.load(inv.unitId);
    if (!unit || !canAccessPath(ctx.principal, Permission.RESPONSE_ENTER, unit.path)) return null;
    const contact = await ctx.loaders.byId(Contact).load(inv.contactId);
    return contact?.valueCipher ? contactKeys(ctx.config).decrypt(contact.valueCipher) : null;
  }

  @FieldResolver(() => ID)
  distributionId(@Root() inv: Invitation): string {
    return inv.distributionId;
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() inv: Invitation, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(inv.unitId))!;
  }

  @FieldResolver(() => [InvitationEvent], { description: 'Every status change, oldest first.' })
  history(@Root() inv: Invitation, @Ctx() ctx: RequestContext): Promise<InvitationEvent[]> {
    return historyOf(ctx, inv.id);
  }
}
