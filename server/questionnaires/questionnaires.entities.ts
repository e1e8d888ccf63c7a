import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Questionnaire } from './questionnaire.entity.js';
import { Template, TemplateRelease } from './template.entity.js';

export const questionnaireEntities = [Questionnaire, QuestionnaireVersion, Template, TemplateRelease];
