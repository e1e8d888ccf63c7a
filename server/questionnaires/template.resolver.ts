import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import { PageArgs, type Page } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { Organization } from '../org/index.js';
import { Permission } from '../org/index.js';
import { TemplateFilterInput } from './questionnaire.inputs.js';
import { TemplateConnection } from './questionnaire.types.js';
import { Template } from './template.entity.js';
import { TemplateRelease } from './template-release.entity.js';
import { getTemplate, listTemplates, releasesOf } from './template.service.js';

@Resolver(() => Template)
export class TemplateResolver {
  @Query(() => TemplateConnection, { description: 'The shared template library, visible to every organisation.' })
  @Allow(Permission.QUESTIONNAIRE_READ)
  templates(
    @Arg('filter', () => TemplateFilterInput, { nullable: true }) filter: TemplateFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Page<Template>> {
    return listTemplates(ctx, filter ?? {}, page);
  }

  @Query(() => Template)
  @Allow(Permission.QUESTIONNAIRE_READ)
  template(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Template> {
    return getTemplate(ctx, id);
  }

  @FieldResolver(() => String, { description: 'Name of the offering organisation.' })
  async offeredBy(@Root() t: Template, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.byId(Organization).load(t.organization.id))!.name;
  }

  @FieldResolver(() => [TemplateRelease], { description: 'Offered versions, newest first.' })
  releases(@Root() t: Template, @Ctx() ctx: RequestContext): Promise<TemplateRelease[]> {
    return releasesOf(ctx, t);
  }
}

@Resolver(() => TemplateRelease)
export class TemplateReleaseResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether an indicator model comes with this version (adopters get a copy).',
  })
  hasIndicatorModel(@Root() r: TemplateRelease): boolean {
    return r.indicatorModel !== null;
  }

  @FieldResolver(() => GraphQLJSON)
  definition(@Root() r: TemplateRelease): unknown {
    return r.definition;
  }
}
