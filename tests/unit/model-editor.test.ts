import { describe, expect, it } from 'vitest';
import { scorableQuestions } from '../../web/src/models/scorable.js';
import { fromJson, move, newNode, remove, toInput } from '../../web/src/models/tree.js';

describe('questions an indicator can bind (the server’s scale rules, client side)', () => {
  const survey = {
    pages: [
      {
        name: 'p',
        elements: [
          { type: 'rating', name: 'overall', title: 'Overall', rateMin: 1, rateMax: 5 },
          { type: 'rating', name: 'nps', title: { default: 'Recommend?', uk: 'Порадили б?' }, rateMin: 0, rateMax: 10 },
          { type: 'rating', name: 'stars', rateCount: 7 },
          { type: 'comment', name: 'why' },
          { type: 'checkbox', name: 'many', choices: [1, 2, 3] },
          { type: 'radiogroup', name: 'words', choices: ['good', 'bad'] },
          {
            type: 'dropdown',
            name: 'agree',
            choices: [
              { value: 1, text: 'No' },
              { value: 4, text: 'Yes' },
            ],
          },
          { type: 'boolean', name: 'again' },
          { type: 'text', name: 'age', inputType: 'number', min: 18, max: 99 },
          { type: 'text', name: 'count', inputType: 'number' },
          {
            type: 'panel',
            name: 'panel',
            elements: [
              {
                type: 'matrix',
                name: 'grid',
                title: 'Grid',
                columns: [1, 2, 3, 4, 5],
                rows: [{ value: 'wait', text: 'Waiting' }, 'staff'],
              },
            ],
          },
        ],
      },
    ],
  };

  it('offers ratings, numeric choices, yes/no, bounded numbers and matrix rows, each with its scale', () => {
    expect(scorableQuestions(survey).map((q) => [q.name, q.row, q.scale, q.title])).toEqual([
      ['overall', null, '1–5', 'Overall'],
      ['nps', null, '0–10', 'Recommend?'],
      ['stars', null, '1–7', 'stars'],
      ['agree', null, '1–4', 'agree'],
      ['again', null, 'yes/no', 'again'],
      ['age', null, '18–99', 'age'],
      ['grid', 'wait', '1–5', 'Grid — Waiting'],
      ['grid', 'staff', '1–5', 'Grid — staff'],
    ]);
  });
});

describe('the editable indicator tree', () => {
  const json = {
    root: {
      key: 'index',
      kind: 'INDEX',
      label: 'Index',
      children: [
        {
          key: 'a',
          kind: 'DIMENSION',
          label: 'A',
          children: [{ key: 'a1', kind: 'SURVEY', label: 'A1', items: [{ questionnaireId: 'q', question: 'x' }] }],
        },
        { key: 'b', kind: 'DIMENSION', label: 'B', children: [] },
      ],
    },
    bands: [],
    minResponses: 30,
  };

  it('round-trips the draft JSON as the mutation input, without the editor’s own fields', () => {
    const input = toInput(fromJson(json));
    expect(input.root.children![0].children![0]).toEqual({
      key: 'a1',
      kind: 'SURVEY',
      label: 'A1',
      items: [{ questionnaireId: 'q', question: 'x' }],
      pairs: [],
      children: [],
    });
    expect(JSON.stringify(input)).not.toContain('uid');
  });

  it('moves nodes up, down, into the node above and out again, and removes them', () => {
    const m = fromJson(json);
    const [a, b] = m.root.children;
    const keys = () => JSON.stringify(toInput(m).root, ['key', 'children']);
    expect(move(m.root, b, 'up')).toBe(true);
    expect(m.root.children.map((n) => n.key)).toEqual(['b', 'a']);
    expect(move(m.root, b, 'up')).toBe(false);
    move(m.root, b, 'down');
    expect(move(m.root, b, 'in')).toBe(true);
    expect(keys()).toBe(
      '{"key":"index","children":[{"key":"a","children":[{"key":"a1","children":[]},{"key":"b","children":[]}]}]}',
    );
    // A leaf cannot take children.
    expect(move(m.root, b, 'in')).toBe(false);
    expect(move(m.root, b, 'out')).toBe(true);
    expect(m.root.children.map((n) => n.key)).toEqual(['a', 'b']);
    remove(m.root, a);
    expect(m.root.children.map((n) => n.key)).toEqual(['b']);
  });

  it('gives new nodes keys unused anywhere in the model', () => {
    const m = fromJson({
      ...json,
      root: {
        ...json.root,
        children: [
          {
            key: 'dimension1',
            kind: 'DIMENSION',
            label: '',
            children: [{ key: 'indicator1', kind: 'SURVEY', label: '' }],
          },
        ],
      },
    });
    expect(newNode('DIMENSION', m.root).key).toBe('dimension2');
    expect(newNode('SURVEY', m.root).key).toBe('indicator2');
  });
});
