import { walkElements, type SurveyJson } from '../questionnaires/index.js';

/** How a question is summarised (no model needed). */
export type SummaryKind = 'CHOICE' | 'MULTI_CHOICE' | 'RATING' | 'BOOLEAN' | 'TEXT';

export interface ScalePoint {
  value: unknown;
  label: string;
}

/** A question of a questionnaire, merged over its versions by name (the latest version's title and kind). */
export interface QuestionShape {
  name: string;
  title: string;
  kind: SummaryKind;
  /** Choices or scale points in order (merged over versions; RATING in ascending value). */
  points: ScalePoint[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A SurveyJS text that may be localised ({ default, uk, … }): its default text. */
function textOf(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const text = value.default ?? value.en ?? Object.values(value)[0];
    if (typeof text === 'string') return text;
  }
  return fallback;
}

const NUMERIC_INPUTS = ['number', 'range', 'date', 'datetime-local', 'month', 'week', 'time', 'email', 'tel', 'color'];

function kindOf(e: Record<string, unknown>): SummaryKind | null {
  switch (e.type) {
    case 'rating':
      return 'RATING';
    case 'boolean':
      return 'BOOLEAN';
    case 'radiogroup':
    case 'dropdown':
      return 'CHOICE';
    case 'checkbox':
    case 'tagbox':
      return 'MULTI_CHOICE';
    case 'imagepicker':
      return e.multiSelect ? 'MULTI_CHOICE' : 'CHOICE';
    case 'comment':
      return 'TEXT';
    case 'text':
      return typeof e.inputType === 'string' && NUMERIC_INPUTS.includes(e.inputType) ? null : 'TEXT';
    default:
      return null;
  }
}

function ratingPoints(e: Record<string, unknown>): ScalePoint[] {
  if (Array.isArray(e.rateValues) && e.rateValues.length) {
    return e.rateValues.map((v) =>
      isObject(v) ? { value: v.value, label: textOf(v.text, String(v.value)) } : { value: v, label: String(v) },
    );
  }
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  const [min, step] = [num(e.rateMin, 1), Math.max(num(e.rateStep, 1), 1e-9)];
  const max =
    typeof e.rateMax === 'number' ? e.rateMax : typeof e.rateCount === 'number' ? min + (e.rateCount - 1) * step : 5;
  const points: ScalePoint[] = [];
  for (let v = min; v <= max + 1e-9 && points.length < 101; v += step) points.push({ value: v, label: String(v) });
  return points;
}

function pointsOf(e: Record<string, unknown>, kind: SummaryKind): ScalePoint[] {
  if (kind === 'RATING') return ratingPoints(e);
  if (kind === 'BOOLEAN') {
    return [
      { value: e.valueTrue ?? true, label: textOf(e.labelTrue, 'Yes') },
      { value: e.valueFalse ?? false, label: textOf(e.labelFalse, 'No') },
    ];
  }
  if (kind === 'TEXT') return [];
  const choices = Array.isArray(e.choices) ? e.choices : [];
  const points = choices.map((c) =>
    isObject(c) ? { value: c.value, label: textOf(c.text, String(c.value)) } : { value: c, label: String(c) },
  );
  if (e.showOtherItem || e.hasOther) points.push({ value: 'other', label: textOf(e.otherText, 'Other') });
  if (e.showNoneItem || e.hasNone) points.push({ value: 'none', label: textOf(e.noneText, 'None') });
  return points;
}

export const valueKey = (v: unknown) => JSON.stringify(v);

/**
 * The summarisable questions of a questionnaire's versions (given newest first), by name, in the
 * newest version's order; questions only older versions have follow. Choices merge over versions.
 */
export function questionShapes(definitions: SurveyJson[]): QuestionShape[] {
  const byName = new Map<string, QuestionShape>();
  for (const definition of definitions) {
    for (const { element } of walkElements(definition)) {
      const kind = kindOf(element);
      if (!kind || typeof element.name !== 'string') continue;
      const known = byName.get(element.name);
      const points = pointsOf(element, kind);
      if (!known) {
        byName.set(element.name, { name: element.name, title: textOf(element.title, element.name), kind, points });
        continue;
      }
      if (known.kind !== kind) continue;
      const seen = new Set(known.points.map((p) => valueKey(p.value)));
      for (const p of points) if (!seen.has(valueKey(p.value))) known.points.push(p);
    }
  }
  for (const q of byName.values()) {
    if (q.kind === 'RATING' && q.points.every((p) => typeof p.value === 'number'))
      q.points.sort((a, b) => (a.value as number) - (b.value as number));
  }
  return [...byName.values()];
}
