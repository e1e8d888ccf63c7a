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
  /** The scale as shown to authors: "1–5", "0–10", "yes/no", "1–5, n/a: na". */
  scale: string;
  /** Values that are not numbers (an "N/A" column or choice): the binding lists them as not applicable. */
  notApplicable: string[];
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
/**
 * The numeric values of a list of choices or columns, and the others (an "N/A" column), which a
 * binding lists as not applicable — the server then scores on the numeric ones (design.md §4).
 */
const numbers = (list: unknown): { points: number[]; notApplicable: string[] } | null => {
  if (!Array.isArray(list) || !list.length) return null;
  const points = list.map((i) => num(valueOf(i))).filter((v): v is number => v !== null);
  const notApplicable = list.filter((i) => num(valueOf(i)) === null).map((i) => String(valueOf(i)));
  return points.length ? { points, notApplicable } : null;
};

type ScaleOf = { min: number; max: number; scale?: string; notApplicable?: string[] };

function discrete(list: unknown): ScaleOf | null {
  const found = numbers(list);
  if (!found) return null;
  const [min, max] = [Math.min(...found.points), Math.max(...found.points)];
  return min < max ? { min, max, notApplicable: found.notApplicable } : null;
}

function scaleOf(element: Json): ScaleOf | null {
  const type = String(element.type);
  if (type === 'rating') {
    if (Array.isArray(element.rateValues) && element.rateValues.length) return discrete(element.rateValues);
    const min = num(element.rateMin) ?? 1;
    const step = num(element.rateStep) ?? 1;
    const count = num(element.rateCount);
    const max =
      num(element.rateMax) ?? (count !== null && element.rateMax === undefined ? min + (count - 1) * step : 5);
    return min < max && step > 0 ? { min, max } : null;
  }
  if (type === 'boolean') return { min: 0, max: 1, scale: 'yes/no' };
  if (type === 'radiogroup' || type === 'dropdown' || type === 'imagepicker' || type === 'matrix')
    return discrete(type === 'matrix' ? element.columns : element.choices);
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
        const notApplicable = scale.notApplicable ?? [];
        const na = notApplicable.length ? `, n/a: ${notApplicable.join(', ')}` : '';
        const base = {
          name,
          title: text(element.title, name),
          type: String(element.type),
          min: scale.min,
          max: scale.max,
          scale: scale.scale ?? `${scale.min}–${scale.max}${na}`,
          notApplicable,
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
export const ITEM_KINDS = ['SURVEY', 'LIKERT_SUM', 'NPS', 'INSPECTION'] as const;
export const LEAF_KINDS = ['SURVEY', 'LIKERT_SUM', 'NPS', 'GAP', 'METRIC', 'INSPECTION'] as const;
