import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Scope, Public } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { OrgUnit } from '../org/index.js';
import { ApiScope, Permission } from '../org/index.js';
import { User } from '../org/index.js';
import { brandingOf, serviceSituationsOf } from '../org/index.js';
import { QuestionnaireVersion, surveyTitle } from '../questionnaires/index.js';
import { changesOf, correctResponse, getResponse, setExcluded } from './curation.service.js';
import { listResponses } from './response-query.service.js';
import {
  OpenQuestionnaireVersionInput,
  ResponseFilterInput,
  SavePartialResponseInput,
  SubmitResponseInput,
} from './response.inputs.js';
import {
  PublicSurvey,
  ResponseConnection,
  SavePartialResponsePayload,
  SubmitResponsePayload,
} from './response.types.js';
import { ResponseLink } from './response-link.entity.js';
import { Response } from './response.entity.js';
import { ResponseChange } from './response-change.entity.js';
import { closeLink, openLink, savePartialResponse, submitResponse, surveyForToken } from './response.service.js';
import { linkUrl } from './link-url.js';
import { guardPublic, issueFormTicket, requireHuman } from '../http/abuse-guard.js';

@Resolver(() => Response)
export class ResponseResolver {
  @Query(() => PublicSurvey, { description: 'The survey behind a public token, for the respondent runner.' })
  @Public()
  async surveyByToken(
    @Arg('token') token: string,
    @Arg('resumeKey', () => String, { nullable: true }) resumeKey: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublicSurvey> {
    const { link, version, answers } = await surveyForToken(ctx, token, resumeKey);
    // Respondents see a title: the questionnaire's name when the definition has none.
    const untitled = !version.definition.title;
    const title = untitled ? await surveyTitle(ctx.em, version.questionnaireId) : null;
    const definition = title ? { ...version.definition, title } : version.definition;
    return {
      definition,
      versionNumber: version.number,
      languages: link.languages ? version.languages.filter((l) => link.languages!.includes(l)) : version.languages,
      channel: link.channel,
      testMode: link.testMode,
      answers,
      branding: await brandingOf(ctx.em, link.orgId),
      formTicket: await issueFormTicket(ctx, token),
      minFillSeconds: ctx.config.BOT_MIN_FILL_SECONDS,
      serviceSituations:
        link.askSituation && !link.defaultSituation ? await serviceSituationsOf(ctx.em, link.orgId) : [],
    };
  }

  @Mutation(() => SubmitResponsePayload, {
    description: 'Submits a completed response (public: the token is the credential).',
  })
  @Public()
  @Scope(ApiScope.SUBMIT_RESPONSES)
  async submitResponse(
    @Arg('input') input: SubmitResponseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubmitResponsePayload> {
    await guardPublic(ctx, { kind: 'RESPONDENT', token: input.token });
    await requireHuman(ctx, input.token, input);
    return submitResponse(ctx, input);
  }

  @Mutation(() => SavePartialResponsePayload, {
    description: 'Saves answers so far, to resume later; partial responses never count.',
  })
  @Public()
  @Scope(ApiScope.SUBMIT_RESPONSES)
  async savePartialResponse(
    @Arg('input') input: SavePartialResponseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SavePartialResponsePayload> {
    await guardPublic(ctx, { kind: 'RESPONDENT', token: input.token });
    return savePartialResponse(ctx, input);
  }

  @Mutation(() => ResponseLink, {
    description: 'Opens a questionnaire version for responses at a unit and returns its public token.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  openQuestionnaireVersion(
    @Arg('input') input: OpenQuestionnaireVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResponseLink> {
    return openLink(ctx, input);
  }

  @Mutation(() => ResponseLink)
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  closeResponseLink(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ResponseLink> {
    return closeLink(ctx, id);
  }

  @Query(() => ResponseConnection, { description: 'Responses of the units the caller may read, newest first.' })
  @Allow(Permission.RESULTS_READ)
  responses(
    @Arg('filter', () => ResponseFilterInput, { nullable: true }) filter: ResponseFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Response>> {
    return listResponses(ctx, filter ?? {}, page);
  }

  @Query(() => Response)
  @Allow(Permission.RESULTS_READ)
  response(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Response> {
    return getResponse(ctx, id);
  }

  @Mutation(() => Response, {
    description:
      'Excludes a response from results (test entry, duplicate, speeder, keying error…); recorded with the reason.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  excludeResponse(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Response> {
    return setExcluded(ctx, id, true, reason);
  }

  @Mutation(() => Response, { description: 'Counts an excluded response again; recorded with the reason.' })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  includeResponse(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Response> {
    return setExcluded(ctx, id, false, reason);
  }

  @Mutation(() => Response, {
    description:
      'Corrects a keying error in a phone or paper response; validated like a submission and recorded before/after.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  correctResponse(
    @Arg('id', () => ID) id: string,
    @Arg('answers', () => GraphQLJSON) answers: unknown,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Response> {
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
      throw badInput('answers must be an object of question name → value.');
    return correctResponse(ctx, id, answers as Record<string, unknown>, reason);
  }

  @FieldResolver(() => GraphQLJSON, { description: 'The answers as given (free text is never interpreted).' })
  answers(@Root() r: Response): unknown {
    return r.answers;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Band key of the response’s own score.' })
  bandKey(@Root() r: Response): string | null {
    return r.band;
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() r: Response, @Ctx() ctx: RequestContext): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(r.unit.id))!;
  }

  @FieldResolver(() => QuestionnaireVersion)
  questionnaireVersion(@Root() r: Response, @Ctx() ctx: RequestContext): Promise<QuestionnaireVersion> {
    return ctx.loaders.byId(QuestionnaireVersion).load(r.questionnaireVersion.id) as Promise<QuestionnaireVersion>;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The interviewer who keyed it in.' })
  enteredBy(@Root() r: Response, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return r.enteredBy ? ctx.loaders.byId(User).load(r.enteredBy) : null;
  }

  @FieldResolver(() => [ResponseChange], { description: 'Curation history, oldest first.' })
  changes(@Root() r: Response, @Ctx() ctx: RequestContext): Promise<ResponseChange[]> {
    return changesOf(ctx, r);
  }
}

@Resolver(() => ResponseLink)
export class ResponseLinkResolver {
  @FieldResolver(() => String, { description: 'The address respondents open (PUBLIC_URL, or this server’s address).' })
  url(@Root() link: ResponseLink, @Ctx() ctx: RequestContext): string {
    return linkUrl(ctx.config, ctx.req, link.token);
  }

  @FieldResolver(() => String, {
    description: 'A QR code of the address, as SVG; PNG at the same path ending in .png.',
  })
  qrCodeUrl(@Root() link: ResponseLink): string {
    return `/api/links/${encodeURIComponent(link.token)}/qr.svg`;
  }
}
