import { Model, settings, type Question } from 'survey-core';
import type { AnswerProblem, PlanResult, Values } from '../validation-plan.js';

/**
 * Judges a completed response with survey-core itself, for versions whose definition uses a
 * feature outside the compiled plan's proven set. Exactly what SurveyJS decides on completion:
 * every page validated (errors block, warnings and info do not), then the survey completed so
 * invisible values are cleared as `clearInvisibleValues` says. One documented addition: a key
 * that no question, comment, kept calculated value or matrix total of the survey owns is refused.
 * Costs 5–50 ms per response: run it in the worker pool (survey-core-pool.ts), not on the event loop.
 */
export interface SurveyJudge {
  /** The definition, parsed once; each response gets a fresh SurveyModel of it (see judgeWithSurveyCore). */
  definition: Values;
  /** Data keys the survey owns. */
  keys: Set<string>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

type Q = Question & { hasComment?: boolean; hasOther?: boolean; columns?: { totalType?: string }[] };

export function surveyJudge(definition: Values): SurveyJudge {
  const model = new Model(clone(definition));
  const keys = new Set<string>();
  for (const q of model.getAllQuestions(false, false, false) as Q[]) {
    const name = q.getValueName();
    keys.add(name);
    if (q.hasComment || q.hasOther) keys.add(`${name}${settings.commentSuffix}`);
    const totals = q.columns?.some((c) => c.totalType && c.totalType !== 'none');
    if (totals) keys.add(`${name}${settings.matrix.totalsSuffix}`);
  }
  for (const c of model.calculatedValues) if (c.includeIntoResult) keys.add(c.name);
  return { definition: clone(definition), keys };
}

function blockingErrors(model: Model): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const q of model.getAllQuestions(false, false, true) as Question[]) {
    const errors = q.errors.filter((e) => !e.notificationType || e.notificationType === 'error');
    if (errors.length) problems.push({ question: q.name, message: errors.map((e) => e.getText()).join(' ') });
  }
  for (const panel of model.getAllPanels(false, false)) {
    const errors = (panel as unknown as Question).errors ?? [];
    if (errors.length) problems.push({ question: panel.name, message: errors.map((e) => e.getText()).join(' ') });
  }
  return problems;
}

export function judgeWithSurveyCore(judge: SurveyJudge, answers: Values): PlanResult {
  const { keys } = judge;
  const unknown = Object.keys(answers).filter((k) => !keys.has(k));
  if (unknown.length) {
    const message = 'is not a question of this questionnaire version.';
    return { problems: unknown.map((question) => ({ question, message })), answers: {} };
  }
  // A fresh model per response: a reused one (clear() then data) loses matrix default rows and
  // cell defaults that a new one fills, which the differential suite caught as stored differences.
  const model = new Model(clone(judge.definition));
  model.data = clone(answers);
  const valid = model.validate(true, false);
  if (!valid) {
    const problems = blockingErrors(model);
    if (!problems.length) problems.push({ question: '', message: 'SurveyJS refuses this response.' });
    return { problems, answers: {} };
  }
  model.doComplete();
  return { problems: [], answers: clone(model.data) };
}
