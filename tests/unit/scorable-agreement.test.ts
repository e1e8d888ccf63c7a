import { describe, expect, it } from 'vitest';
import { resolveScale } from '../../server/indicators/engine/scale.js';
import { scorableQuestions } from '../../web/src/models/scorable.js';
import { item } from '../support/models.js';
import { fixture, FIXTURES } from '../support/questionnaires.js';

/**
 * The model editor offers the questions an indicator can be bound to (web/src/models/scorable.ts);
 * the server scores them (resolveScale in server/indicators/engine/scale.ts). Both must agree on
 * which answer slots are scorable and on their scale, or the editor offers bindings the server
 * refuses (or hides ones it would score).
 */
type Json = Record<string, any>;

/** Every question of a SurveyJS definition, panels and dynamic panels included. */
function questionsOf(definition: Json): Json[] {
  const out: Json[] = [];
  const visit = (list: unknown) => {
    for (const e of Array.isArray(list) ? list : []) {
      if (typeof e?.name === 'string' && e.type !== 'panel' && e.type !== 'paneldynamic') out.push(e);
      visit(e?.elements);
      visit(e?.templateElements);
    }
  };
  for (const page of definition.pages ?? []) visit(page.elements);
  visit(definition.elements);
  return out;
}

/** The not-applicable values the editor puts on the binding of each slot (an "N/A" column or choice). */
const editorNotApplicable = (definition: Json) =>
  new Map(scorableQuestions(definition).map((q) => [`${q.name}${q.row === null ? '' : `.${q.row}`}`, q.notApplicable]));

/** What the server scores, with no binding override but the editor's not-applicable values: slot → [min, max]. */
function serverScales(definition: Json): Map<string, [number, number]> {
  const na = editorNotApplicable(definition);
  const out = new Map<string, [number, number]>();
  for (const q of questionsOf(definition)) {
    const rowValue = (r: Json | string) => String(typeof r === 'string' ? r : r.value);
    const rows: (string | null)[] = q.type === 'matrix' ? (q.rows ?? []).map(rowValue) : [null];
    for (const row of rows) {
      const slot = `${q.name}${row === null ? '' : `.${row}`}`;
      const scale = resolveScale(q, item(q.name, { row, notApplicable: na.get(slot) ?? [] }));
      if (typeof scale !== 'string') out.set(`${q.name}${row === null ? '' : `.${row}`}`, [scale.min, scale.max]);
    }
  }
  return out;
}

/** What the editor offers: slot → [min, max]. */
function editorScales(definition: Json): Map<string, [number, number]> {
  const slot = (q: { name: string; row: string | null }) => `${q.name}${q.row === null ? '' : `.${q.row}`}`;
  return new Map(scorableQuestions(definition).map((q) => [slot(q), [q.min, q.max]]));
}

/** Variants of every question type the fixtures use, on the edges where the rules could differ. */
const variants = {
  pages: [
    {
      name: 'p',
      elements: [
        { type: 'rating', name: 'r_default' },
        { type: 'rating', name: 'r_range', rateMin: 0, rateMax: 10 },
        { type: 'rating', name: 'r_count', rateMin: 2, rateCount: 4, rateStep: 2 },
        { type: 'rating', name: 'r_values', rateValues: [{ value: 1, text: 'bad' }, 3, { value: 7, text: 'good' }] },
        { type: 'rating', name: 'r_empty', rateMin: 5, rateMax: 5 },
        { type: 'rating', name: 'r_words', rateValues: ['bad', 'good'] },
        { type: 'rating', name: 'r_step0', rateMin: 1, rateMax: 5, rateStep: 0 },
        { type: 'imagepicker', name: 'img', choices: [{ value: 1 }, { value: 2 }] },
        { type: 'radiogroup', name: 'c_numeric', choices: [1, 2, 3] },
        { type: 'radiogroup', name: 'c_text', choices: ['yes', 'no'] },
        { type: 'radiogroup', name: 'c_single', choices: [{ value: 4, text: 'four' }] },
        { type: 'dropdown', name: 'd_numeric', choices: [{ value: '0' }, { value: '10' }] },
        { type: 'checkbox', name: 'multi', choices: [1, 2, 3] },
        { type: 'boolean', name: 'b' },
        { type: 'boolean', name: 'b_values', valueTrue: 'Y', valueFalse: 'N' },
        { type: 'text', name: 'n_bounded', inputType: 'number', min: 0, max: 120 },
        { type: 'text', name: 'n_open', inputType: 'number', min: 0 },
        { type: 'text', name: 'plain' },
        { type: 'comment', name: 'note' },
        {
          type: 'matrix',
          name: 'm',
          rows: ['x', { value: 'y', text: 'Why' }],
          columns: [{ value: 1 }, { value: 2 }, 5],
        },
        { type: 'matrix', name: 'm_text', rows: ['x'], columns: ['low', 'high'] },
        { type: 'matrix', name: 'm_na', rows: ['x'], columns: [1, 2, 3, 4, { value: 'na', text: 'N/A' }] },
        { type: 'radiogroup', name: 'c_na', choices: [0, 5, 10, 'dont_know'] },
        { type: 'rating', name: 'r_na', rateValues: [1, 2, 3, { value: 'na', text: 'N/A' }] },
        { type: 'matrixdropdown', name: 'md', rows: ['x'], columns: [{ name: 'c', cellType: 'rating' }] },
        { type: 'ranking', name: 'rank', choices: [1, 2, 3] },
        { type: 'expression', name: 'expr', expression: '1 + 1' },
        { type: 'paneldynamic', name: 'pd', templateElements: [{ type: 'rating', name: 'inner', rateMax: 7 }] },
      ],
    },
  ],
};

describe('the editor’s scorable questions agree with the server’s scales', () => {
  for (const name of FIXTURES) {
    it(`on the fixture survey ${name}`, () => {
      const definition = fixture(name);
      const server = serverScales(definition);
      expect(server.size).toBeGreaterThan(0);
      expect(Object.fromEntries(editorScales(definition))).toEqual(Object.fromEntries(server));
    });
  }

  it('on variants of every question type the fixtures contain', () => {
    const server = serverScales(variants);
    // Hand-checked: what a person would expect to be scorable, with its scale.
    expect(Object.fromEntries(server)).toEqual({
      r_default: [1, 5],
      r_range: [0, 10],
      r_count: [2, 8],
      r_values: [1, 7],
      c_numeric: [1, 3],
      img: [1, 2],
      d_numeric: [0, 10],
      b: [0, 1],
      b_values: [0, 1],
      n_bounded: [0, 120],
      'm.x': [1, 5],
      'm.y': [1, 5],
      'm_na.x': [1, 4],
      c_na: [0, 10],
      r_na: [1, 3],
      inner: [1, 7],
    });
    expect(Object.fromEntries(editorScales(variants))).toEqual(Object.fromEntries(server));
    // The editor binds an N/A column as not applicable, and shows it beside the scale.
    const naSlot = scorableQuestions(variants).find((q) => q.name === 'm_na')!;
    expect([naSlot.notApplicable, naSlot.scale]).toEqual([['na'], '1–4, n/a: na']);
  });

  it('refuses a non-numeric column the binding does not list as not applicable', () => {
    const m = variants.pages[0].elements.find((e) => e.name === 'm_na')!;
    expect(resolveScale(m, item('m_na', { row: 'x' }))).toMatch(/column values are not all numbers.*notApplicable/);
    expect(resolveScale(m, item('m_na', { row: 'x', notApplicable: ['na'] }))).toMatchObject({ min: 1, max: 4 });
  });
});
