/** The questionnaires module's parts, for the composition root (server/app): its resolvers and entities. */
import { Questionnaire } from './questionnaire.entity.js';
import { QuestionnaireResolver, QuestionnaireVersionResolver } from './questionnaire.resolver.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Template } from './template.entity.js';
import { TemplateRelease } from './template-release.entity.js';
import { TemplateReleaseResolver, TemplateResolver } from './template.resolver.js';

export const questionnaireResolvers = [
  QuestionnaireResolver,
  QuestionnaireVersionResolver,
  TemplateResolver,
  TemplateReleaseResolver,
] as const;
export const questionnaireEntities = [Questionnaire, QuestionnaireVersion, Template, TemplateRelease];
