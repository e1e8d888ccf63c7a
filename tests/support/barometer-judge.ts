import { compilePlan, validateAnswers, type PlanResult, type Values } from '../../server/responses/validation-plan.js';
import { validationPathOf, ValidationPath } from '../../server/questionnaires/survey-plan-coverage.js';
import { judgeWithSurveyCore, surveyJudge } from '../../server/responses/validation/survey-core-judge.js';

/** Barometer's judgement in-process, through the path publish would give the definition. */
export function barometerJudge(definition: Values, answers: Values): PlanResult & { path: ValidationPath } {
  const { path } = validationPathOf(definition);
  const result =
    path === ValidationPath.PLAN
      ? validateAnswers(compilePlan(definition), answers)
      : judgeWithSurveyCore(surveyJudge(definition), answers);
  return { ...result, path };
}
