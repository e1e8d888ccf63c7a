import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { OrgUnit } from '../org/index.js';
import { Permission } from '../org/index.js';
import { User } from '../org/index.js';
import {
  comparableVersion,
  deriveQuestionnaire,
  diffVersions,
  mergeParentUpdate,
  parentUpdate,
  type ComparableVersion,
} from './lineage.service.js';
import { parentState } from './parent-state.js';
import {
  CreateQuestionnaireInput,
  PublishQuestionnaireInput,
  QuestionnaireFilterInput,
  SaveQuestionnaireDraftInput,
} from './questionnaire.inputs.js';
import {
  createQuestionnaire,
  getQuestionnaire,
  listQuestionnaires,
  publish,
  restoreDraftFromVersion,
  saveDraft,
  setArchived,
  setVersionRetired,
  statusOf,
  unitOf,
  versionsOf,
} from './questionnaire.service.js';
import {
  DefinitionProblemType,
  MergeTemplateUpdatePayload,
  ParentUpdate,
  QuestionnaireConnection,
  QuestionnaireDiff,
  SaveQuestionnaireDraftPayload,
  TranslationType,
  type LineageKind,
} from './questionnaire.types.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Questionnaire, QuestionnaireStatus } from './questionnaire.entity.js';
import { Template } from './template.entity.js';
import { publishProblems, questionCount } from './survey-validation.js';

/** A released template version shown as a version (it belongs to another organisation). */
function asVersion(v: ComparableVersion): QuestionnaireVersion {
  if (v.ownVersion) return v.ownVersion;
  const r = v.release!;
  return Object.assign(new QuestionnaireVersion(), {
    id: r.versionId,
    number: r.versionNumber,
    definition: r.definition,
    contentHash: r.contentHash,
    changelog: r.changelog,
    authorId: null,
    publishedAt: r.releasedAt,
    retiredAt: null,
    languages: r.template.getEntity().languages,
    mandatoryElements: r.mandatoryElements,
    baseVersionId: null,
    questionCount: questionCount(r.definition),
  });
}

@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  @Query(() => Questionnaire)
  @Allow(Permission.QUESTIONNAIRE_READ)
  questionnaire(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Questionnaire> {
    return getQuestionnaire(ctx, id);
  }

  @Query(() => QuestionnaireConnection, {
    description: 'Questionnaires of the units the caller may read, newest first.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  questionnaires(
    @Arg('filter', () => QuestionnaireFilterInput, { nullable: true }) filter: QuestionnaireFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Questionnaire>> {
    return listQuestionnaires(ctx, filter ?? {}, page);
  }

  @Query(() => QuestionnaireVersion, {
    description: 'A version of one of your questionnaires, or a version offered as a template.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  async questionnaireVersion(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionnaireVersion> {
    return asVersion(await comparableVersion(ctx, id));
  }

  @Query(() => QuestionnaireDiff, {
    description: 'What changed between two versions of one questionnaire, or of questionnaires related by lineage.',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  async questionnaireVersionDiff(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionnaireDiff> {
    const { from, to, diff } = await diffVersions(ctx, fromId, toId);
    return { from: asVersion(from), to: asVersion(to), ...diff };
  }

  @Mutation(() => Questionnaire)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  createQuestionnaire(
    @Arg('input') input: CreateQuestionnaireInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Questionnaire> {
    return createQuestionnaire(ctx, input);
  }

  @Mutation(() => SaveQuestionnaireDraftPayload)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  saveQuestionnaireDraft(
    @Arg('input') input: SaveQuestionnaireDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SaveQuestionnaireDraftPayload> {
    return saveDraft(ctx, input);
  }

  @Mutation(() => QuestionnaireVersion, { description: 'Freezes the draft into the next version.' })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  publishQuestionnaire(
    @Arg('input') input: PublishQuestionnaireInput,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionnaireVersion> {
    return publish(ctx, input);
  }

  @Mutation(() => QuestionnaireVersion, {
    description: 'Stops offering a version to respondents; its content and responses stay.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  retireQuestionnaireVersion(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionnaireVersion> {
    return setVersionRetired(ctx, id, true);
  }

  @Mutation(() => QuestionnaireVersion)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  restoreQuestionnaireVersion(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionnaireVersion> {
    return setVersionRetired(ctx, id, false);
  }

  @Mutation(() => Questionnaire, {
    description: 'Replaces the draft with the content of one of its questionnaire’s versions.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  restoreDraftFromVersion(
    @Arg('questionnaireId', () => ID) questionnaireId: string,
    @Arg('versionId', () => ID) versionId: string,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Questionnaire> {
    return restoreDraftFromVersion(ctx, questionnaireId, versionId, expectedRevision);
  }

  @Mutation(() => Questionnaire)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  archiveQuestionnaire(
    @Arg('id', () => ID) id: string,
    @Arg('archived', { defaultValue: true }) archived: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Questionnaire> {
    return setArchived(ctx, id, archived);
  }

  @Mutation(() => Questionnaire, {
    description:
      'A unit’s own questionnaire derived from a version of another (usually head office’s); its mandatory elements stay locked.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  deriveQuestionnaire(
    @Arg('versionId', () => ID) versionId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Questionnaire> {
    return deriveQuestionnaire(ctx, versionId, unitId, title);
  }

  @Mutation(() => MergeTemplateUpdatePayload, {
    description: 'Merges the parent’s (template’s or head office’s) newer version into the draft.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  mergeTemplateUpdate(
    @Arg('questionnaireId', () => ID) questionnaireId: string,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MergeTemplateUpdatePayload> {
    return mergeParentUpdate(ctx, questionnaireId, expectedRevision);
  }

  @FieldResolver(() => OrgUnit, { description: 'The owning unit.' })
  unit(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return unitOf(ctx, q);
  }

  @FieldResolver(() => QuestionnaireStatus)
  status(@Root() q: Questionnaire): QuestionnaireStatus {
    return statusOf(q);
  }

  @FieldResolver(() => [TranslationType])
  titleTranslations(@Root() q: Questionnaire): TranslationType[] {
    return q.titleTranslations;
  }

  @FieldResolver(() => GraphQLJSON, { description: 'The draft SurveyJS JSON.' })
  draft(@Root() q: Questionnaire): unknown {
    return q.draft;
  }

  @FieldResolver(() => [DefinitionProblemType], { description: 'What would stop the draft from being published.' })
  draftProblems(@Root() q: Questionnaire): DefinitionProblemType[] {
    return publishProblems(q.draft);
  }

  @FieldResolver(() => [String], {
    description: 'Elements this questionnaire marks mandatory for those derived from it.',
  })
  mandatoryElements(@Root() q: Questionnaire): string[] {
    return q.draftMandatory;
  }

  @FieldResolver(() => [String], {
    description: 'Elements locked by the parent: they cannot be removed or altered here.',
  })
  async lockedElements(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await parentState(ctx, q))?.base.mandatoryElements ?? [];
  }

  @FieldResolver(() => [QuestionnaireVersion], { description: 'Published versions, newest first.' })
  versions(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<QuestionnaireVersion[]> {
    return versionsOf(ctx, q);
  }

  @FieldResolver(() => Boolean, {
    description:
      'The template (or parent questionnaire) has published a version newer than the one the draft is based on.',
  })
  async templateUpdateAvailable(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await parentUpdate(ctx, q)) !== null;
  }

  @FieldResolver(() => ParentUpdate, {
    nullable: true,
    description: 'What the parent changed since the version the draft is based on.',
  })
  async parentUpdate(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<ParentUpdate | null> {
    const update = await parentUpdate(ctx, q);
    return update ? { ...update, kind: update.kind as LineageKind, ...update.diff } : null;
  }

  @FieldResolver(() => Template, { nullable: true, description: 'The template this questionnaire was adopted from.' })
  async template(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<Template | null> {
    return q.origin === 'TEMPLATE' && q.parentId ? ctx.loaders.byId(Template).load(q.parentId) : null;
  }

  @FieldResolver(() => Questionnaire, { nullable: true, description: 'The questionnaire this one was derived from.' })
  async parentQuestionnaire(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<Questionnaire | null> {
    return q.origin === 'DERIVED' && q.parentId ? ctx.loaders.byId(Questionnaire).load(q.parentId) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The parent version (or template version) the draft is based on.',
  })
  async baseVersionNumber(@Root() q: Questionnaire, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await parentState(ctx, q))?.base.versionNumber ?? null;
  }
}

@Resolver(() => QuestionnaireVersion)
export class QuestionnaireVersionResolver {
  @FieldResolver(() => GraphQLJSON, { description: 'The SurveyJS JSON exactly as published.' })
  definition(@Root() v: QuestionnaireVersion): unknown {
    return v.definition;
  }

  @FieldResolver(() => Questionnaire, {
    nullable: true,
    description: 'Null for a template version of another organisation.',
  })
  questionnaire(@Root() v: QuestionnaireVersion, @Ctx() ctx: RequestContext): Promise<Questionnaire | null> | null {
    return v.questionnaire ? ctx.loaders.byId(Questionnaire).load(v.questionnaire.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  author(@Root() v: QuestionnaireVersion, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return v.authorId && v.questionnaire ? ctx.loaders.byId(User).load(v.authorId) : null;
  }
}
