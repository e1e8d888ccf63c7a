import { z } from 'zod';
import { badInput } from '../graphql/errors.js';

/**
 * The guard of every public input path (submissions over GraphQL and HTTP, partial saves, IVR,
 * webhooks, imports): shapes and lengths as zod schemas, and checks of text and JSON that
 * PostgreSQL would otherwise refuse with a server error (NUL characters, lone surrogates, JSON
 * nested past any survey's need). A refusal is BAD_USER_INPUT naming the field.
 */
export const LIMITS = {
  /** Respondent category, service situation and other labels results are grouped by (they key index rows). */
  label: 200,
  /** A language tag (BCP 47, e.g. "uk", "fr-BE"). */
  language: 35,
  /** Tokens, keys and ids sent by clients. */
  token: 200,
  /** Answers nest a few levels (dynamic panels in matrices); no survey needs more than this. */
  jsonDepth: 32,
} as const;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be stored, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000), which text cannot hold';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not valid Unicode';
  return null;
}

/** The text with NUL characters and lone surrogates replaced (U+FFFD), for messages that quote input. */
export const storable = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- NUL is the character PostgreSQL cannot store, so it is what we replace
  text.replace(/\u0000/g, '\ufffd').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\ufffd');

/** Free text from the public, at most `max` characters, storable. */
export const publicText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const problem = textProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** Optional free text: absent, null or empty mean "not given". */
export const optionalText = (max: number) =>
  publicText(max)
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null));

/**
 * Why a JSON value from the public cannot be stored, or null when it can: depth above
 * `maxDepth`, or a key or string that `textProblem` refuses. Iterative, so no depth overflows it.
 */
export function jsonProblem(value: unknown, maxDepth: number = LIMITS.jsonDepth): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return `a value ${problem}`;
    } else if (v && typeof v === 'object') {
      if (depth >= maxDepth) return `they nest more than ${maxDepth} levels deep`;
      for (const [key, child] of Object.entries(v)) {
        const problem = textProblem(key);
        if (problem) return `a question name ${problem}`;
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  date: 'a date and time',
};

function sentence(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : 'The input';
  switch (issue.code) {
    case 'invalid_type':
      return `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_big':
      return `${field} must be at most ${issue.maximum} characters.`;
    case 'too_small':
      return `${field} must be at least ${issue.minimum} characters.`;
    default:
      return `${field} ${issue.message}.`;
  }
}

/** Parses public input with a schema, or throws BAD_USER_INPUT naming the first field at fault. */
export function parsePublic<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw badInput(sentence(issue), issue.path.length ? { field: issue.path.join('.') } : undefined);
}
