import { EmailValidator } from 'survey-core';

/**
 * The value check of each question type in the compiled plan: the shape a runner sends for the
 * type (a documented addition to SurveyJS, which lets off-scale ratings and wrong types through),
 * plus the type's own rules that survey-core enforces (number min/max, text maxLength, e-mail).
 */
export type Json = Record<string, unknown>;
export type Check = (value: unknown) => string | null;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const valueOf = (item: unknown) => (isObject(item) ? item.value : item);
export const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
export const show = (v: unknown) => JSON.stringify(v);

const email = new EmailValidator();
/** survey-core's own e-mail rule (its EmailValidator), so both judge an address alike. */
export const isEmail = (v: unknown) => email.validate(v as string, '') === null;

/** Allowed values of a choice question: its choices plus the special items it shows. */
export function choiceSet(q: Json): Set<string> | null {
  if (q.choicesByUrl || q.choicesFromQuestion) return null; // known only at run time
  const set = new Set((Array.isArray(q.choices) ? q.choices : []).map((c) => String(valueOf(c))));
  if (q.showOtherItem || q.hasOther) set.add(String(q.otherItemValue ?? 'other'));
  if (q.showNoneItem || q.hasNone) set.add(String(q.noneItemValue ?? 'none'));
  if (q.showRefuseItem) set.add('refused');
  if (q.showDontKnowItem) set.add('dontknow');
  return set;
}

export function ratingPoints(q: Json): Set<number> {
  if (Array.isArray(q.rateValues) && q.rateValues.length) {
    return new Set(q.rateValues.map((v) => num(valueOf(v))).filter((v): v is number => v !== null));
  }
  const min = num(q.rateMin) ?? 1;
  const step = num(q.rateStep) ?? 1;
  const count = num(q.rateCount);
  const max = num(q.rateMax) ?? (count !== null ? min + (count - 1) * step : 5);
  const points = new Set<number>();
  for (let v = min; v <= max + 1e-9 && points.size <= 1000; v += step) points.add(Math.round(v * 1e9) / 1e9);
  return points;
}

export function inChoices(set: Set<string> | null, value: unknown): string | null {
  if (isObject(value) || Array.isArray(value)) return `expects one value, got ${show(value)}.`;
  return set && !set.has(String(value)) ? `${show(value)} is not one of its choices.` : null;
}

function textCheck(q: Json): Check {
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
    if (inputType === 'email' && !isEmail(v)) return `${show(v)} is not an e-mail address.`;
    if (maxLength !== null && maxLength > 0 && String(v).length > maxLength) {
      return `is longer than ${maxLength} characters.`;
    }
    return null;
  };
}

function commentCheck(q: Json): Check {
  const maxLength = num(q.maxLength);
  return (v) => {
    if (typeof v !== 'string') return `expects text, got ${show(v)}.`;
    const tooLong = maxLength !== null && maxLength > 0 && v.length > maxLength;
    return tooLong ? `is longer than ${maxLength} characters.` : null;
  };
}

function listCheck(q: Json, what: string): Check {
  const set = choiceSet(q);
  const max = num(q.maxSelectedChoices);
  return (v) => {
    if (!Array.isArray(v)) return `expects a list of ${what}, got ${show(v)}.`;
    if (new Set(v.map(String)).size !== v.length) return 'lists a choice twice.';
    if (max && v.length > max) return `allows at most ${max} choices (${v.length} given).`;
    return v.map((x) => inChoices(set, x)).find(Boolean) ?? null;
  };
}

function rankingCheck(q: Json): Check {
  const set = choiceSet(q);
  return (v) => {
    if (!Array.isArray(v)) return `expects a ranked list, got ${show(v)}.`;
    if (new Set(v.map(String)).size !== v.length) return 'ranks a choice twice.';
    const wrong = v.map((x) => inChoices(set, x)).find(Boolean);
    if (wrong) return wrong;
    return set && !q.selectToRankEnabled && v.length !== set.size ? `must rank all ${set.size} choices.` : null;
  };
}

/** Rows of a single-choice matrix; `eachRowRequired` (formerly `isAllRowRequired`) is checked by the plan. */
export const matrixRows = (q: Json) => (Array.isArray(q.rows) ? q.rows : []).map((r) => String(valueOf(r)));
export const eachRowRequired = (q: Json) => q.eachRowRequired === true || q.isAllRowRequired === true;

function matrixCheck(q: Json): Check {
  const rows = new Set(matrixRows(q));
  const columns = new Set((Array.isArray(q.columns) ? q.columns : []).map((c) => String(valueOf(c))));
  return (v) => {
    if (!isObject(v)) return `expects an object of row → column, got ${show(v)}.`;
    for (const [row, column] of Object.entries(v)) {
      if (!rows.has(row)) return `has no row "${row}".`;
      if (!columns.has(String(column))) return `row "${row}": ${show(column)} is not one of its columns.`;
    }
    const missing = [...rows].some((row) => v[row] === undefined || v[row] === '');
    return eachRowRequired(q) && missing ? 'every row needs an answer.' : null;
  };
}

/** What a cell of a dropdown/dynamic matrix accepts, by its column's cell type. */
function cellCheck(matrix: Json, column: Json): Check {
  const type = String(column.cellType ?? matrix.cellType ?? 'dropdown');
  const withChoices = { ...column, choices: column.choices ?? matrix.choices };
  const set = Array.isArray(withChoices.choices) && withChoices.choices.length ? choiceSet(withChoices) : null;
  if (type === 'rating') {
    const points = ratingPoints(column);
    return (v) => (points.has(num(v) ?? NaN) ? null : `${show(v)} is not on the rating scale.`);
  }
  if (type === 'boolean') return (v) => (typeof v === 'boolean' ? null : `${show(v)} is not true or false.`);
  if (type === 'checkbox') {
    const wrong = (v: unknown[]) => v.map((x) => inChoices(set, x)).find(Boolean) ?? null;
    return (v) => (!Array.isArray(v) ? `expects a list, got ${show(v)}.` : wrong(v));
  }
  if (type === 'dropdown' || type === 'radiogroup') return (v) => inChoices(set, v);
  return (v) => (isObject(v) || Array.isArray(v) ? `expects text, got ${show(v)}.` : null);
}

function matrixCells(q: Json): Check {
  const list = (Array.isArray(q.columns) ? q.columns : []).filter(isObject);
  const columns = new Map(list.map((c) => [String(c.name), cellCheck(q, c)]));
  return (row) => {
    if (!isObject(row)) return `expects an object of column → value, got ${show(row)}.`;
    for (const [column, cell] of Object.entries(row)) {
      if (!columns.has(column)) return `has no column "${column}".`;
      const problem = columns.get(column)!(cell);
      if (problem && cell !== undefined && cell !== null && cell !== '') return `column "${column}": ${problem}`;
    }
    return null;
  };
}

/** Dropdown and dynamic matrices, multiple text and sliders: survey-core judges them today (plan-coverage.ts). */
function compositeCheck(q: Json, type: string): Check {
  if (type === 'matrixdropdown') {
    const rows = new Set(matrixRows(q));
    const cells = matrixCells(q);
    return (v) => {
      if (!isObject(v)) return `expects an object of row → cells, got ${show(v)}.`;
      const checked = Object.entries(v).map(([r, value]) => [r, rows.has(r) ? cells(value) : 'does not exist.']);
      const [row, problem] = checked.find(([, p]) => p) ?? [];
      return problem ? `row "${row}" ${problem}` : null;
    };
  }
  if (type === 'matrixdynamic') {
    const cells = matrixCells(q);
    return (v) => {
      if (!Array.isArray(v)) return `expects a list of rows, got ${show(v)}.`;
      return v.map((row, i) => (cells(row) ? `row ${i + 1} ${cells(row)}` : null)).find(Boolean) ?? null;
    };
  }
  if (type === 'multipletext') {
    const items = new Set((Array.isArray(q.items) ? q.items : []).filter(isObject).map((i) => String(i.name)));
    return (v) => {
      if (!isObject(v)) return `expects an object of item → text, got ${show(v)}.`;
      const unknown = Object.keys(v).find((k) => !items.has(k));
      return unknown ? `has no item "${unknown}".` : null;
    };
  }
  if (type === 'slider') {
    const [min, max] = [num(q.min) ?? 0, num(q.max) ?? 100];
    const inside = (v: unknown) => typeof v === 'number' && v >= min && v <= max;
    return (v) => (inside(v) ? null : `${show(v)} is not between ${min} and ${max}.`);
  }
  return () => null; // expression (computed), file, signaturepad: stored as given
}

/** The value check of one question type (types outside the plan's proven set are never compiled). */
export function typeCheck(q: Json, type: string): Check {
  switch (type) {
    case 'text':
      return textCheck(q);
    case 'comment':
      return commentCheck(q);
    case 'rating': {
      const points = ratingPoints(q);
      const scale = [...points].join(', ');
      const off = (v: unknown) => `${show(v)} is not on its rating scale (${scale}).`;
      return (v) => (typeof v === 'number' && points.has(v) ? null : off(v));
    }
    case 'radiogroup':
    case 'dropdown': {
      const set = choiceSet(q);
      return (v) => inChoices(set, v);
    }
    case 'imagepicker': {
      const set = choiceSet(q);
      return q.multiSelect ? listCheck(q, 'images') : (v) => inChoices(set, v);
    }
    case 'checkbox':
    case 'tagbox':
      return listCheck(q, 'choices');
    case 'ranking':
      return rankingCheck(q);
    case 'boolean': {
      const [yes, no] = [q.valueTrue ?? true, q.valueFalse ?? false];
      return (v) => (v === yes || v === no ? null : `${show(v)} is not ${show(yes)} or ${show(no)}.`);
    }
    case 'matrix':
      return matrixCheck(q);
    default:
      return compositeCheck(q, type);
  }
}
