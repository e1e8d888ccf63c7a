import { Model, type Question } from 'survey-core';

/**
 * survey-core as the oracle: what SurveyJS itself decides for a completed response. The data is
 * set on a fresh SurveyModel, every page is validated as completion does (validation errors
 * block; `notificationType: "warning"`/`"info"` do not), and the survey is completed so
 * invisible values are cleared as `clearInvisibleValues` says (default "onComplete").
 */
export interface OracleVerdict {
  accepted: boolean;
  /** Questions (value names) with a blocking error, sorted. */
  errors: string[];
  /** What survey-core holds as `data` after completion: what must be stored. */
  storedData: Record<string, unknown>;
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export function surveyCoreVerdict(
  definition: Record<string, unknown>,
  answers: Record<string, unknown>,
): OracleVerdict {
  const model = new Model(clone(definition));
  model.data = clone(answers);
  const valid = model.validate(true, false);
  const errors = model
    .getAllQuestions(false, false, true)
    .filter((q: Question) => q.errors.some((e) => e.notificationType === 'error' || !e.notificationType))
    .map((q: Question) => q.name);
  if (valid) model.doComplete();
  return { accepted: valid, errors: [...new Set(errors)].sort(), storedData: clone(model.data) };
}
