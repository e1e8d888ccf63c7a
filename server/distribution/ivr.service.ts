import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound } from '../graphql/errors.js';
import { submitResponse, surveyForToken } from '../responses/index.js';
import { contactKeys } from './contact-crypto.js';
import { IvrSession } from './ivr-session.entity.js';

/** A question a caller can answer with one key. */
export interface KeypadQuestion {
  name: string;
  text: string;
  required: boolean;
  /** key → answer value */
  keys: Record<string, unknown>;
}

/** The parts of a SurveyJS element (or survey) a keypad reads. */
interface Element {
  type?: string;
  name: string;
  title?: unknown;
  isRequired?: boolean;
  elements?: Element[];
  rateValues?: unknown[];
  rateMin?: number;
  rateMax?: number;
  choices?: unknown[];
}

/** The parts of a SurveyJS survey a keypad reads. */
interface Survey {
  pages?: { elements?: Element[] }[];
  elements?: Element[];
}

/** A SurveyJS item value: a bare value, or `{ value, text }` (a null item fails as before). */
type ItemValue = { value?: unknown; text?: unknown };

const textOf = (value: unknown, language: string | null): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, string>;
    return (language && v[language]) || v.default || v.en || Object.values(v)[0] || '';
  }
  return '';
};

function elementsOf(definition: Survey): Element[] {
  const out: Element[] = [];
  const walk = (elements: Element[] = []) => {
    for (const e of elements) {
      if (e.type === 'panel') walk(e.elements);
      else out.push(e);
    }
  };
  for (const page of definition.pages ?? []) walk(page.elements);
  if (definition.elements) walk(definition.elements);
  return out;
}

/** The questions of a survey that fit a keypad: ratings of at most 10 points, choices of at most 9, yes/no. */
export function keypadQuestions(definition: Survey, language: string | null): KeypadQuestion[] {
  const out: KeypadQuestion[] = [];
  for (const e of elementsOf(definition)) {
    const title = textOf(e.title, language) || e.name;
    const keys: Record<string, unknown> = {};
    if (e.type === 'rating') {
      const values: unknown[] =
        Array.isArray(e.rateValues) && e.rateValues.length
          ? e.rateValues.map((v) => (typeof v === 'object' ? (v as ItemValue).value : v))
          : Array.from({ length: (e.rateMax ?? 5) - (e.rateMin ?? 1) + 1 }, (_, i) => (e.rateMin ?? 1) + i);
      if (values.every((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 9))
        for (const v of values) keys[String(v)] = v;
      else if (values.length <= 9) values.forEach((v, i) => (keys[String(i + 1)] = v));
      else continue;
      const k = Object.keys(keys);
      out.push({ name: e.name, text: `${title} Press ${k[0]} to ${k.at(-1)}.`, required: Boolean(e.isRequired), keys });
    } else if (
      (e.type === 'radiogroup' || e.type === 'dropdown') &&
      Array.isArray(e.choices) &&
      e.choices.length <= 9
    ) {
      const labels = e.choices.map((c, i: number) => {
        const value = typeof c === 'object' ? (c as ItemValue).value : c;
        keys[String(i + 1)] = value;
        return `${i + 1}: ${textOf(typeof c === 'object' ? ((c as ItemValue).text ?? (c as ItemValue).value) : c, language)}`;
      });
      out.push({ name: e.name, text: `${title} ${labels.join(', ')}.`, required: Boolean(e.isRequired), keys });
    } else if (e.type === 'boolean') {
      keys['1'] = true;
      keys['2'] = false;
      out.push({ name: e.name, text: `${title} Press 1 for yes, 2 for no.`, required: Boolean(e.isRequired), keys });
    }
  }
  return out;
}

export interface IvrPrompt {
  sessionId: string;
  done: boolean;
  /** What to say next. */
  say: string;
  question: string | null;
  keys: string[];
  responseId: string | null;
}

function prompt(session: IvrSession, questions: KeypadQuestion[], prefix = ''): IvrPrompt {
  const q = questions[session.position];
  return {
    sessionId: session.id,
    done: false,
    say: `${prefix}${q.text}${q.required ? '' : ' Press star to skip.'}`,
    question: q.name,
    keys: [...Object.keys(q.keys), ...(q.required ? [] : ['*'])],
    responseId: null,
  };
}

/**
 * A call starts: the telephony provider posts the survey's token (a distribution link on the
 * IVR channel, or a personal invitation) and gets the first question. State lives in the
 * database, so any server copy can take the next key press.
 */
export async function startCall(
  ctx: RequestContext,
  input: { token: string; language?: string | null },
): Promise<IvrPrompt> {
  const { link, version } = await surveyForToken(ctx, input.token);
  const questions = keypadQuestions(version.definition as Survey, input.language ?? null);
  if (!questions.length)
    throw badInput(
      'This survey has no question that can be answered with the keypad (ratings up to 10 points, choices up to 9, yes/no).',
    );
  const session = ctx.em.create(IvrSession, {
    organization: link.orgId,
    tokenCipher: contactKeys(ctx.config).encrypt(input.token),
    answers: { __language: input.language ?? null },
  });
  await ctx.em.flush();
  return prompt(session, questions);
}

/** One key press: the answer to the current question, then the next question, or the end. */
export async function pressKey(ctx: RequestContext, sessionId: string, digits: string): Promise<IvrPrompt> {
  const unknown = () => notFound('Call', sessionId);
  if (!/^[0-9a-f-]{36}$/.test(sessionId)) throw unknown();
  const [row] = await ctx.em
    .getConnection()
    .execute(`select organization_id from ivr_session where id = ?`, [sessionId]);
  if (!row) throw unknown();
  ctx.em.setFilterParams('tenant', { orgId: row.organization_id });
  const session = await ctx.em.findOneOrFail(IvrSession, { id: sessionId });
  const token = contactKeys(ctx.config).decrypt(session.tokenCipher);
  if (session.responseId)
    return {
      sessionId,
      done: true,
      say: 'Thank you. Goodbye.',
      question: null,
      keys: [],
      responseId: session.responseId,
    };
  const language = (session.answers.__language as string | null) ?? null;
  const { version } = await surveyForToken(ctx, token);
  const questions = keypadQuestions(version.definition as Survey, language);
  const q = questions[session.position];
  const key = digits.trim().slice(0, 1);
  if (key === '*' && !q.required) session.position++;
  else if (key in q.keys) {
    session.answers = { ...session.answers, [q.name]: q.keys[key] };
    session.position++;
  } else {
    return prompt(session, questions, 'Sorry, that key is not an answer. ');
  }
  if (session.position < questions.length) {
    await ctx.em.flush();
    return prompt(session, questions);
  }
  const { __language, ...answers } = session.answers;
  const result = await submitResponse(ctx, {
    token,
    answers,
    clientRequestId: `ivr-${session.id}`,
    language: (__language as string | null) ?? null,
  });
  session.responseId = result.responseId;
  await ctx.em.flush();
  return {
    sessionId,
    done: true,
    say: 'Thank you for your answers. Goodbye.',
    question: null,
    keys: [],
    responseId: result.responseId,
  };
}
