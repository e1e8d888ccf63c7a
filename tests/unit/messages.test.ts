import { describe, expect, it } from 'vitest';
import { messages } from '../../web/src/messages/index.js';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree)
    .flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)))
    .sort();

describe('interface texts', () => {
  it('exist in English, Chinese and Ukrainian alike: no key missing in any language', () => {
    const english = keys(messages.en);
    expect(english.length).toBeGreaterThan(100);
    expect(keys(messages['zh-CN'])).toEqual(english);
    expect(keys(messages.uk)).toEqual(english);
  });

  it('have no empty text', () => {
    for (const locale of Object.values(messages)) {
      const empty = keys(locale).filter(
        (k) =>
          k
            .split('.')
            .reduce<any>((t, p) => t[p], locale)
            .trim() === '',
      );
      expect(empty).toEqual([]);
    }
  });
});
