import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import {
  commitmentAchievement,
  createCommitment,
  deleteCommitment,
  listCommitments,
  updateCommitment,
} from './commitment.service.js';
import { PublishedComment } from './published-comment.entity.js';
import { CommitmentAchievement, ServiceCommitment } from './service-commitment.entity.js';
import {
  approveComment,
  publishedComments,
  transparencySettings,
  updateTransparencySettings,
  withdrawComment,
} from './settings.service.js';
import { TransparencySettings } from './transparency-settings.entity.js';
import {
  AchievementInput,
  ApproveCommentInput,
  CommitmentInput,
  TransparencySettingsInput,
  UpdateCommitmentInput,
} from './transparency.types.js';

@Resolver()
export class TransparencyResolver {
  @Mutation(() => ServiceCommitment, { description: 'Registers a service commitment of a unit.' })
  @Allow(Permission.UNIT_MANAGE)
  createServiceCommitment(
    @Arg('input', { description: 'The commitment.' }) input: CommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCommitment> {
    return createCommitment(ctx, input);
  }

  @Mutation(() => ServiceCommitment, { description: 'Changes a service commitment (text, target, publication).' })
  @Allow(Permission.UNIT_MANAGE)
  updateServiceCommitment(
    @Arg('input', { description: 'What changes.' }) input: UpdateCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCommitment> {
    return updateCommitment(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a service commitment.' })
  @Allow(Permission.UNIT_MANAGE)
  deleteServiceCommitment(
    @Arg('id', () => ID, { description: 'The commitment.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return deleteCommitment(ctx, id);
  }

  @Query(() => [ServiceCommitment], { description: "Service commitments of the caller's units (bounded: 500)." })
  @Allow(Permission.RESULTS_READ)
  serviceCommitments(
    @Arg('under', () => ID, { nullable: true, description: 'Only this unit and its subtree.' }) under: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCommitment[]> {
    return listCommitments(ctx, under);
  }

  @Query(() => CommitmentAchievement, {
    description: 'A commitment measured period by period, with its achievement rate.',
  })
  @Allow(Permission.RESULTS_READ)
  commitmentAchievement(
    @Arg('input', { description: 'The commitment and the range.' }) input: AchievementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitmentAchievement> {
    return commitmentAchievement(ctx, input);
  }

  @Query(() => TransparencySettings, { description: 'What the public transparency page shows (administrators).' })
  @Allow(Permission.UNIT_MANAGE)
  transparencySettings(@Ctx() ctx: RequestContext): Promise<TransparencySettings> {
    return transparencySettings(ctx);
  }

  @Mutation(() => TransparencySettings, { description: 'Chooses what the public transparency page shows.' })
  @Allow(Permission.UNIT_MANAGE)
  updateTransparencySettings(
    @Arg('input', { description: 'What changes.' }) input: TransparencySettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TransparencySettings> {
    return updateTransparencySettings(ctx, input);
  }

  @Query(() => [PublishedComment], { description: 'Comments approved for the public page (bounded: 500).' })
  @Allow(Permission.UNIT_MANAGE)
  publishedComments(@Ctx() ctx: RequestContext): Promise<PublishedComment[]> {
    return publishedComments(ctx);
  }

  @Mutation(() => PublishedComment, { description: "Approves a respondent's comment for the public page." })
  @Allow(Permission.UNIT_MANAGE)
  approveTransparencyComment(
    @Arg('input', { description: 'The response and question.' }) input: ApproveCommentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishedComment> {
    return approveComment(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Takes an approved comment off the public page.' })
  @Allow(Permission.UNIT_MANAGE)
  withdrawTransparencyComment(
    @Arg('id', () => ID, { description: 'The approval.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return withdrawComment(ctx, id);
  }
}
