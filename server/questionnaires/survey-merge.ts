import {
  CHILD_KEYS,
  deepEqual,
  elementsByName,
  ownProperties,
  walkElements,
  type ElementJson,
  type ElementVisit,
  type SurveyJson,
} from './survey-json.js';

export interface MergeConflict {
  /** Element name, "(survey).<property>" or "(page).<name>". */
  name: string;
  reason: string;
  ours: unknown;
  theirs: unknown;
}

export interface MergeOutcome {
  definition: SurveyJson;
  /** Elements (and survey properties) taken from the parent's newer version. */
  applied: string[];
  conflicts: MergeConflict[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);
const STRUCTURE = new Set(['pages', 'elements']);

/** The list that holds the children of `container` (a page or panel name) in `json`, if any. */
function childList(json: SurveyJson, container: string, key: string): ElementJson[] | null {
  if (Array.isArray(json.pages)) {
    const page = json.pages.find((p) => isObject(p) && p.name === container) as Record<string, unknown> | undefined;
    if (page) return (page.elements ??= []) as ElementJson[];
  }
  if (container === '' && Array.isArray(json.elements)) return json.elements as ElementJson[];
  const holder = elementsByName(json).get(container)?.element;
  if (!holder) return null;
  return (holder[key] ??= []) as ElementJson[];
}

/** Which child key (elements / templateElements) holds `visit` inside its container. */
function childKeyOf(json: SurveyJson, visit: ElementVisit): string {
  const holder = elementsByName(json).get(visit.container)?.element;
  if (holder) for (const key of CHILD_KEYS) if (holder[key] === visit.siblings) return key;
  return 'elements';
}

/** Inserts `element` into `container` of `target` after the nearest preceding sibling it shares with `source`. */
function insertLike(target: SurveyJson, source: SurveyJson, visit: ElementVisit, element: ElementJson): boolean {
  const list = childList(target, visit.container, childKeyOf(source, visit));
  if (!list) return false;
  let at = 0;
  for (let i = visit.index - 1; i >= 0; i--) {
    const name = visit.siblings[i]?.name;
    const found = list.findIndex((e) => e.name === name);
    if (found >= 0) {
      at = found + 1;
      break;
    }
  }
  list.splice(at, 0, element);
  return true;
}

function removeElement(json: SurveyJson, name: string): void {
  const visit = elementsByName(json).get(name);
  if (visit) visit.siblings.splice(visit.index, 1);
}

function replaceOwn(element: ElementJson, own: Record<string, unknown>): void {
  for (const key of Object.keys(element)) if (!(CHILD_KEYS as readonly string[]).includes(key)) delete element[key];
  Object.assign(element, clone(own));
}

/** Three-way merge of properties of one object (survey or page), skipping its structure keys. */
function mergeProperties(
  label: string,
  base: Record<string, unknown>,
  theirs: Record<string, unknown>,
  ours: Record<string, unknown>,
  out: MergeOutcome,
): void {
  for (const key of new Set([...Object.keys(base), ...Object.keys(theirs)])) {
    if (STRUCTURE.has(key) || deepEqual(base[key] ?? null, theirs[key] ?? null)) continue;
    if (deepEqual(base[key] ?? null, ours[key] ?? null)) {
      if (theirs[key] === undefined) delete ours[key];
      else ours[key] = clone(theirs[key]);
      out.applied.push(`${label}.${key}`);
    } else if (!deepEqual(ours[key] ?? null, theirs[key] ?? null)) {
      out.conflicts.push({
        name: `${label}.${key}`,
        reason: 'changed here and in the parent',
        ours: ours[key] ?? null,
        theirs: theirs[key] ?? null,
      });
    }
  }
}

function mergePages(base: SurveyJson, theirs: SurveyJson, result: SurveyJson, out: MergeOutcome): void {
  if (!Array.isArray(theirs.pages)) return;
  const pages = (result.pages ??= []) as Record<string, unknown>[];
  const byName = (list: unknown, name: unknown) =>
    (Array.isArray(list) ? list.find((p) => isObject(p) && p.name === name) : undefined) as
      Record<string, unknown> | undefined;
  theirs.pages.forEach((page, index) => {
    if (!isObject(page)) return;
    const mine = byName(pages, page.name);
    const original = byName(base.pages, page.name);
    if (mine && original) mergeProperties(`(page).${String(page.name)}`, original, page, mine, out);
    if (mine || original) return;
    const previous = index > 0 ? (theirs.pages as Record<string, unknown>[])[index - 1]?.name : undefined;
    const at = previous === undefined ? 0 : pages.findIndex((p) => p.name === previous) + 1;
    pages.splice(at || pages.length, 0, { ...clone(ownProperties(page)), elements: [] });
    out.applied.push(`(page).${String(page.name)}`);
  });
}

/**
 * Brings the parent's changes from `base` to `theirs` into `ours` (the derived draft), element by
 * element, matched by name. What only the parent changed is applied; what only the derived
 * questionnaire changed (including its own additions) is kept; where both changed the same
 * element differently, ours is kept and a conflict is reported.
 */
export function mergeDefinitions(base: SurveyJson, theirs: SurveyJson, ours: SurveyJson): MergeOutcome {
  const result = clone(ours);
  const out: MergeOutcome = { definition: result, applied: [], conflicts: [] };
  mergeProperties('(survey)', base, theirs, result, out);
  mergePages(base, theirs, result, out);

  const B = elementsByName(base);
  const T = elementsByName(theirs);
  const O = () => elementsByName(result);

  // Additions, in the parent's document order so that earlier siblings are already in place.
  for (const [name, visit] of T) {
    if (!B.has(name)) mergeAddition(name, visit, O().get(name), { theirs, result, out });
  }
  for (const [name, before] of B) mergeExisting(name, before, T.get(name), O().get(name), { B, theirs, result, out });
  return out;
}

/** What the per-element steps of a merge share: the parent's newer version, the result being built, the outcome. */
interface MergeState {
  theirs: SurveyJson;
  result: SurveyJson;
  out: MergeOutcome;
}

/** An element the parent added: placed like in the parent, unless the derived questionnaire added its own. */
function mergeAddition(name: string, visit: ElementVisit, mine: ElementVisit | undefined, state: MergeState): void {
  const { theirs, result, out } = state;
  if (mine) {
    if (!deepEqual(ownProperties(mine.element), ownProperties(visit.element))) {
      out.conflicts.push({
        name,
        reason: 'added here and in the parent, differently',
        ours: mine.element,
        theirs: visit.element,
      });
    }
    return;
  }
  const element = clone(visit.element);
  // Nested elements are placed one by one by the caller's loop.
  for (const key of CHILD_KEYS) if (Array.isArray(element[key])) element[key] = [];
  if (insertLike(result, theirs, visit, element)) out.applied.push(name);
  else
    out.conflicts.push({
      name,
      reason: `added in the parent inside "${visit.container}", which is not here`,
      ours: null,
      theirs: visit.element,
    });
}

/** An element of the base version: the parent's removal, change or move applied, or a conflict reported. */
function mergeExisting(
  name: string,
  before: ElementVisit,
  after: ElementVisit | undefined,
  mine: ElementVisit | undefined,
  state: MergeState & { B: Map<string, ElementVisit> },
): void {
  const { B, theirs, result, out } = state;
  const ownChanged = (v: ElementVisit) => !deepEqual(ownProperties(v.element), ownProperties(before.element));
  if (!after) {
    if (!mine) return;
    const ourChildren = [...walkElements({ elements: [mine.element] })]
      .slice(1)
      .some((c) => !B.has(String(c.element.name)));
    if (ownChanged(mine) || ourChildren) {
      out.conflicts.push({ name, reason: 'removed in the parent but changed here', ours: mine.element, theirs: null });
    } else {
      removeElement(result, name);
      out.applied.push(name);
    }
    return;
  }
  const theirOwn = ownChanged(after);
  const theirMove = after.container !== before.container;
  if (!theirOwn && !theirMove) return;
  if (!mine) {
    out.conflicts.push({ name, reason: 'changed in the parent but removed here', ours: null, theirs: after.element });
    return;
  }
  let applied = false;
  if (theirOwn) {
    if (!ownChanged(mine)) {
      replaceOwn(mine.element, ownProperties(after.element));
      applied = true;
    } else if (!deepEqual(ownProperties(mine.element), ownProperties(after.element))) {
      out.conflicts.push({ name, reason: 'changed here and in the parent', ours: mine.element, theirs: after.element });
    }
  }
  if (theirMove && mine.container === before.container) {
    const element = mine.siblings.splice(mine.index, 1)[0];
    if (insertLike(result, theirs, after, element)) applied = true;
    else mine.siblings.splice(mine.index, 0, element);
  }
  if (applied) out.applied.push(name);
}

/** A parent marking a panel mandatory marks everything inside it too. */
export function expandMandatory(json: SurveyJson, names: string[]): string[] {
  const wanted = new Set(names);
  const all = new Set<string>();
  const byName = elementsByName(json);
  for (const name of wanted) {
    const visit = byName.get(name);
    if (!visit) continue;
    for (const inner of walkElements({ elements: [visit.element] }))
      if (typeof inner.element.name === 'string') all.add(inner.element.name);
  }
  return [...all].sort();
}

/**
 * Same core: equal own properties, except that the derived questionnaire may add translations
 * (extra locales in a localisable string) — a refinement, not a lowering.
 */
function sameCore(parent: unknown, child: unknown): boolean {
  if (typeof parent === 'string' && isObject(child) && 'default' in child) return sameCore({ default: parent }, child);
  if (isObject(parent) && isObject(child)) {
    const localisable = 'default' in parent && Object.values(parent).every((v) => typeof v === 'string');
    const keys = localisable ? Object.keys(parent) : [...new Set([...Object.keys(parent), ...Object.keys(child)])];
    return keys.every((k) => sameCore(parent[k], child[k]));
  }
  if (Array.isArray(parent) && Array.isArray(child))
    return parent.length === child.length && parent.every((v, i) => sameCore(v, child[i]));
  return deepEqual(parent ?? null, child ?? null);
}

export interface CoreViolation {
  name: string;
  message: string;
}

/** Every mandatory element of the parent version that the draft removed or altered. */
export function lockedCoreViolations(parent: SurveyJson, mandatory: string[], draft: SurveyJson): CoreViolation[] {
  const [P, D] = [elementsByName(parent), elementsByName(draft)];
  const violations: CoreViolation[] = [];
  for (const name of mandatory) {
    const required = P.get(name);
    if (!required) continue;
    const mine = D.get(name);
    if (!mine) {
      violations.push({ name, message: `"${name}" is mandatory in the parent questionnaire and cannot be removed.` });
      continue;
    }
    const [p, d] = [ownProperties(required.element), ownProperties(mine.element)];
    const changed = [...new Set([...Object.keys(p), ...Object.keys(d)])].filter((k) => !sameCore(p[k], d[k]));
    if (changed.length) {
      violations.push({
        name,
        message: `"${name}" is mandatory in the parent questionnaire and cannot be altered (changed: ${changed.join(', ')}).`,
      });
    }
  }
  return violations;
}
