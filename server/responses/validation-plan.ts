import { ConditionRunner, ExpressionRunner } from 'survey-core';

/**
 * A validation plan compiled once per questionnaire version: what each question accepts, when
 * it is visible, enabled and required. survey-core costs 5–19 ms per response (stack.md); the
 * plan costs microseconds, keeps survey-core for what only it can do (expressions), and checks
 * what survey-core lets through (a rating off its scale, a value outside the choices).
 */

type Json = Record<string, unknown>;
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
  check: (value: unknown, values: Values) => string | null;
  validators: ((value: unknown, values: Values) => string | null)[];
  template: Plan | null;
}

export interface Plan {
  rules: Rule[];
  byName: Map<string, Rule>;
  clearInvisible: boolean;
  calculated: { name: string; runner: ExpressionRunner }[];
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (isObject(v) ? String(v.default ?? Object.values(v)[0] ?? '') : v == null ? '' : String(v));
const valueOf = (item: unknown) => (isObject(item) ? item.value : item);
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const runner = (expression: unknown) => (typeof expression === 'string' && expression.trim() ? new ConditionRunner(expression) : null);
const show = (v: unknown) => JSON.stringify(v);

/** Allowed values of a choice question: its choices plus the special items it shows. */
function choiceSet(q: Json): Set<string> | null {
  if (q.choicesByUrl || q.choicesFromQuestion) return null; // known only at run time
  const set = new Set((Array.isArray(q.choices) ? q.choices : []).map((c) => String(valueOf(c))));
  if (q.showOtherItem || q.hasOther) set.add(String(q.otherItemValue ?? 'other'));
  if (q.showNoneItem || q.hasNone) set.add(String(q.noneItemValue ?? 'none'));
  if (q.showRefuseItem) set.add('refused');
  if (q.showDontKnowItem) set.add('dontknow');
  return set;
}

function ratingPoints(q: Json): Set<number> {
  if (Array.isArray(q.rateValues) && q.rateValues.length) return new Set(q.rateValues.map((v) => num(valueOf(v))).filter((v): v is number => v !== null));
  const min = num(q.rateMin) ?? 1;
  const step = num(q.rateStep) ?? 1;
  const count = num(q.rateCount);
  const max = num(q.rateMax) ?? (count !== null ? min + (count - 1) * step : 5);
  const points = new Set<number>();
  for (let v = min; v <= max + 1e-9 && points.size <= 1000; v += step) points.add(Math.round(v * 1e9) / 1e9);
  return points;
}

function inChoices(set: Set<string> | null, value: unknown): string | null {
  if (isObject(value) || Array.isArray(value)) return `expects one value, got ${show(value)}.`;
  return set && !set.has(String(value)) ? `${show(value)} is not one of its choices.` : null;
}

/** What a cell of a dropdown/dynamic matrix accepts, by its column's cell type. */
function cellCheck(matrix: Json, column: Json): (value: unknown) => string | null {
  const type = String(column.cellType ?? matrix.cellType ?? 'dropdown');
  const withChoices = { ...column, choices: column.choices ?? matrix.choices };
  if (type === 'rating') {
    const points = ratingPoints(column);
    return (v) => (points.has(num(v) ?? NaN) ? null : `${show(v)} is not on the rating scale.`);
  }
  if (type === 'boolean') return (v) => (typeof v === 'boolean' ? null : `${show(v)} is not true or false.`);
  if (type === 'checkbox') {
    const set = Array.isArray(withChoices.choices) && withChoices.choices.length ? choiceSet(withChoices) : null;
    return (v) => (!Array.isArray(v) ? `expects a list, got ${show(v)}.` : v.map((x) => inChoices(set, x)).find(Boolean) ?? null);
  }
  if (type === 'dropdown' || type === 'radiogroup') {
    const set = Array.isArray(withChoices.choices) && withChoices.choices.length ? choiceSet(withChoices) : null;
    return (v) => inChoices(set, v);
  }
  return (v) => (isObject(v) || Array.isArray(v) ? `expects text, got ${show(v)}.` : null);
}

function matrixCells(q: Json, rowsOk: (key: string) => boolean): (row: unknown) => string | null {
  const columns = new Map((Array.isArray(q.columns) ? q.columns : []).filter(isObject).map((c) => [String(c.name), cellCheck(q, c)]));
  return (row) => {
    if (!isObject(row)) return `expects an object of column → value, got ${show(row)}.`;
    for (const [column, cell] of Object.entries(row)) {
      if (!rowsOk(column) && !columns.has(column)) return `has no column "${column}".`;
      const problem = columns.get(column)?.(cell);
      if (problem && !isEmpty(cell)) return `column "${column}": ${problem}`;
    }
    return null;
  };
}

/** The value check of one question type. */
function typeCheck(q: Json, type: string): (value: unknown) => string | null {
  switch (type) {
    case 'text': {
      const inputType = String(q.inputType ?? 'text');
      if (inputType === 'number' || inputType === 'range') {
        const [min, max] = [num(q.min), num(q.max)];
        return (v) => {
          const n = num(v);
          if (n === null) return `${show(v)} is not a number.`;
          if (min !== null && n < min) return `${n} is below the minimum ${min}.`;
          if (max !== null && n > max) return `${n} is above the maximum ${max}.`;
          return null;
        };
      }
      const maxLength = num(q.maxLength);
      return (v) => {
        if (typeof v !== 'string' && typeof v !== 'number') return `expects text, got ${show(v)}.`;
        if (inputType === 'email' && !EMAIL.test(String(v))) return `${show(v)} is not an e-mail address.`;
        if (maxLength !== null && maxLength > 0 && String(v).length > maxLength) return `is longer than ${maxLength} characters.`;
        return null;
      };
    }
    case 'comment': {
      const maxLength = num(q.maxLength);
      return (v) => (typeof v !== 'string' ? `expects text, got ${show(v)}.` : maxLength !== null && maxLength > 0 && v.length > maxLength ? `is longer than ${maxLength} characters.` : null);
    }
    case 'rating': {
      const points = ratingPoints(q);
      return (v) => (typeof v === 'number' && points.has(v) ? null : `${show(v)} is not on its rating scale (${[...points].join(', ')}).`);
    }
    case 'slider': {
      const [min, max] = [num(q.min) ?? 0, num(q.max) ?? 100];
      return (v) => (typeof v === 'number' && v >= min && v <= max ? null : `${show(v)} is not between ${min} and ${max}.`);
    }
    case 'radiogroup':
    case 'dropdown': {
      const set = choiceSet(q);
      return (v) => inChoices(set, v);
    }
    case 'imagepicker': {
      const set = choiceSet(q);
      return q.multiSelect ? (v) => (Array.isArray(v) ? v.map((x) => inChoices(set, x)).find(Boolean) ?? null : `expects a list, got ${show(v)}.`) : (v) => inChoices(set, v);
    }
    case 'checkbox':
    case 'tagbox': {
      const set = choiceSet(q);
      const max = num(q.maxSelectedChoices);
      return (v) => {
        if (!Array.isArray(v)) return `expects a list of choices, got ${show(v)}.`;
        if (new Set(v.map(String)).size !== v.length) return 'lists a choice twice.';
        if (max && v.length > max) return `allows at most ${max} choices (${v.length} given).`;
        return v.map((x) => inChoices(set, x)).find(Boolean) ?? null;
      };
    }
    case 'ranking': {
      const set = choiceSet(q);
      return (v) => {
        if (!Array.isArray(v)) return `expects a ranked list, got ${show(v)}.`;
        if (new Set(v.map(String)).size !== v.length) return 'ranks a choice twice.';
        const wrong = v.map((x) => inChoices(set, x)).find(Boolean);
        if (wrong) return wrong;
        return set && !q.selectToRankEnabled && v.length !== set.size ? `must rank all ${set.size} choices.` : null;
      };
    }
    case 'boolean': {
      const [yes, no] = [q.valueTrue ?? true, q.valueFalse ?? false];
      return (v) => (v === yes || v === no ? null : `${show(v)} is not ${show(yes)} or ${show(no)}.`);
    }
    case 'matrix': {
      const rows = new Set((Array.isArray(q.rows) ? q.rows : []).map((r) => String(valueOf(r))));
      const columns = new Set((Array.isArray(q.columns) ? q.columns : []).map((c) => String(valueOf(c))));
      return (v) => {
        if (!isObject(v)) return `expects an object of row → column, got ${show(v)}.`;
        for (const [row, column] of Object.entries(v)) {
          if (!rows.has(row)) return `has no row "${row}".`;
          if (!columns.has(String(column))) return `row "${row}": ${show(column)} is not one of its columns.`;
        }
        return q.isAllRowRequired && Object.keys(v).length < rows.size ? 'every row needs an answer.' : null;
      };
    }
    case 'matrixdropdown': {
      const rows = new Set((Array.isArray(q.rows) ? q.rows : []).map((r) => String(valueOf(r))));
      const cells = matrixCells(q, () => false);
      return (v) => {
        if (!isObject(v)) return `expects an object of row → cells, got ${show(v)}.`;
        for (const [row, value] of Object.entries(v)) {
          if (!rows.has(row)) return `has no row "${row}".`;
          const problem = cells(value);
          if (problem) return `row "${row}" ${problem}`;
        }
        return null;
      };
    }
    case 'matrixdynamic': {
      const cells = matrixCells(q, () => false);
      return (v) => (!Array.isArray(v) ? `expects a list of rows, got ${show(v)}.` : v.map((row, i) => (cells(row) ? `row ${i + 1} ${cells(row)}` : null)).find(Boolean) ?? null);
    }
    case 'multipletext': {
      const items = new Set((Array.isArray(q.items) ? q.items : []).filter(isObject).map((i) => String(i.name)));
      return (v) => (!isObject(v) ? `expects an object of item → text, got ${show(v)}.` : Object.keys(v).find((k) => !items.has(k)) ? `has no item "${Object.keys(v).find((k) => !items.has(k))}".` : null);
    }
    default:
      return () => null; // expression (computed), file, signaturepad: stored as given
  }
}

function validatorCheck(validator: Json): ((value: unknown, values: Values) => string | null) | null {
  const message = (fallback: string) => text(validator.text) || fallback;
  switch (validator.type) {
    case 'numeric': {
      const [min, max] = [num(validator.minValue), num(validator.maxValue)];
      return (v) => {
        const n = num(v);
        if (n === null) return message(`${show(v)} is not a number.`);
        if ((min !== null && n < min) || (max !== null && n > max)) return message(`${n} is outside ${min ?? '−∞'}–${max ?? '∞'}.`);
        return null;
      };
    }
    case 'text': {
      const [min, max] = [num(validator.minLength), num(validator.maxLength)];
      return (v) => {
        const s = String(v);
        if ((min && s.length < min) || (max && s.length > max)) return message(`must have ${min ?? 0}–${max ?? '∞'} characters.`);
        return validator.allowDigits === false && /\d/.test(s) ? message('must not contain digits.') : null;
      };
    }
    case 'email':
      return (v) => (EMAIL.test(String(v)) ? null : message(`${show(v)} is not an e-mail address.`));
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
      return condition ? (_v, values) => (condition.runValues(values) ? null : message(`does not satisfy ${String(validator.expression)}.`)) : null;
    }
    default:
      return null;
  }
}

const NO_VALUE = new Set(['html', 'image', 'panel']);

function compileElements(list: unknown, visibleIf: ConditionRunner[], enableIf: ConditionRunner[], hidden: boolean, rules: Rule[]): void {
  if (!Array.isArray(list)) return;
  for (const q of list) {
    if (!isObject(q) || typeof q.name !== 'string') continue;
    const type = String(q.type);
    const ownVisible = [...visibleIf, ...[runner(q.visibleIf)].filter((r): r is ConditionRunner => r !== null)];
    const ownEnable = [...enableIf, ...[runner(q.enableIf)].filter((r): r is ConditionRunner => r !== null)];
    const isHidden = hidden || q.visible === false;
    if (type === 'panel') {
      compileElements(q.elements, ownVisible, ownEnable, isHidden, rules);
      continue;
    }
    const template = type === 'paneldynamic' ? compilePlan({ elements: q.templateElements, clearInvisibleValues: 'none' }) : null;
    const check = typeCheck(q, type);
    const panelCount = [num(q.minPanelCount), num(q.maxPanelCount)] as const;
    rules.push({
      name: q.name,
      type,
      visibleIf: ownVisible,
      hidden: isHidden,
      enableIf: ownEnable,
      requiredIf: runner(q.requiredIf),
      isRequired: q.isRequired === true,
      accepts: !NO_VALUE.has(type),
      allowsComment: Boolean(q.showCommentArea || q.hasComment || q.showOtherItem || q.hasOther),
      check: template
        ? (v) => {
            if (!Array.isArray(v) || !v.every(isObject)) return `expects a list of panels, got ${show(v)}.`;
            if (panelCount[0] && v.length < panelCount[0]) return `needs at least ${panelCount[0]} panels.`;
            if (panelCount[1] && v.length > panelCount[1]) return `allows at most ${panelCount[1]} panels.`;
            return null;
          }
        : check,
      validators: (Array.isArray(q.validators) ? q.validators : []).filter(isObject).map(validatorCheck).filter((v): v is NonNullable<typeof v> => v !== null),
      template,
    });
  }
}

export function compilePlan(definition: Json): Plan {
  const rules: Rule[] = [];
  if (Array.isArray(definition.pages)) {
    for (const page of definition.pages.filter(isObject)) {
      compileElements(page.elements, [runner(page.visibleIf)].filter((r): r is ConditionRunner => r !== null), [], page.visible === false, rules);
    }
  }
  compileElements(definition.elements, [], [], false, rules);
  const calculated = (Array.isArray(definition.calculatedValues) ? definition.calculatedValues : [])
    .filter(isObject)
    .filter((c) => typeof c.name === 'string' && typeof c.expression === 'string')
    .map((c) => ({ name: String(c.name), runner: new ExpressionRunner(String(c.expression)) }));
  return { rules, byName: new Map(rules.map((r) => [r.name, r])), clearInvisible: definition.clearInvisibleValues !== 'none', calculated };
}

export interface PlanResult {
  problems: AnswerProblem[];
  /** The answers to store: values of questions hidden at completion removed, as SurveyJS does. */
  answers: Values;
}

/** Checks a completed response against the plan; every problem at once, each naming its question. */
export function validateAnswers(plan: Plan, answers: Values, context: Values = {}, prefix = ''): PlanResult {
  const problems: AnswerProblem[] = [];
  const kept: Values = {};
  const values: Values = { ...context, ...answers };
  for (const c of plan.calculated) values[c.name] = c.runner.runValues(values);
  const say = (question: string, message: string) => problems.push({ question: `${prefix}${question}`, message });

  for (const [key, value] of Object.entries(answers)) {
    const base = key.endsWith('-Comment') ? key.slice(0, -'-Comment'.length) : null;
    const rule = plan.byName.get(base ?? key);
    if (!rule) say(key, 'is not a question of this questionnaire version.');
    else if (base && !rule.allowsComment) say(key, `"${base}" has no comment field.`);
    else if (base && typeof value !== 'string') say(key, 'a comment must be text.');
    else if (!rule.accepts) say(key, `"${key}" is ${rule.type === 'html' ? 'text' : 'an image'} and takes no answer.`);
  }

  for (const rule of plan.rules) {
    const value = answers[rule.name];
    const visible = !rule.hidden && rule.visibleIf.every((c) => c.runValues(values));
    if (!visible) {
      if (!plan.clearInvisible && value !== undefined) kept[rule.name] = value;
      continue;
    }
    if (value !== undefined) kept[rule.name] = value;
    if (answers[`${rule.name}-Comment`] !== undefined) kept[`${rule.name}-Comment`] = answers[`${rule.name}-Comment`];
    const enabled = rule.enableIf.every((c) => c.runValues(values));
    const required = rule.isRequired || Boolean(rule.requiredIf?.runValues(values));
    if (isEmpty(value)) {
      if (required && enabled && rule.accepts) say(rule.name, 'Response required.');
      continue;
    }
    if (!rule.accepts) continue;
    const problem = rule.check(value, values);
    if (problem) {
      say(rule.name, problem);
      continue;
    }
    for (const validate of rule.validators) {
      const message = validate(value, values);
      if (message) say(rule.name, message);
    }
    if (rule.template && Array.isArray(value)) {
      value.forEach((panel, i) => {
        const inner = validateAnswers(rule.template!, panel as Values, { ...values, panel }, `${prefix}${rule.name}[${i}].`);
        problems.push(...inner.problems);
      });
    }
  }
  return { problems, answers: kept };
}

/** Whether stored answers hold at least one answer a respondent gave (computed values do not count). */
export function hasAnswer(plan: Plan, answers: Values): boolean {
  return Object.entries(answers).some(([name, value]) => !isEmpty(value) && plan.byName.get(name)?.type !== 'expression');
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
