import { QuestionnaireResolver, QuestionnaireVersionResolver } from './questionnaire.resolver.js';
import { TemplateReleaseResolver, TemplateResolver } from './template.resolver.js';

export const questionnaireResolvers = [QuestionnaireResolver, QuestionnaireVersionResolver, TemplateResolver, TemplateReleaseResolver] as const;
