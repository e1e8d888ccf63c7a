/**
 * The public face of the questionnaires module: what other modules may use (design.md §1).
 * Anything not exported here is internal to the module.
 */
export * from './questionnaires.module.js';
export { lineageOf, questionnaireIdsOf } from './lineage.service.js';
export { answeredInReadableUnits, readsAsAnsweringUnit, useAnsweringUnits } from './answering-units.js';
export type { AnsweringUnits } from './answering-units.js';
export { QuestionnaireVersion } from './questionnaire-version.entity.js';
export { Questionnaire } from './questionnaire.entity.js';
export { OfferTemplateInput, TranslationInput } from './questionnaire.inputs.js';
export {
  getQuestionnaire,
  latestPublished,
  loadVersion,
  publishedVersion,
  surveyTitle,
  versionsOf,
} from './questionnaire.service.js';
export type { PublishedVersion } from './questionnaire.service.js';
export { TranslationType } from './questionnaire.types.js';
export { contentHash, elementsByName, walkElements } from './survey-json.js';
export type { SurveyJson } from './survey-json.js';
export { Template } from './template.entity.js';
export { adoptTemplate, offerTemplate } from './template.service.js';
export { validationPathOf, ValidationPath } from './survey-plan-coverage.js';
export { eachRowRequired, isEmail, isObject, num, show, typeCheck } from './survey-type-checks.js';
export type { Json } from './survey-type-checks.js';
export { questionnaireDocs } from './questionnaire.docs.js';
