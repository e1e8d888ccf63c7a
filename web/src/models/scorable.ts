/**
 * The questions of a SurveyJS definition that an indicator can be bound to, with their scale —
 * the same rules as the server's scoring engine (server/indicators/engine/scale.ts): ratings,
 * matrix rows, yes/no, single choices with numeric values, number fields with min and max.
 */
export interface ScorableQuestion {
  /** The question's name, as bindings refer to it. */
  name: string;
  /** For a matrix: the row bound. */
  row: string | null;
  title: string;
  type: string;
  min: number;
  max: number;
  /** The scale as shown to authors: "1–5", "0–10", "yes/no". */
  scale: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueOf = (item: unknown) => (isObject(item) ? item.value : item);
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const text = (v: unknown, name: string): string => {
  if (typeof v === 'string') return v;
  if (isObject(v)) return String(v.default ?? v.en ?? Object.values(v)[0] ?? name);
  return name;
};
const numbers = (list: unknown): number[] | null => {
  if (!Array.isArray(list) || !list.length) return null;
  const values = list.map((i) => num(valueOf(i)));
  return values.every((v) => v !== null) ? (values as number[]) : null;
};

function scaleOf(element: Json): { min: number; max: number; scale?: string } | null {
  const type = String(element.type);
  if (type === 'rating') {
    if (Array.isArray(element.rateValues) && element.rateValues.length) {
      // Rate values that are not all numbers cannot be scored (the server asks for a valueScores map).
      const points = numbers(element.rateValues);
      const [min, max] = points ? [Math.min(...points), Math.max(...points)] : [0, 0];
      return min < max ? { min, max } : null;
    }
    const min = num(element.rateMin) ?? 1;
    const step = num(element.rateStep) ?? 1;
    const count = num(element.rateCount);
    const max =
      num(element.rateMax) ?? (count !== null && element.rateMax === undefined ? min + (count - 1) * step : 5);
    return min < max && step > 0 ? { min, max } : null;
  }
  if (type === 'boolean') return { min: 0, max: 1, scale: 'yes/no' };
  if (type === 'radiogroup' || type === 'dropdown' || type === 'imagepicker' || type === 'matrix') {
    const points = numbers(type === 'matrix' ? element.columns : element.choices);
    return points && Math.min(...points) < Math.max(...points)
      ? { min: Math.min(...points), max: Math.max(...points) }
      : null;
  }
  if (type === 'text' && element.inputType === 'number') {
    const [min, max] = [num(element.min), num(element.max)];
    return min !== null && max !== null && min < max ? { min, max } : null;
  }
  return null;
}

export function scorableQuestions(definition: unknown): ScorableQuestion[] {
  const found: ScorableQuestion[] = [];
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isObject(element)) continue;
      const name = typeof element.name === 'string' ? element.name : '';
      const scale = name ? scaleOf(element) : null;
      if (scale) {
        const base = {
          name,
          title: text(element.title, name),
          type: String(element.type),
          min: scale.min,
          max: scale.max,
          scale: scale.scale ?? `${scale.min}–${scale.max}`,
        };
        if (element.type === 'matrix') {
          for (const row of Array.isArray(element.rows) ? element.rows : []) {
            const value = String(valueOf(row));
            found.push({
              ...base,
              row: value,
              title: `${base.title} — ${text(isObject(row) ? row.text : value, value)}`,
            });
          }
        } else found.push({ ...base, row: null });
      }
      visit(element.elements);
      visit(element.templateElements);
    }
  };
  if (isObject(definition)) {
    if (Array.isArray(definition.pages)) for (const page of definition.pages) if (isObject(page)) visit(page.elements);
    visit(definition.elements);
  }
  return found;
}

/** The kinds that bind questions through items, and those that are leaves. */
export const ITEM_KINDS = ['SURVEY', 'LIKERT_SUM', 'NPS'] as const;
export const LEAF_KINDS = ['SURVEY', 'LIKERT_SUM', 'NPS', 'GAP', 'METRIC'] as const;
