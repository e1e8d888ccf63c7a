import { ConditionsParser, Model, Serializer } from 'survey-core';
import { walkElements, type ElementJson, type SurveyJson } from './survey-json.js';

/** One problem in a definition, located so an author can find it. */
export interface DefinitionProblem {
  path: string;
  element: string | null;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Properties holding SurveyJS expressions, wherever they appear (elements, triggers, validators…). */
const isExpressionKey = (key: string) => key === 'expression' || key.endsWith('If') || key.endsWith('Expression');

/**
 * Lists whose items carry a `value` that must be unique within the list, read per type: `rows`
 * is a list only in matrices (a comment's `rows` is its height, a number).
 */
const VALUE_LISTS: Record<string, string[]> = {
  matrix: ['rows'],
  matrixdropdown: ['rows', 'choices'],
  matrixdynamic: ['choices'],
  rating: ['rateValues'],
};
const valueLists = (type: unknown) => VALUE_LISTS[String(type)] ?? (String(type) === 'comment' ? [] : ['choices']);

/** Elements that hold no answer: survey-core names them itself when the definition does not. */
const NO_ANSWER = new Set(['html', 'image', 'panel']);

const valueOf = (item: unknown) => (isObject(item) ? item.value : item);

function label(element: ElementJson): string | null {
  return typeof element.name === 'string' ? element.name : null;
}

function checkValueList(problems: DefinitionProblem[], element: ElementJson, path: string, key: string): void {
  const list = element[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    problems.push({ path: `${path}.${key}`, element: label(element), message: `"${key}" must be a list.` });
    return;
  }
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const value = valueOf(item);
    if (value === undefined || value === null || value === '') {
      problems.push({
        path: `${path}.${key}[${i}]`,
        element: label(element),
        message: `Item ${i + 1} of "${key}" has no value.`,
      });
      return;
    }
    const k = String(value);
    if (seen.has(k))
      problems.push({
        path: `${path}.${key}[${i}]`,
        element: label(element),
        message: `Value "${k}" appears twice in "${key}".`,
      });
    seen.add(k);
  });
}

function checkColumns(problems: DefinitionProblem[], element: ElementJson, path: string): void {
  const columns = element.columns;
  if (!Array.isArray(columns)) return;
  // Single-choice matrices have value columns; dropdown/dynamic matrices have named sub-questions.
  const key = element.type === 'matrix' ? 'value' : 'name';
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    const id = element.type === 'matrix' ? valueOf(column) : isObject(column) ? column.name : column;
    if (id === undefined || id === null || id === '') {
      problems.push({
        path: `${path}.columns[${i}]`,
        element: label(element),
        message: `Column ${i + 1} has no ${key}.`,
      });
    } else if (seen.has(String(id))) {
      problems.push({
        path: `${path}.columns[${i}]`,
        element: label(element),
        message: `Column ${key} "${String(id)}" appears twice.`,
      });
    } else seen.add(String(id));
    if (isObject(column) && element.type !== 'matrix')
      checkValueList(problems, column as ElementJson, `${path}.columns[${i}]`, 'choices');
  });
}

function checkRating(problems: DefinitionProblem[], element: ElementJson, path: string): void {
  if (element.type !== 'rating' || Array.isArray(element.rateValues)) return;
  const num = (key: string, fallback: number) => (element[key] === undefined ? fallback : element[key]);
  const [min, max, step] = [num('rateMin', 1), num('rateMax', 5), num('rateStep', 1)];
  if (![min, max, step].every((v) => typeof v === 'number' && Number.isFinite(v))) {
    problems.push({ path, element: label(element), message: 'rateMin, rateMax and rateStep must be numbers.' });
    return;
  }
  const [lo, hi, st] = [min, max, step] as number[];
  if (lo >= hi)
    problems.push({
      path,
      element: label(element),
      message: `The rating range is empty: rateMin (${lo}) must be below rateMax (${hi}).`,
    });
  else if (st <= 0)
    problems.push({ path, element: label(element), message: `rateStep must be positive (it is ${st}).` });
  else if ((hi - lo) / st > 100)
    problems.push({
      path,
      element: label(element),
      message: `The rating has ${(hi - lo) / st + 1} points; at most 101 are allowed.`,
    });
}

function checkExpressions(problems: DefinitionProblem[], node: unknown, path: string, element: string | null): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkExpressions(problems, item, `${path}[${i}]`, element));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = path ? `${path}.${key}` : key;
    if (typeof value === 'string' && isExpressionKey(key) && value.trim()) {
      const parser = new ConditionsParser();
      if (!parser.parseExpression(value)) {
        const at = (parser as unknown as { error?: { at?: number } }).error?.at;
        const where = at === undefined ? '' : at >= value.length ? ' (it ends too early)' : ` (at character ${at + 1})`;
        problems.push({ path: here, element, message: `The expression "${value}" does not parse${where}.` });
      }
    } else if (key !== 'elements' && key !== 'templateElements' && key !== 'pages') {
      checkExpressions(problems, value, here, element);
    }
  }
}

/**
 * Checks a definition the way survey-core reads it, plus what survey-core lets through:
 * known element types, names unique across the whole survey, unique choice/row/column values,
 * valid rating ranges, parseable expressions. Returns every problem, not just the first.
 */
export function validateDefinition(json: SurveyJson): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const names = new Map<string, string>();

  if (Array.isArray(json.pages)) {
    const pageNames = new Set<string>();
    json.pages.forEach((page, i) => {
      if (!isObject(page))
        problems.push({ path: `pages[${i}]`, element: null, message: `Page ${i + 1} is not an object.` });
      else if (typeof page.name === 'string') {
        if (pageNames.has(page.name))
          problems.push({
            path: `pages[${i}]`,
            element: page.name,
            message: `Page name "${page.name}" is used twice.`,
          });
        pageNames.add(page.name);
        checkExpressions(problems, page, `pages[${i}]`, page.name);
      }
    });
  }

  for (const { element, path } of walkElements(json)) {
    const type = element.type;
    const name = label(element);
    if (
      typeof type !== 'string' ||
      !Serializer.findClass(type) ||
      !(Serializer.isDescendantOf(type, 'question') || type === 'panel')
    ) {
      problems.push({ path, element: name, message: `Unknown element type "${String(type)}".` });
    }
    if ((!name || !name.trim()) && NO_ANSWER.has(String(type)) && element.name === undefined) {
      // a nameless html, image or panel: allowed, as in SurveyJS
    } else if (!name || !name.trim()) {
      const message = 'This question has no name; every question needs one (its answers are stored under it).';
      problems.push({ path, element: null, message });
    } else if (names.has(name)) {
      problems.push({
        path,
        element: name,
        message: `The name "${name}" is already used at ${names.get(name)}; names must be unique in the whole survey.`,
      });
    } else names.set(name, path);
    for (const key of valueLists(type)) checkValueList(problems, element, path, key);
    checkColumns(problems, element, path);
    checkRating(problems, element, path);
    const own = Object.fromEntries(
      Object.entries(element).filter(([k]) => k !== 'elements' && k !== 'templateElements'),
    );
    checkExpressions(problems, own, path, name);
  }
  const rest = Object.fromEntries(Object.entries(json).filter(([k]) => k !== 'pages' && k !== 'elements'));
  checkExpressions(problems, rest, '', null);

  if (!problems.length) {
    try {
      new Model(json);
    } catch (error) {
      problems.push({
        path: '',
        element: null,
        message: `SurveyJS cannot load this survey: ${(error as Error).message}`,
      });
    }
  }
  return problems;
}

/** The languages a definition is written in: its default locale plus every translated string. */
export function definitionLanguages(json: SurveyJson): string[] {
  const model = new Model(json);
  const used = model.getUsedLocales() as string[];
  return [...new Set(used.length ? used : [typeof json.locale === 'string' ? json.locale : 'en'])].sort();
}

/** Elements that hold no answer: text, pictures, computed values and containers. */
const NOT_ANSWERABLE = new Set(['html', 'image', 'expression', 'panel']);

/** Whether a respondent can answer at least one question (read-only and display-only elements do not count). */
export function hasAnswerableQuestion(json: SurveyJson): boolean {
  for (const { element } of walkElements(json)) {
    if (typeof element.type === 'string' && !NOT_ANSWERABLE.has(element.type) && element.readOnly !== true) return true;
  }
  return false;
}

/** What stops a definition from being published: its problems, and having nothing to answer. */
export function publishProblems(json: SurveyJson): DefinitionProblem[] {
  const problems = validateDefinition(json);
  if (!hasAnswerableQuestion(json)) {
    problems.push({
      path: '',
      element: null,
      message: 'The questionnaire has no question a respondent can answer; add one first.',
    });
  }
  return problems;
}

/** Number of questions (panels excluded). */
export function questionCount(json: SurveyJson): number {
  let n = 0;
  for (const { element } of walkElements(json)) if (element.type !== 'panel') n++;
  return n;
}
