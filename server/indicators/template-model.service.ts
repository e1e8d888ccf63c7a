import type { RequestContext } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { requirePrincipal } from '../org/index.js';
import { Permission } from '../org/index.js';
import { loadVersion } from '../questionnaires/index.js';
import type { Questionnaire } from '../questionnaires/index.js';
import type { Template } from '../questionnaires/index.js';
import { adoptTemplate, offerTemplate, type OfferTemplateInput } from '../questionnaires/index.js';
import { walk, type ItemBinding, type ModelDefinition } from './engine/types.js';
import { IndicatorModel } from './indicator-model.entity.js';
import { loadModelVersion } from './indicator-model.service.js';
import { boundQuestionnaires } from './model-definition.js';

/** Points every binding of `from` at `to`: the adopter's copy of the questionnaire. */
function rebind(definition: ModelDefinition, from: string, to: string): ModelDefinition {
  const copy = structuredClone(definition);
  const fix = (b: ItemBinding) => {
    if (b.questionnaireId === from) b.questionnaireId = to;
  };
  for (const { node } of walk(copy.root)) {
    node.items.forEach(fix);
    node.pairs.forEach((p) => (fix(p.expectation), fix(p.perception)));
  }
  return copy;
}

/** Offers a questionnaire version in the library, with the indicator model version that scores it. */
export async function offerTemplateWithModel(
  ctx: RequestContext,
  input: OfferTemplateInput & { indicatorModelVersionId?: string | null },
): Promise<Template> {
  if (!input.indicatorModelVersionId) return offerTemplate(ctx, input);
  const [version, model] = await Promise.all([
    loadVersion(ctx, input.versionId, Permission.QUESTIONNAIRE_AUTHOR),
    loadModelVersion(ctx, input.indicatorModelVersionId, Permission.QUESTIONNAIRE_AUTHOR),
  ]);
  const foreign = boundQuestionnaires(model.definition, true).filter((id) => id !== version?.questionnaire.id);
  if (version && foreign.length) {
    throw badInput(
      'The indicator model binds other questionnaires too; a template can carry only a model that scores the offered questionnaire.',
      {
        field: 'indicatorModelVersionId',
      },
    );
  }
  return offerTemplate(ctx, input, { name: model.model.getEntity().name, definition: model.definition });
}

/** Adopts a template; its indicator model, if any, comes along as a draft bound to the copy. */
export async function adoptTemplateWithModel(
  ctx: RequestContext,
  templateId: string,
  unitId: string,
  title?: string | null,
): Promise<Questionnaire> {
  const principal = requirePrincipal(ctx);
  return adoptTemplate(ctx, templateId, unitId, title, (questionnaire, release, template) => {
    if (!release.indicatorModel) return;
    ctx.em.create(IndicatorModel, {
      organization: principal.orgId,
      unit: questionnaire.unit,
      name: release.indicatorModel.name,
      draft: rebind(release.indicatorModel.definition as ModelDefinition, template.questionnaireId, questionnaire.id),
      draftUpdatedBy: principal.userId,
      createdBy: principal.userId,
    });
  });
}
