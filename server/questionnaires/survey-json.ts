import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { badInput } from '../graphql/errors.js';

/** A SurveyJS definition as authored: plain JSON, kept exactly as given. */
// canonicalize is CommonJS whose typings claim an ES default export; at run time the default is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

export type SurveyJson = Record<string, unknown>;
export type ElementJson = Record<string, unknown> & { type?: unknown; name?: unknown };

export const MAX_DEFINITION_BYTES = 2 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Accepts a definition as a JSON object or as JSON text. Refuses what cannot be a survey
 * before anything else looks at it.
 */
export function parseDefinition(input: unknown): SurveyJson {
  let value = input;
  if (typeof input === 'string') {
    if (Buffer.byteLength(input) > MAX_DEFINITION_BYTES) throw tooLarge(Buffer.byteLength(input));
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw badInput(`The questionnaire definition is not valid JSON: ${(error as Error).message}.`, {
        field: 'definition',
      });
    }
  }
  if (!isObject(value)) {
    throw badInput('The questionnaire definition must be a SurveyJS JSON object (with "pages" or "elements").', {
      field: 'definition',
    });
  }
  const size = Buffer.byteLength(JSON.stringify(value));
  if (size > MAX_DEFINITION_BYTES) throw tooLarge(size);
  if (!Array.isArray(value.pages) && !Array.isArray(value.elements)) {
    throw badInput('This JSON is not a SurveyJS survey: it has neither a "pages" nor an "elements" array.', {
      field: 'definition',
    });
  }
  return value;
}

function tooLarge(bytes: number) {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return badInput(
    `The questionnaire definition is ${mb(bytes)}; the limit is ${mb(MAX_DEFINITION_BYTES)}. Split it, or move images out of the JSON.`,
    {
      field: 'definition',
    },
  );
}

/** RFC 8785 canonical JSON: the same content always hashes the same, whatever the key order. */
export function contentHash(json: unknown): string {
  return createHash('sha256')
    .update(canonicalize(json) ?? 'null')
    .digest('hex');
}

export interface ElementVisit {
  element: ElementJson;
  /** JSON path, e.g. pages[0].elements[2].templateElements[0]. */
  path: string;
  /** Name of the page the element is on (or "" for a root-level elements list). */
  page: string;
  /** Name of the panel or page that holds it directly. */
  container: string;
  /** The array holding it, and its index, for edits. */
  siblings: ElementJson[];
  index: number;
}

/** Child element lists of an element: panel elements and dynamic panel templates. */
export const CHILD_KEYS = ['elements', 'templateElements'] as const;

/** Every element (questions and panels, at any depth), in document order. */
export function* walkElements(json: SurveyJson): Generator<ElementVisit> {
  function* walk(list: unknown, path: string, page: string, container: string): Generator<ElementVisit> {
    if (!Array.isArray(list)) return;
    for (let index = 0; index < list.length; index++) {
      const element = list[index];
      if (!isObject(element)) continue;
      const here = `${path}[${index}]`;
      yield { element, path: here, page, container, siblings: list, index };
      const name = typeof element.name === 'string' ? element.name : here;
      for (const key of CHILD_KEYS) yield* walk(element[key], `${here}.${key}`, page, name);
    }
  }
  if (Array.isArray(json.pages)) {
    for (let i = 0; i < json.pages.length; i++) {
      const page = json.pages[i];
      if (!isObject(page)) continue;
      const name = typeof page.name === 'string' ? page.name : `page${i + 1}`;
      yield* walk(page.elements, `pages[${i}].elements`, name, name);
    }
  }
  yield* walk(json.elements, 'elements', '', '');
}

/** An element's own properties, without its nested elements. */
export function ownProperties(element: ElementJson): Record<string, unknown> {
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element))
    if (!(CHILD_KEYS as readonly string[]).includes(key)) own[key] = value;
  return own;
}

export function elementsByName(json: SurveyJson): Map<string, ElementVisit> {
  const map = new Map<string, ElementVisit>();
  for (const visit of walkElements(json)) {
    if (typeof visit.element.name === 'string' && !map.has(visit.element.name)) map.set(visit.element.name, visit);
  }
  return map;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return canonicalize(a) === canonicalize(b);
}
