import {
  type IndicatorKind,
  bindingsOf,
  bindingId,
  RESPONSE_KINDS,
  walk,
  type ItemBinding,
  type ModelDefinition,
  type ScoredAnswer,
} from './types.js';

type Json = Record<string, unknown>;

/** The numeric scale of an item, from its question (or the binding's overrides). */
export interface Scale {
  min: number;
  max: number;
  /** Possible values, when discrete (rating points, matrix columns, choices); for top-2-box. */
  points: number[] | null;
  /** Choice value → number, for choice questions scored by a map. */
  valueScores: Map<string, number> | null;
  /** Boolean questions: which raw values mean true and false. */
  boolean: { valueTrue: unknown; valueFalse: unknown } | null;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueOf = (item: unknown) => (isObject(item) ? item.value : item);
const asNumber = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** Finds the bound question in a SurveyJS definition, under its name or one of its aliases. */
export function findQuestion(definition: Json, binding: ItemBinding): { element: Json; name: string } | null {
  const wanted = [binding.question, ...binding.aliases];
  const found = new Map<string, Json>();
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isObject(element)) continue;
      if (typeof element.name === 'string' && wanted.includes(element.name) && !found.has(element.name))
        found.set(element.name, element);
      visit(element.elements);
      visit(element.templateElements);
    }
  };
  if (Array.isArray(definition.pages)) for (const page of definition.pages) if (isObject(page)) visit(page.elements);
  visit(definition.elements);
  for (const name of wanted) if (found.has(name)) return { element: found.get(name)!, name };
  return null;
}

/** The numeric points of a list of values, leaving out those the binding lists as not applicable (they have no score). */
function numericPoints(list: unknown[], what: string, binding: ItemBinding): number[] | string {
  const na = new Set(binding.notApplicable.map(String));
  const points = list.filter((item) => !na.has(String(valueOf(item)))).map((item) => asNumber(valueOf(item)));
  if (points.some((p) => p === null))
    return `its ${what} are not all numbers; list the others under "notApplicable" or give the binding a valueScores map`;
  return points as number[];
}

function range(min: number, max: number, step: number): number[] {
  const points: number[] = [];
  for (let v = min; v <= max + 1e-9 && points.length <= 101; v += step) points.push(Math.round(v * 1e9) / 1e9);
  return points;
}

/** The scale an item is scored on, or the reason it has none. */
export function resolveScale(element: Json, binding: ItemBinding): Scale | string {
  const type = String(element.type);
  let points: number[] | null;
  let boolean: Scale['boolean'] = null;
  let valueScores: Map<string, number> | null = null;

  if (binding.valueScores?.length) {
    valueScores = new Map(binding.valueScores.map((v) => [String(v.value), v.score]));
    points = binding.valueScores.map((v) => v.score);
  } else if (type === 'rating') {
    if (Array.isArray(element.rateValues) && element.rateValues.length) {
      const p = numericPoints(element.rateValues, 'rate values', binding);
      if (typeof p === 'string') return p;
      points = p;
    } else {
      const min = asNumber(element.rateMin) ?? 1;
      const step = asNumber(element.rateStep) ?? 1;
      const count = asNumber(element.rateCount);
      const max =
        asNumber(element.rateMax) ?? (count !== null && element.rateMax === undefined ? min + (count - 1) * step : 5);
      if (!(min < max) || !(step > 0)) return `its rating range ${min}–${max} (step ${step}) is not valid`;
      points = range(min, max, step);
    }
  } else if (type === 'matrix') {
    if (!binding.row) return 'it is a matrix: bind one of its rows (give "row")';
    const rows = Array.isArray(element.rows) ? element.rows.map((r) => String(valueOf(r))) : [];
    if (!rows.includes(binding.row)) return `the matrix has no row "${binding.row}"`;
    const p = numericPoints(Array.isArray(element.columns) ? element.columns : [], 'column values', binding);
    if (typeof p === 'string') return p;
    points = p;
  } else if (type === 'boolean') {
    boolean = { valueTrue: element.valueTrue ?? true, valueFalse: element.valueFalse ?? false };
    points = [0, 1];
  } else if (type === 'radiogroup' || type === 'dropdown' || type === 'imagepicker') {
    const p = numericPoints(Array.isArray(element.choices) ? element.choices : [], 'choice values', binding);
    if (typeof p === 'string') return p;
    points = p;
  } else if (type === 'text' && element.inputType === 'number') {
    const [min, max] = [asNumber(element.min), asNumber(element.max)];
    if (binding.min == null && min === null)
      return 'it is a number field without a minimum; give the binding "min" and "max"';
    if (binding.max == null && max === null)
      return 'it is a number field without a maximum; give the binding "min" and "max"';
    points = null;
  } else {
    return `a ${type} question has no numeric scale (free text and multiple choice cannot be scored)`;
  }

  if (binding.row && type !== 'matrix') return `"row" is only for matrix questions, and this is a ${type} question`;
  const min = binding.min ?? (points ? Math.min(...points) : asNumber(element.min)!);
  const max = binding.max ?? (points ? Math.max(...points) : asNumber(element.max)!);
  if (!(min < max)) return `its scale is empty (minimum ${min}, maximum ${max})`;
  return { min, max, points, valueScores, boolean };
}

const score = (scale: Scale, x: number) => (100 * (x - scale.min)) / (scale.max - scale.min);

/**
 * Scores one answer: s = 100·(v − min)/(max − min), reversed as 100 − s. Not-applicable
 * values, unanswered items and values off the scale have no score.
 */
export function scoreAnswer(scale: Scale, binding: ItemBinding, answer: unknown): ScoredAnswer | null {
  if (answer === undefined || answer === null || answer === '') return null;
  if (binding.notApplicable.some((na) => String(na) === String(answer))) return null;
  let x: number | null;
  if (scale.valueScores) x = scale.valueScores.get(String(answer)) ?? null;
  else if (scale.boolean) x = answer === scale.boolean.valueTrue ? 1 : answer === scale.boolean.valueFalse ? 0 : null;
  else x = asNumber(answer);
  if (x === null || x < scale.min - 1e-9 || x > scale.max + 1e-9) return null;
  const s = score(scale, x);
  const top2 = scale.points ? topTwo(scale, binding.reverse) : null;
  return {
    score: binding.reverse ? 100 - s : s,
    raw: binding.reverse ? scale.min + scale.max - x : x,
    top2: top2 === null ? null : (binding.reverse ? 100 - s : s) >= top2 - 1e-9,
  };
}

/**
 * The lowest item score that still counts as top-2-box: the second-highest distinct point; on
 * scales of fewer than five points (yes/no, three-point scales) the top point only (design.md §4).
 */
function topTwo(scale: Scale, reverse: boolean): number | null {
  // Asked for every scored answer, the same for every answer of a scale: computed once per scale and direction.
  let known = topTwoOf.get(scale);
  if (!known) topTwoOf.set(scale, (known = [topTwoOnce(scale, false), topTwoOnce(scale, true)]));
  return known[reverse ? 1 : 0];
}

const topTwoOf = new WeakMap<Scale, [number | null, number | null]>();

function topTwoOnce(scale: Scale, reverse: boolean): number | null {
  const scores = [...new Set(scale.points!.map((p) => (reverse ? 100 - score(scale, p) : score(scale, p))))].sort(
    (a, b) => b - a,
  );
  return scores.length >= 5 ? scores[1] : (scores[0] ?? null);
}

/** The raw answer for a binding: a question's value, or one row of a matrix. */
export function answerFor(answers: Json, name: string, binding: ItemBinding): unknown {
  const value = answers[name];
  return binding.row ? (isObject(value) ? value[binding.row] : undefined) : value;
}

/** Scores the bound items of one response; built once per (model, questionnaire version). */
export type ResponseScorer = (answers: Json) => Map<string, ScoredAnswer>;

/**
 * Resolves every binding against a questionnaire version once — the question (by name or
 * alias) and its scale — so scoring a response is only arithmetic. `lineage` holds the
 * version's questionnaire and those it was derived or adopted from: a binding matches its
 * questionnaire and every questionnaire derived from it.
 */
export function compileScorer(
  model: ModelDefinition,
  definition: Json,
  lineage: ReadonlySet<string>,
  kinds: readonly IndicatorKind[] = RESPONSE_KINDS,
): ResponseScorer {
  const items: { id: string; name: string; binding: ItemBinding; scale: Scale }[] = [];
  for (const { node } of walk(model.root)) {
    if (!kinds.includes(node.kind)) continue;
    bindingsOf(node).forEach((binding, index) => {
      if (!lineage.has(binding.questionnaireId)) return;
      const question = findQuestion(definition, binding);
      if (!question) return;
      const scale = resolveScale(question.element, binding);
      if (typeof scale !== 'string')
        items.push({ id: bindingId(node.key, index), name: question.name, binding, scale });
    });
  }
  return (answers) => {
    const scored = new Map<string, ScoredAnswer>();
    for (const { id, name, binding, scale } of items) {
      const answer = scoreAnswer(scale, binding, answerFor(answers, name, binding));
      if (answer) scored.set(id, answer);
    }
    return scored;
  };
}

/** Scores every bound item of one response against the questionnaire version it answered. */
export function scoreResponseItems(
  model: ModelDefinition,
  definition: Json,
  lineage: ReadonlySet<string>,
  answers: Json,
): Map<string, ScoredAnswer> {
  return compileScorer(model, definition, lineage)(answers);
}
