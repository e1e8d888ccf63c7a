import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../../server/questionnaires/survey-validation.js';
import { barometerJudge } from '../support/barometer-judge.js';
import { surveyCoreVerdict } from '../support/surveyjs-oracle.js';

/**
 * One regression test per finding of issue 13 (survey-core 2.5.43 against the plan on real
 * definitions). Each states the verdict SurveyJS gives, checks survey-core really gives it, and
 * that Barometer gives the same verdict and stores the same data.
 */
type Def = Record<string, unknown>;
const one = (...elements: Def[]): Def => ({ elements });
const ACCEPT = true;
const REFUSE = false;

const cases: [string, Def, Def, boolean][] = [
  // false refusals
  [
    'checkbox with valuePropertyName',
    one({ type: 'checkbox', name: 'cars', valuePropertyName: 'car', choices: ['Ford', 'BMW'] }),
    { cars: [{ car: 'Ford' }, { car: 'BMW' }] },
    ACCEPT,
  ],
  [
    'a validator with notificationType warning',
    one({
      type: 'text',
      name: 'age',
      inputType: 'number',
      validators: [{ type: 'numeric', maxValue: 70, notificationType: 'warning' }],
    }),
    { age: 80 },
    ACCEPT,
  ],
  [
    'a validator with notificationType info',
    one({
      type: 'text',
      name: 'age',
      inputType: 'number',
      validators: [{ type: 'numeric', maxValue: 70, notificationType: 'info' }],
    }),
    { age: 80 },
    ACCEPT,
  ],
  [
    'tagbox cells in a matrix',
    one({
      type: 'matrixdynamic',
      name: 'm',
      rowCount: 1,
      columns: [{ name: 'tags', cellType: 'tagbox', choices: [1, 2, 3] }],
    }),
    { m: [{ tags: [3, 2, 1] }] },
    ACCEPT,
  ],
  [
    'matrix totals',
    one({
      type: 'matrixdynamic',
      name: 'matrix',
      rowCount: 1,
      columns: [{ name: 'n', cellType: 'text', inputType: 'number', totalType: 'sum' }],
    }),
    { matrix: [{ n: 2 }], 'matrix-total': { n: 2 } },
    ACCEPT,
  ],
  [
    'a checkbox with no choices but a defaultValue',
    one({ type: 'checkbox', name: 'c', defaultValue: ['x'] }),
    { c: ['x'] },
    ACCEPT,
  ],
  [
    'a rating with text rateValues',
    one({ type: 'rating', name: 'r', rateValues: [{ value: 'bad' }, { value: 'good' }] }),
    { r: 'good' },
    ACCEPT,
  ],
  [
    'valueName: the data key is not the question name',
    one({ type: 'text', name: 'q1', valueName: 'shared' }),
    { shared: 'x' },
    ACCEPT,
  ],
  [
    'calculatedValues with includeIntoResult',
    {
      calculatedValues: [{ name: 'twice', expression: '{a} * 2', includeIntoResult: true }],
      elements: [{ type: 'text', name: 'a', inputType: 'number' }],
    },
    { a: 2, twice: 4 },
    ACCEPT,
  ],
  [
    'matrix detailElements',
    one({
      type: 'matrixdynamic',
      name: 'm',
      rowCount: 1,
      detailPanelMode: 'underRow',
      columns: [{ name: 'a', cellType: 'text' }],
      detailElements: [{ type: 'text', name: 'note' }],
    }),
    { m: [{ a: 'x', note: 'y' }] },
    ACCEPT,
  ],
  [
    'showOtherItem in a matrix cell',
    one({
      type: 'matrixdropdown',
      name: 'm',
      rows: ['r'],
      columns: [{ name: 'c', cellType: 'dropdown', choices: [1, 2], showOtherItem: true }],
    }),
    { m: { r: { c: 'other', 'c-Comment': 'three' } } },
    ACCEPT,
  ],
  ['a range slider', one({ type: 'slider', name: 's', sliderType: 'range', min: 0, max: 10 }), { s: [3, 8] }, ACCEPT],
  [
    'ranking with a choice hidden by visibleIf',
    one(
      { type: 'boolean', name: 'b' },
      { type: 'ranking', name: 'r', choices: ['a', 'b', { value: 'c', visibleIf: '{b} = true' }] },
    ),
    { b: false, r: ['b', 'a'] },
    ACCEPT,
  ],
  [
    'boolean cells with valueTrue',
    one({
      type: 'matrixdropdown',
      name: 'm',
      rows: ['r'],
      columns: [{ name: 'ok', cellType: 'boolean', valueTrue: 'yes', valueFalse: 'no' }],
    }),
    { m: { r: { ok: 'yes' } } },
    ACCEPT,
  ],
  ['readOnly and isRequired', one({ type: 'text', name: 'id', readOnly: true, isRequired: true }), {}, ACCEPT],
  [
    'validators on a question disabled by enableIf',
    one(
      { type: 'boolean', name: 'edit' },
      {
        type: 'text',
        name: 'n',
        inputType: 'number',
        enableIf: '{edit} = true',
        validators: [{ type: 'numeric', maxValue: 2 }],
      },
    ),
    { edit: false, n: 5 },
    ACCEPT,
  ],
  [
    'storeOthersAsComment: false',
    one({ type: 'radiogroup', name: 'r', choices: [1, 2], showOtherItem: true, storeOthersAsComment: false }),
    { r: 'my own answer' },
    ACCEPT,
  ],
  // false acceptances
  [
    'matrix column rules: a value off its validator range and a required column empty',
    one({
      type: 'matrixdynamic',
      name: 'm',
      rowCount: 1,
      columns: [
        {
          name: 'score',
          cellType: 'text',
          inputType: 'number',
          validators: [{ type: 'numeric', minValue: 1, maxValue: 5 }],
        },
        { name: 'area', cellType: 'text', isRequired: true },
      ],
    }),
    { m: [{ score: 6 }] },
    REFUSE,
  ],
  [
    'a matrix column with isUnique',
    one({ type: 'matrixdynamic', name: 'm', rowCount: 2, columns: [{ name: 'id', cellType: 'text', isUnique: true }] }),
    { m: [{ id: 'a' }, { id: 'a' }] },
    REFUSE,
  ],
  [
    'a matrix with keyName',
    one({ type: 'matrixdynamic', name: 'm', rowCount: 2, keyName: 'id', columns: [{ name: 'id', cellType: 'text' }] }),
    { m: [{ id: 'a' }, { id: 'a' }] },
    REFUSE,
  ],
  [
    'multiple-text items with isRequired',
    one({ type: 'multipletext', name: 'mt', items: [{ name: 'first', isRequired: true }, { name: 'last' }] }),
    { mt: { last: 'Li' } },
    REFUSE,
  ],
  [
    'multiple-text items with validators',
    one({ type: 'multipletext', name: 'mt', items: [{ name: 'mail', validators: [{ type: 'email' }] }] }),
    { mt: { mail: 'nope' } },
    REFUSE,
  ],
  ['an e-mail like a@b.c', one({ type: 'text', name: 'e', inputType: 'email' }), { e: 'a@b.c' }, REFUSE],
  [
    '"other" chosen without its text',
    one({ type: 'radiogroup', name: 'r', choices: [1, 2], showOtherItem: true }),
    { r: 'other' },
    REFUSE,
  ],
  [
    'eachRowRequired',
    one({ type: 'matrix', name: 'm', rows: ['a', 'b'], columns: [1, 2], eachRowRequired: true }),
    { m: { a: 1 } },
    REFUSE,
  ],
  [
    'an expression validator on an empty answer',
    one(
      { type: 'text', name: 'a' },
      { type: 'text', name: 'b', validators: [{ type: 'expression', expression: '{a} notempty' }] },
    ),
    {},
    REFUSE,
  ],
  [
    'minSelectedChoices',
    one({ type: 'checkbox', name: 'c', choices: [1, 2, 3], minSelectedChoices: 2 }),
    { c: [1] },
    REFUSE,
  ],
  [
    'a date before its min',
    one({ type: 'text', name: 'd', inputType: 'date', min: '2024-01-01' }),
    { d: '2023-12-31' },
    REFUSE,
  ],
  [
    'a required panel left empty',
    one({ type: 'panel', name: 'p', isRequired: true, elements: [{ type: 'text', name: 'a' }] }),
    {},
    REFUSE,
  ],
];

describe('each finding of issue 13 is judged as SurveyJS judges it', () => {
  for (const [name, definition, answers, accepted] of cases) {
    it(`${accepted ? 'accepts' : 'refuses'}: ${name}`, () => {
      const sc = surveyCoreVerdict(definition, answers);
      expect(sc.accepted).toBe(accepted);
      const ours = barometerJudge(definition, answers);
      expect(ours.problems.length === 0).toBe(accepted);
      if (accepted) expect(ours.answers).toEqual(sc.storedData);
    });
  }

  it('keeps the follow-up of a question with visible: false and a visibleIf (the NPS example)', () => {
    const nps = one(
      { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10 },
      { type: 'comment', name: 'reason', visible: false, visibleIf: '{nps} <= 6', isRequired: true },
    );
    const stored = barometerJudge(nps, { nps: 2, reason: 'Too slow' });
    expect(stored.problems).toEqual([]);
    expect(stored.answers).toEqual({ nps: 2, reason: 'Too slow' });
    expect(barometerJudge(nps, { nps: 2 }).problems.map((p) => p.question)).toEqual(['reason']);
    expect(surveyCoreVerdict(nps, { nps: 2 }).accepted).toBe(false);
  });
});

describe('publish refuses only what SurveyJS refuses', () => {
  it('reads a comment’s rows as its height, a number', () => {
    expect(validateDefinition(one({ type: 'comment', name: 'c', rows: 4 }))).toEqual([]);
  });

  it('allows a nameless html element, which survey-core names and which holds no answer', () => {
    expect(validateDefinition(one({ type: 'html', html: '<p>Thank you</p>' }, { type: 'text', name: 'a' }))).toEqual(
      [],
    );
  });

  it('still refuses a nameless question and rows that are not a list in a matrix', () => {
    const problems = validateDefinition(one({ type: 'text' }, { type: 'matrix', name: 'm', rows: 4, columns: [1] }));
    expect(problems.map((p) => p.message)).toEqual([
      'This question has no name; every question needs one (its answers are stored under it).',
      '"rows" must be a list.',
    ]);
  });
});
