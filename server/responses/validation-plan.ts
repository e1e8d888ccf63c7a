import { ConditionRunner, ExpressionRunner } from 'survey-core';
import { eachRowRequired, isEmail, isObject, num, show, typeCheck, type Json } from '../questionnaires/index.js';

/**
 * A validation plan compiled once per questionnaire version: what each question accepts, when
 * it is visible, enabled and required. survey-core costs 5–19 ms per response (stack.md); the
 * plan costs microseconds, keeps survey-core for what only it can do (expressions), and checks
 * what survey-core lets through (a rating off its scale, a value outside the choices).
 */

export type Values = Record<string, unknown>;

export interface AnswerProblem {
  question: string;
  message: string;
}

interface Rule {
  name: string;
  type: string;
  /** Own visibleIf plus those of enclosing panels and the page: all must hold. */
  visibleIf: ConditionRunner[];
  hidden: boolean;
  enableIf: ConditionRunner[];
  requiredIf: ConditionRunner | null;
  isRequired: boolean;
  /** Whether the question stores a value at all (html and image do not). */
  accepts: boolean;
  allowsComment: boolean;
  /** A comment field of its own (`showCommentArea`), kept whatever is chosen. */
  commentArea: boolean;
  /** The value of the "other" item when choosing it requires its text in `<name>-Comment`. */
  otherValue: string | null;
  /** A single-choice matrix that needs every row answered, so an empty one is refused too. */
  rowsRequired: boolean;
  check: (value: unknown, values: Values) => string | null;
  validators: ((value: unknown, values: Values) => string | null)[];
  /** Expression validators: survey-core runs them on an empty answer too. */
  emptyValidators: ((value: unknown, values: Values) => string | null)[];
  template: Plan | null;
}

export interface Plan {
  rules: Rule[];
  byName: Map<string, Rule>;
  clearInvisible: boolean;
  calculated: { name: string; runner: ExpressionRunner }[];
}

const text = (v: unknown): string =>
  isObject(v) ? String(v.default ?? Object.values(v)[0] ?? '') : v == null ? '' : String(v);
const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);
const runner = (expression: unknown) =>
  typeof expression === 'string' && expression.trim() ? new ConditionRunner(expression) : null;
const runners = (...expressions: unknown[]) => expressions.map(runner).filter((r): r is ConditionRunner => r !== null);

function validatorCheck(validator: Json): ((value: unknown, values: Values) => string | null) | null {
  const message = (fallback: string) => text(validator.text) || fallback;
  switch (validator.type) {
    case 'numeric': {
      const [min, max] = [num(validator.minValue), num(validator.maxValue)];
      return (v) => {
        const n = num(v);
        if (n === null) return message(`${show(v)} is not a number.`);
        if ((min !== null && n < min) || (max !== null && n > max))
          return message(`${n} is outside ${min ?? '−∞'}–${max ?? '∞'}.`);
        return null;
      };
    }
    case 'text': {
      const [min, max] = [num(validator.minLength), num(validator.maxLength)];
      return (v) => {
        const s = String(v);
        if ((min && s.length < min) || (max && s.length > max))
          return message(`must have ${min ?? 0}–${max ?? '∞'} characters.`);
        return validator.allowDigits === false && /\d/.test(s) ? message('must not contain digits.') : null;
      };
    }
    case 'email':
      return (v) => (isEmail(v) ? null : message(`${show(v)} is not an e-mail address.`));
    case 'regex': {
      const pattern = new RegExp(String(validator.regex ?? ''), validator.caseInsensitive ? 'i' : '');
      return (v) => (pattern.test(String(v)) ? null : message(`${show(v)} does not have the expected format.`));
    }
    case 'answercount': {
      const [min, max] = [num(validator.minCount), num(validator.maxCount)];
      return (v) => {
        const n = Array.isArray(v) ? v.length : 0;
        return (min && n < min) || (max && n > max) ? message(`needs ${min ?? 0}–${max ?? '∞'} answers.`) : null;
      };
    }
    case 'expression': {
      const condition = runner(validator.expression);
      return condition
        ? (_v, values) =>
            condition.runValues(values) ? null : message(`does not satisfy ${String(validator.expression)}.`)
        : null;
    }
    default:
      return null;
  }
}

const NO_VALUE = new Set(['html', 'image', 'panel']);

/** survey-core shows an element with `visible: false` when it has a `visibleIf`: the condition decides. */
const alwaysHidden = (e: Json) => e.visible === false && !(typeof e.visibleIf === 'string' && e.visibleIf.trim());

interface Scope {
  visibleIf: ConditionRunner[];
  enableIf: ConditionRunner[];
  hidden: boolean;
}

function panelCheck(q: Json, check: (v: unknown) => string | null): (v: unknown) => string | null {
  const [min, max] = [num(q.minPanelCount), num(q.maxPanelCount)];
  return (v) => {
    if (!Array.isArray(v) || !v.every(isObject)) return `expects a list of panels, got ${show(v)}.`;
    if (min && v.length < min) return `needs at least ${min} panels.`;
    if (max && v.length > max) return `allows at most ${max} panels.`;
    return check(v);
  };
}

function compileRule(q: Json & { name: string }, scope: Scope): Rule {
  const type = String(q.type);
  const inner = { elements: q.templateElements, clearInvisibleValues: 'none' };
  const template = type === 'paneldynamic' ? compilePlan(inner) : null;
  const hasOther = Boolean(q.showOtherItem || q.hasOther);
  const blocking = (Array.isArray(q.validators) ? q.validators : [])
    .filter(isObject)
    // Warnings and info messages never block completion in SurveyJS.
    .filter((v) => v.notificationType === undefined || v.notificationType === 'error');
  const compiled = (list: Json[]) => list.map(validatorCheck).filter((v): v is NonNullable<typeof v> => v !== null);
  return {
    name: q.name,
    type,
    ...scope,
    requiredIf: runner(q.requiredIf),
    isRequired: q.isRequired === true,
    accepts: !NO_VALUE.has(type),
    allowsComment: Boolean(q.showCommentArea || q.hasComment || hasOther),
    commentArea: Boolean(q.showCommentArea || q.hasComment),
    otherValue: hasOther && q.storeOthersAsComment !== false ? String(q.otherItemValue ?? 'other') : null,
    rowsRequired: type === 'matrix' && eachRowRequired(q),
    check: template ? panelCheck(q, () => null) : typeCheck(q, type),
    validators: compiled(blocking),
    emptyValidators: compiled(blocking.filter((v) => v.type === 'expression')),
    template,
  };
}

function compileElements(list: unknown, scope: Scope, rules: Rule[]): void {
  if (!Array.isArray(list)) return;
  for (const q of list) {
    if (!isObject(q) || (typeof q.name !== 'string' && q.type !== 'panel')) continue;
    // readOnly is a permanent "disabled": survey-core neither requires nor validates such a question.
    const own: Scope = {
      visibleIf: [...scope.visibleIf, ...runners(q.visibleIf)],
      enableIf: [...scope.enableIf, ...runners(q.enableIf, q.readOnly === true ? 'false' : null)],
      hidden: scope.hidden || alwaysHidden(q),
    };
    if (q.type === 'panel') compileElements(q.elements, own, rules);
    else rules.push(compileRule(q as Json & { name: string }, own));
  }
}

export function compilePlan(definition: Json): Plan {
  const rules: Rule[] = [];
  for (const page of (Array.isArray(definition.pages) ? definition.pages : []).filter(isObject)) {
    const enableIf = runners(page.readOnly === true ? 'false' : null);
    compileElements(page.elements, { visibleIf: runners(page.visibleIf), enableIf, hidden: alwaysHidden(page) }, rules);
  }
  compileElements(definition.elements, { visibleIf: [], enableIf: [], hidden: false }, rules);
  const calculated = (Array.isArray(definition.calculatedValues) ? definition.calculatedValues : [])
    .filter(isObject)
    .filter((c) => typeof c.name === 'string' && typeof c.expression === 'string')
    .map((c) => ({ name: String(c.name), runner: new ExpressionRunner(String(c.expression)) }));
  return {
    rules,
    byName: new Map(rules.map((r) => [r.name, r])),
    clearInvisible: definition.clearInvisibleValues !== 'none',
    calculated,
  };
}

export interface PlanResult {
  problems: AnswerProblem[];
  /** The answers to store: values of questions hidden at completion removed, as SurveyJS does. */
  answers: Values;
}

type Say = (question: string, message: string) => void;

/** Keys that belong to no question of the plan, comments without a comment field, answers to html. */
function checkKeys(plan: Plan, answers: Values, say: Say): void {
  for (const [key, value] of Object.entries(answers)) {
    const base = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : null;
    const rule = plan.byName.get(base ?? key);
    if (!rule) say(key, 'is not a question of this questionnaire version.');
    else if (base && !rule.allowsComment) say(key, `"${base}" has no comment field.`);
    else if (base && typeof value !== 'string') say(key, 'a comment must be text.');
    else if (!rule.accepts) say(key, `"${key}" is ${rule.type === 'html' ? 'text' : 'an image'} and takes no answer.`);
  }
}

/** One visible question's value, as survey-core judges it on completion. */
function checkRule(rule: Rule, answers: Values, values: Values, say: Say): void {
  const value = answers[rule.name];
  if (!rule.accepts) return;
  const enabled = rule.enableIf.every((c) => c.runValues(values));
  const required = rule.isRequired || rule.rowsRequired || Boolean(rule.requiredIf?.runValues(values));
  if (isEmpty(value)) {
    if (required && enabled) say(rule.name, 'Response required.');
    else if (enabled) {
      for (const message of rule.emptyValidators.map((v) => v(value, values))) if (message) say(rule.name, message);
    }
    return;
  }
  const problem = rule.check(value, values);
  if (problem) return say(rule.name, problem);
  if (!enabled) return; // survey-core does not validate a disabled question
  const chosen = Array.isArray(value) ? value.map(String) : [String(value)];
  if (rule.otherValue !== null && chosen.includes(rule.otherValue) && isEmpty(answers[`${rule.name}-Comment`])) {
    say(rule.name, 'needs the text of its "other" answer.');
  }
  for (const validate of rule.validators) {
    const message = validate(value, values);
    if (message) say(rule.name, message);
  }
}

/** survey-core clears the text of "other" on completion when "other" is not chosen (and no comment area holds it). */
function keepsComment(rule: Rule, value: unknown): boolean {
  if (rule.commentArea || rule.otherValue === null) return true;
  return (Array.isArray(value) ? value.map(String) : [String(value)]).includes(rule.otherValue);
}

/** Checks a completed response against the plan; every problem at once, each naming its question. */
export function validateAnswers(plan: Plan, answers: Values, context: Values = {}, prefix = ''): PlanResult {
  const problems: AnswerProblem[] = [];
  const kept: Values = {};
  const values: Values = { ...context, ...answers };
  for (const c of plan.calculated) values[c.name] = c.runner.runValues(values);
  const say: Say = (question, message) => void problems.push({ question: `${prefix}${question}`, message });
  checkKeys(plan, answers, say);

  for (const rule of plan.rules) {
    const value = answers[rule.name];
    const visible = !rule.hidden && rule.visibleIf.every((c) => c.runValues(values));
    if (!visible) {
      if (!plan.clearInvisible && value !== undefined) kept[rule.name] = value;
      continue;
    }
    if (value !== undefined) kept[rule.name] = value;
    const comment = answers[`${rule.name}-Comment`];
    if (comment !== undefined && keepsComment(rule, value)) kept[`${rule.name}-Comment`] = comment;
    const before = problems.length;
    checkRule(rule, answers, values, say);
    if (rule.template && Array.isArray(value) && problems.length === before) {
      value.forEach((panel, i) => {
        const inner = validateAnswers(
          rule.template!,
          panel as Values,
          { ...values, panel },
          `${prefix}${rule.name}[${i}].`,
        );
        problems.push(...inner.problems);
      });
    }
  }
  return { problems, answers: kept };
}

/** Whether stored answers hold at least one answer a respondent gave (computed values do not count). */
export function hasAnswer(plan: Plan, answers: Values): boolean {
  return Object.entries(answers).some(
    ([name, value]) => !isEmpty(value) && plan.byName.get(name)?.type !== 'expression',
  );
}

const plans = new Map<string, Plan>();

/** Plans of published versions never change, so they are cached by version id. */
export function planFor(versionId: string, definition: Json): Plan {
  let plan = plans.get(versionId);
  if (!plan) {
    plan = compilePlan(definition);
    if (plans.size > 2000) plans.clear();
    plans.set(versionId, plan);
  }
  return plan;
}
