import { describe, expect, it } from 'vitest';
import { diffDefinitions } from '../../server/questionnaires/survey-diff.js';
import { expandMandatory, lockedCoreViolations, mergeDefinitions } from '../../server/questionnaires/survey-merge.js';

const q = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'text', name, ...extra });
const names = (json: any) =>
  json.pages.map((p: any) => [
    p.name,
    p.elements.map((e: any) => [e.name, ...(e.elements ?? []).map((c: any) => c.name)].join('>')),
  ]);

describe('three-way merge of a parent update', () => {
  const base = {
    title: 'Survey',
    pages: [{ name: 'p1', elements: [q('a'), q('b'), { type: 'panel', name: 'box', elements: [q('c')] }] }],
  };

  it('applies the parent’s survey properties, new pages and moves, keeping local edits elsewhere', () => {
    const theirs = {
      title: 'Survey v2',
      pages: [
        { name: 'p1', elements: [q('a'), { type: 'panel', name: 'box', elements: [q('c')] }] },
        { name: 'p2', title: 'New page', elements: [q('b'), q('d')] },
      ],
    };
    const ours = {
      title: 'Survey',
      showProgressBar: 'top',
      pages: [
        {
          name: 'p1',
          elements: [
            q('a', { title: 'Local A' }),
            q('b'),
            { type: 'panel', name: 'box', elements: [q('c'), q('local')] },
          ],
        },
      ],
    };
    const out = mergeDefinitions(base, theirs, ours);
    expect(out.conflicts).toEqual([]);
    expect(out.applied.sort()).toEqual(['(page).p2', '(survey).title', 'b', 'd']);
    expect(out.definition.title).toBe('Survey v2');
    expect(out.definition.showProgressBar).toBe('top');
    expect(names(out.definition)).toEqual([
      ['p1', ['a', 'box>c>local']],
      ['p2', ['b', 'd']],
    ]);
    expect((out.definition.pages as any)[0].elements[0].title).toBe('Local A');
    expect((out.definition.pages as any)[1].title).toBe('New page');
    expect(ours.pages[0].elements).toHaveLength(3); // inputs are not modified
  });

  it('reports, and keeps, what the parent removed but the draft changed or filled', () => {
    const theirs = { title: 'Survey', pages: [{ name: 'p1', elements: [q('a')] }] };
    const ours = {
      title: 'Survey',
      pages: [
        {
          name: 'p1',
          elements: [
            q('a'),
            q('b', { isRequired: true }),
            { type: 'panel', name: 'box', elements: [q('c'), q('mine')] },
          ],
        },
      ],
    };
    const out = mergeDefinitions(base, theirs, ours);
    expect(out.conflicts.map((c) => [c.name, c.reason])).toEqual([
      ['b', 'removed in the parent but changed here'],
      ['box', 'removed in the parent but changed here'],
    ]);
    // "c" was removed by the parent and untouched here: it goes.
    expect(names(out.definition)).toEqual([['p1', ['a', 'b', 'box>mine']]]);
  });

  it('reports both sides adding the same name differently, and survey properties changed on both sides', () => {
    const theirs = {
      title: 'Theirs',
      pages: [{ name: 'p1', elements: [q('a'), q('b'), q('new', { inputType: 'date' })] }],
    };
    const ours = { title: 'Ours', pages: [{ name: 'p1', elements: [q('a'), q('b'), q('new')] }] };
    const out = mergeDefinitions(
      { title: 'Survey', pages: [{ name: 'p1', elements: [q('a'), q('b')] }] },
      theirs,
      ours,
    );
    expect(out.conflicts.map((c) => c.name)).toEqual(['(survey).title', 'new']);
    expect(out.definition.title).toBe('Ours');
  });

  it('merging an unchanged parent changes nothing', () => {
    const ours = { title: 'Survey', pages: [{ name: 'p1', elements: [q('x'), ...base.pages[0].elements] }] };
    const out = mergeDefinitions(base, base, ours);
    expect(out).toEqual({ definition: ours, applied: [], conflicts: [] });
  });
});

describe('locked core', () => {
  const parent = {
    pages: [
      {
        name: 'p1',
        elements: [{ type: 'panel', name: 'core', elements: [q('c1', { title: 'Speed' }), q('c2')] }, q('free')],
      },
    ],
  };

  it('marking a panel mandatory locks what is inside it', () => {
    expect(expandMandatory(parent, ['core'])).toEqual(['c1', 'c2', 'core']);
    expect(expandMandatory(parent, ['unknown'])).toEqual([]);
  });

  it('allows additions, moves and new translations; refuses removals and alterations', () => {
    const mandatory = expandMandatory(parent, ['core']);
    const refined = {
      pages: [
        { name: 'p0', elements: [q('mine')] },
        {
          name: 'p1',
          elements: [
            {
              type: 'panel',
              name: 'core',
              elements: [q('c1', { title: { default: 'Speed', uk: 'Швидкість' } }), q('c2'), q('extra')],
            },
          ],
        },
      ],
    };
    expect(lockedCoreViolations(parent, mandatory, refined)).toEqual([]);
    const lowered = {
      pages: [{ name: 'p1', elements: [{ type: 'panel', name: 'core', elements: [q('c1', { title: 'Speed?' })] }] }],
    };
    expect(lockedCoreViolations(parent, mandatory, lowered)).toEqual([
      { name: 'c1', message: '"c1" is mandatory in the parent questionnaire and cannot be altered (changed: title).' },
      { name: 'c2', message: '"c2" is mandatory in the parent questionnaire and cannot be removed.' },
    ]);
  });
});

describe('diff', () => {
  it('sees a reordering of choices as a change, but not a reordering of JSON keys', () => {
    const a = { elements: [{ type: 'radiogroup', name: 'r', choices: ['x', 'y'] }] };
    const b = { elements: [{ name: 'r', choices: ['y', 'x'], type: 'radiogroup' }] };
    expect(diffDefinitions(a, { elements: [{ name: 'r', type: 'radiogroup', choices: ['x', 'y'] }] })).toMatchObject({
      changed: [],
      unchangedCount: 1,
    });
    expect(diffDefinitions(a, b).changed[0].changes).toEqual([
      { aspect: 'OTHER', property: 'choices', before: ['x', 'y'], after: ['y', 'x'] },
    ]);
  });

  it('reports matrix rows and columns like choices', () => {
    const a = { elements: [{ type: 'matrix', name: 'm', columns: [1, 2, 3], rows: [{ value: 'r1', text: 'Row 1' }] }] };
    const b = {
      elements: [{ type: 'matrix', name: 'm', columns: [1, 2, 3, 4], rows: [{ value: 'r1', text: 'First row' }] }],
    };
    expect(diffDefinitions(a, b).changed[0].changes.map((c) => [c.aspect, c.property])).toEqual([
      ['CHOICES_RELABELLED', 'rows'],
      ['CHOICES_ADDED', 'columns'],
    ]);
  });
});
