import {
  deepEqual,
  elementsByName,
  ownProperties,
  type ElementJson,
  type ElementVisit,
  type SurveyJson,
} from './survey-json.js';

/** What about a question changed between two versions. */
export enum DiffAspect {
  TITLE = 'TITLE',
  TYPE = 'TYPE',
  CHOICES_ADDED = 'CHOICES_ADDED',
  CHOICES_REMOVED = 'CHOICES_REMOVED',
  CHOICES_RELABELLED = 'CHOICES_RELABELLED',
  RATE_RANGE = 'RATE_RANGE',
  REQUIRED = 'REQUIRED',
  VALIDATORS = 'VALIDATORS',
  VISIBLE_IF = 'VISIBLE_IF',
  ENABLE_IF = 'ENABLE_IF',
  PAGE = 'PAGE',
  OTHER = 'OTHER',
}

export interface AspectChange {
  aspect: DiffAspect;
  /** The SurveyJS property concerned (choices, rows, columns, rateMax…). */
  property: string;
  before: unknown;
  after: unknown;
}

export interface DiffElement {
  name: string;
  type: string;
  title: unknown;
  page: string;
  element: ElementJson;
}

export interface ElementChange extends Omit<DiffElement, 'element'> {
  changes: AspectChange[];
}

export interface DefinitionDiff {
  added: DiffElement[];
  removed: DiffElement[];
  changed: ElementChange[];
  unchangedCount: number;
}

const RATE_KEYS = ['rateMin', 'rateMax', 'rateStep', 'rateValues', 'rateCount'];
const HANDLED = new Set([
  'name',
  'type',
  'title',
  'isRequired',
  'validators',
  'visibleIf',
  'enableIf',
  'choices',
  'rows',
  'columns',
  ...RATE_KEYS,
]);

const describe = (v: ElementVisit): DiffElement => ({
  name: String(v.element.name),
  type: String(v.element.type),
  title: v.element.title ?? null,
  page: v.page,
  element: v.element,
});

type Item = { value: unknown; text: unknown };
const items = (list: unknown): Map<string, Item> => {
  const map = new Map<string, Item>();
  if (!Array.isArray(list)) return map;
  for (const raw of list) {
    const item: Record<string, unknown> =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { value: raw };
    const value = item.value ?? item.name;
    map.set(String(value), { value, text: item.text ?? item.title ?? null });
  }
  return map;
};

/** Choice-like lists (choices, rows, columns): items added, removed, or with a new label, by value. */
function diffItems(property: string, before: unknown, after: unknown): AspectChange[] {
  const [a, b] = [items(before), items(after)];
  const added = [...b.keys()].filter((k) => !a.has(k)).map((k) => b.get(k)!);
  const removed = [...a.keys()].filter((k) => !b.has(k)).map((k) => a.get(k)!);
  const relabelled = [...a.keys()].filter((k) => b.has(k) && !deepEqual(a.get(k)!.text, b.get(k)!.text));
  const changes: AspectChange[] = [];
  if (added.length) changes.push({ aspect: DiffAspect.CHOICES_ADDED, property, before: null, after: added });
  if (removed.length) changes.push({ aspect: DiffAspect.CHOICES_REMOVED, property, before: removed, after: null });
  if (relabelled.length) {
    changes.push({
      aspect: DiffAspect.CHOICES_RELABELLED,
      property,
      before: relabelled.map((k) => a.get(k)),
      after: relabelled.map((k) => b.get(k)),
    });
  }
  // Same items in another order, or other item properties (visibleIf on a choice…).
  if (!changes.length && !deepEqual(before ?? null, after ?? null))
    changes.push({ aspect: DiffAspect.OTHER, property, before, after });
  return changes;
}

export function diffElement(before: ElementVisit, after: ElementVisit): AspectChange[] {
  const [a, b] = [ownProperties(before.element), ownProperties(after.element)];
  const changes: AspectChange[] = [];
  const simple = (aspect: DiffAspect, property: string) => {
    if (!deepEqual(a[property] ?? null, b[property] ?? null))
      changes.push({ aspect, property, before: a[property] ?? null, after: b[property] ?? null });
  };
  simple(DiffAspect.TITLE, 'title');
  simple(DiffAspect.TYPE, 'type');
  for (const property of ['choices', 'rows', 'columns']) changes.push(...diffItems(property, a[property], b[property]));
  const rate = (o: Record<string, unknown>) =>
    Object.fromEntries(RATE_KEYS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  if (!deepEqual(rate(a), rate(b)))
    changes.push({ aspect: DiffAspect.RATE_RANGE, property: 'rate', before: rate(a), after: rate(b) });
  if (Boolean(a.isRequired) !== Boolean(b.isRequired)) {
    changes.push({
      aspect: DiffAspect.REQUIRED,
      property: 'isRequired',
      before: Boolean(a.isRequired),
      after: Boolean(b.isRequired),
    });
  }
  simple(DiffAspect.VALIDATORS, 'validators');
  simple(DiffAspect.VISIBLE_IF, 'visibleIf');
  simple(DiffAspect.ENABLE_IF, 'enableIf');
  if (before.page !== after.page)
    changes.push({ aspect: DiffAspect.PAGE, property: 'page', before: before.page, after: after.page });
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!HANDLED.has(key) && !deepEqual(a[key] ?? null, b[key] ?? null)) {
      changes.push({ aspect: DiffAspect.OTHER, property: key, before: a[key] ?? null, after: b[key] ?? null });
    }
  }
  return changes;
}

/** Compares two definitions question by question, matching them by `name`. */
export function diffDefinitions(from: SurveyJson, to: SurveyJson): DefinitionDiff {
  const [a, b] = [elementsByName(from), elementsByName(to)];
  const diff: DefinitionDiff = { added: [], removed: [], changed: [], unchangedCount: 0 };
  for (const [name, visit] of b) if (!a.has(name)) diff.added.push(describe(visit));
  for (const [name, visit] of a) {
    const other = b.get(name);
    if (!other) {
      diff.removed.push(describe(visit));
      continue;
    }
    const changes = diffElement(visit, other);
    if (changes.length) {
      const { element: _, ...rest } = describe(other);
      diff.changed.push({ ...rest, changes });
    } else diff.unchangedCount++;
  }
  return diff;
}
