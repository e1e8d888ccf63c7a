import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { OfferTemplateInput } from '../questionnaires/index.js';
import { Questionnaire } from '../questionnaires/index.js';
import { Template } from '../questionnaires/index.js';
import { adoptTemplateWithModel, offerTemplateWithModel } from './template-model.service.js';

/**
 * Offering and adopting templates: here rather than in questionnaires because a template
 * carries its indicator model version along (indicators builds on questionnaires).
 */
@Resolver()
export class TemplateModelResolver {
  @Mutation(() => Template, {
    description:
      'Offers a published version in the shared library, optionally with its indicator model (a newer version of the same questionnaire updates its template).',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  offerTemplate(@Arg('input') input: OfferTemplateInput, @Ctx() ctx: RequestContext): Promise<Template> {
    return offerTemplateWithModel(ctx, input);
  }

  @Mutation(() => Questionnaire, {
    description:
      'Copies a template into a unit of your organisation as a new questionnaire that remembers its template; its indicator model comes along as a draft.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  adoptTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Questionnaire> {
    return adoptTemplateWithModel(ctx, templateId, unitId, title);
  }
}
