import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { User } from '../org/index.js';
import { TranslationType } from '../questionnaires/index.js';
import { effectiveWeights } from './engine/score.js';
import type { ModelDefinition } from './engine/types.js';
import { IndicatorModel } from './indicator-model.entity.js';
import { IndicatorModelVersion } from './indicator-model-version.entity.js';
import {
  CreateIndicatorModelInput,
  PublishIndicatorModelInput,
  SaveIndicatorModelDraftInput,
} from './indicator-model.inputs.js';
import {
  createModel,
  deriveModel,
  listModels,
  loadModel,
  loadModelVersion,
  modelVersions,
  publishModel,
  publishProblems,
  saveModelDraft,
} from './indicator-model.service.js';
import {
  EffectiveWeightType,
  IndicatorModelConnection,
  IndicatorModelDefinitionType,
  IndicatorModelDiffType,
  ModelProblemType,
  SaveIndicatorModelDraftPayload,
} from './indicator-model.types.js';
import { definitionFromInput, diffModels, flattenNodes } from './model-definition.js';

export function definitionType(definition: ModelDefinition): IndicatorModelDefinitionType {
  return {
    nodes: flattenNodes(definition),
    bands: definition.bands,
    minResponses: definition.minResponses,
    respondentCategory: definition.respondentCategory ?? null,
    serviceSituation: definition.serviceSituation ?? null,
    json: definition,
  };
}

@Resolver(() => IndicatorModel)
export class IndicatorModelResolver {
  @Query(() => IndicatorModel)
  @Allow(Permission.QUESTIONNAIRE_READ)
  indicatorModel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<IndicatorModel> {
    return loadModel(ctx, id, Permission.QUESTIONNAIRE_READ);
  }

  @Query(() => IndicatorModelConnection, {
    description: 'Indicator models of the units the caller may read, newest first.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  indicatorModels(
    @Arg('under', () => ID, { nullable: true }) under: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<IndicatorModel>> {
    return listModels(ctx, { under }, page);
  }

  @Query(() => IndicatorModelVersion)
  @Allow(Permission.QUESTIONNAIRE_READ)
  indicatorModelVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<IndicatorModelVersion> {
    return loadModelVersion(ctx, id);
  }

  @Query(() => IndicatorModelDiffType, {
    description: 'What changed between two versions of a model (or a variant and its head-office model), by node key.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  async indicatorModelVersionDiff(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorModelDiffType> {
    const [from, to] = await Promise.all([loadModelVersion(ctx, fromId), loadModelVersion(ctx, toId)]);
    const related = (v: IndicatorModelVersion) => [v.model.id, v.model.getEntity().parentId];
    if (!related(from).some((id) => id && related(to).includes(id))) {
      throw badInput(
        'These versions belong to unrelated models; compare versions of one model, or a branch variant with its head-office model.',
      );
    }
    return { from, to, ...diffModels(from.definition, to.definition) };
  }

  @Query(() => [EffectiveWeightType], {
    description:
      'Each node’s share among its siblings and effective weight in the index, when every leaf has data. Give a version, or a model for its draft. Not paged: bounded by the model, at most 500 nodes.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  async effectiveWeights(
    @Arg('versionId', () => ID, { nullable: true }) versionId: string | null,
    @Arg('modelId', () => ID, { nullable: true }) modelId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EffectiveWeightType[]> {
    if (!versionId === !modelId) throw badInput('Give either versionId or modelId.');
    const definition = versionId
      ? (await loadModelVersion(ctx, versionId)).definition
      : (await loadModel(ctx, modelId!, Permission.QUESTIONNAIRE_READ)).draft;
    return effectiveWeights(definition);
  }

  @Mutation(() => IndicatorModel)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  createIndicatorModel(
    @Arg('input') input: CreateIndicatorModelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorModel> {
    return createModel(ctx, { ...input, definition: input.definition ? definitionFromInput(input.definition) : null });
  }

  @Mutation(() => SaveIndicatorModelDraftPayload)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  saveIndicatorModelDraft(
    @Arg('input') input: SaveIndicatorModelDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SaveIndicatorModelDraftPayload> {
    return saveModelDraft(ctx, { ...input, definition: definitionFromInput(input.definition) });
  }

  @Mutation(() => IndicatorModelVersion, {
    description: 'Validates every node and binding, then freezes the draft into the next version.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  publishIndicatorModel(
    @Arg('input') input: PublishIndicatorModelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorModelVersion> {
    return publishModel(ctx, input);
  }

  @Mutation(() => IndicatorModel, {
    description:
      'A branch variant of a head-office model version: local nodes and weights within head office’s bounds.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  deriveIndicatorModel(
    @Arg('versionId', () => ID) versionId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorModel> {
    return deriveModel(ctx, versionId, unitId, name);
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() model: IndicatorModel, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(model.unit.id))!;
  }

  @FieldResolver(() => [TranslationType])
  nameTranslations(@Root() model: IndicatorModel): TranslationType[] {
    return model.nameTranslations;
  }

  @FieldResolver(() => IndicatorModelDefinitionType)
  draft(@Root() model: IndicatorModel): IndicatorModelDefinitionType {
    return definitionType(model.draft);
  }

  @FieldResolver(() => [ModelProblemType], { description: 'What would stop the draft from being published.' })
  draftProblems(@Root() model: IndicatorModel, @Ctx() ctx: RequestContext): Promise<ModelProblemType[]> {
    return publishProblems(ctx, model, model.draft);
  }

  @FieldResolver(() => [IndicatorModelVersion], { description: 'Published versions, newest first.' })
  versions(@Root() model: IndicatorModel, @Ctx() ctx: RequestContext): Promise<IndicatorModelVersion[]> {
    return modelVersions(ctx, model);
  }

  @FieldResolver(() => IndicatorModel, { nullable: true, description: 'Head office’s model, for a branch variant.' })
  parentModel(@Root() model: IndicatorModel, @Ctx() ctx: RequestContext): Promise<IndicatorModel | null> | null {
    return model.parentId ? ctx.loaders.byId(IndicatorModel).load(model.parentId) : null;
  }
}

@Resolver(() => IndicatorModelVersion)
export class IndicatorModelVersionResolver {
  @FieldResolver(() => IndicatorModelDefinitionType)
  definition(@Root() version: IndicatorModelVersion): IndicatorModelDefinitionType {
    return definitionType(version.definition);
  }

  @FieldResolver(() => IndicatorModel)
  model(@Root() version: IndicatorModelVersion, @Ctx() ctx: RequestContext): Promise<IndicatorModel> {
    return ctx.loaders.byId(IndicatorModel).load(version.model.id) as Promise<IndicatorModel>;
  }

  @FieldResolver(() => User, { nullable: true })
  author(@Root() version: IndicatorModelVersion, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return version.authorId ? ctx.loaders.byId(User).load(version.authorId) : null;
  }
}
