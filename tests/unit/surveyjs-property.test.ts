import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../server/questionnaires/survey-validation.js';
import { validationPathOf, ValidationPath } from '../../server/questionnaires/survey-plan-coverage.js';
import { barometerJudge } from '../support/barometer-judge.js';
import { respond, rng } from '../support/surveyjs-answers.js';
import { corpus } from '../support/surveyjs-corpus.js';
import { compare } from '../support/surveyjs-differential.js';
import { surveyCoreVerdict } from '../support/surveyjs-oracle.js';

/**
 * Property tests of the differential suite: definitions made of the features the plan claims,
 * and responses to corpus definitions, generated at random; survey-core judges them live and
 * Barometer must give the same verdict and store the same data.
 */
type Def = Record<string, unknown>;
const choices = ['a', 'b', 'c'];
/** Fixed so `npm test` is repeatable; FC_SEED=<n> explores other cases. */
const SEED = Number(process.env.FC_SEED ?? 13);

const arbValidator = (type: string): fc.Arbitrary<Def | null> => {
  const notificationType = fc.constantFrom(undefined, 'error', 'warning', 'info');
  if (type === 'number')
    return fc.option(
      fc.record(
        { type: fc.constant('numeric'), minValue: fc.constant(2), maxValue: fc.constant(6), notificationType },
        { requiredKeys: ['type', 'minValue', 'maxValue'] },
      ),
    );
  if (type === 'text') {
    return fc.option(
      fc.oneof(
        fc.record(
          { type: fc.constant('text'), maxLength: fc.constant(6), notificationType },
          { requiredKeys: ['type', 'maxLength'] },
        ),
        fc.record({ type: fc.constant('email'), notificationType }, { requiredKeys: ['type'] }),
      ),
    );
  }
  if (type === 'checkbox') return fc.option(fc.record({ type: fc.constant('answercount'), maxCount: fc.constant(2) }));
  return fc.option(fc.record({ type: fc.constant('expression'), expression: fc.constant('{q0} notempty') }));
};

const DEFAULTS: Record<string, unknown> = {
  number: 4,
  text: 'hello',
  email: 'ann@example.org',
  comment: 'note',
  radiogroup: 'b',
  dropdown: 'c',
  checkbox: ['a', 'c'],
  rating: 3,
  boolean: false,
  matrix: { r1: 2, r2: 1 },
};

const arbQuestion = (i: number): fc.Arbitrary<Def> =>
  fc
    .constantFrom(
      'number',
      'text',
      'email',
      'comment',
      'radiogroup',
      'checkbox',
      'dropdown',
      'rating',
      'boolean',
      'matrix',
    )
    .chain((kind) =>
      fc
        .record({
          isRequired: fc.boolean(),
          readOnly: fc.constantFrom(false, false, false, true),
          visibleIf:
            i === 0 ? fc.constant(undefined) : fc.constantFrom(undefined, '{q0} notempty', "{q0} = 'a'", '{q0} > 3'),
          hidden: fc.constantFrom(false, false, true),
          other: fc.boolean(),
          withDefault: fc.constantFrom(false, false, true),
          validator: arbValidator(
            kind === 'radiogroup' || kind === 'dropdown' ? 'any' : kind === 'email' ? 'text' : kind,
          ),
        })
        .map(({ isRequired, readOnly, visibleIf, hidden, other, withDefault, validator }) => {
          const q: Def = {
            name: `q${i}`,
            isRequired,
            ...(readOnly ? { readOnly } : {}),
            ...(visibleIf ? { visibleIf } : {}),
            ...(hidden ? { visible: false } : {}),
          };
          if (withDefault) q.defaultValue = DEFAULTS[kind];
          if (validator)
            q.validators = [Object.fromEntries(Object.entries(validator).filter(([, v]) => v !== undefined))];
          if (kind === 'number') return { ...q, type: 'text', inputType: 'number', min: 0, max: 10 };
          if (kind === 'email') return { ...q, type: 'text', inputType: 'email' };
          if (kind === 'text' || kind === 'comment') return { ...q, type: kind, maxLength: 12 };
          if (kind === 'rating') return { ...q, type: 'rating', rateMin: 1, rateMax: 5 };
          if (kind === 'matrix')
            return { ...q, type: 'matrix', rows: ['r1', 'r2'], columns: [1, 2, 3], eachRowRequired: other };
          if (kind === 'boolean') return { ...q, type: 'boolean' };
          return { ...q, type: kind, choices, ...(other ? { showOtherItem: true } : {}) };
        }),
    );

const arbDefinition: fc.Arbitrary<Def> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbQuestion(i))).map((elements) => ({ elements })));

/** A response to a definition, made through survey-core, then perhaps an answer dropped or a hidden one added. */
const arbResponse = (definition: Def) =>
  fc
    .record({ seed: fc.integer(), p: fc.double({ min: 0.2, max: 1, noNaN: true }), drop: fc.boolean() })
    .map(({ seed, p, drop }) => {
      const { answers } = respond(definition, rng(seed), p);
      if (drop) delete answers[Object.keys(answers)[0]];
      return answers;
    });

function agrees(definition: Def, answers: Def): boolean {
  const verdict = surveyCoreVerdict(definition, answers);
  const found = compare(
    'generated',
    { label: 'generated', answers, offDomain: false, verdict },
    barometerJudge(definition, answers),
  );
  if (found)
    throw new Error(`${found.finding}: ${found.detail}\n${JSON.stringify(definition)}\n${JSON.stringify(answers)}`);
  return true;
}

describe('property: Barometer agrees with survey-core on generated surveys and responses', () => {
  it('on definitions made of the plan’s features', () => {
    fc.assert(
      fc.property(
        arbDefinition.chain((d) => fc.tuple(fc.constant(d), arbResponse(d))),
        ([d, answers]) => {
          expect(validationPathOf(d).path).toBe(ValidationPath.PLAN);
          return agrees(d, answers);
        },
      ),
      { numRuns: 100, seed: SEED },
    );
  }, 60_000);

  it('on responses to the corpus definitions the plan judges', () => {
    const onPlan = corpus().filter(
      (e) => validationPathOf(e.definition).path === ValidationPath.PLAN && !validateDefinition(e.definition).length,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...onPlan).chain((e) => fc.tuple(fc.constant(e.definition), arbResponse(e.definition))),
        ([d, answers]) => agrees(d, answers),
      ),
      {
        numRuns: 60,
        seed: SEED,
      },
    );
  }, 60_000);
});
