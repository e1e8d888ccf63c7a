import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The fonts a report is printed with, and the text-run splitter that picks one for each
 * character: Noto Sans (Latin, Cyrillic with Ukrainian і ї є ґ) first, then the Noto Sans SC
 * subset whose unicode range covers it. @fontsource splits both families into subset files
 * (listed in each package's unicode.json), and a subset's range is not a promise: the SC
 * "cyrillic" subset lacks і, so every candidate is also asked whether it has the glyph.
 */
export type Weight = 'normal' | 'bold';

interface Subset {
  file: string;
  ranges: [number, number][];
}

export interface TextRun {
  /** Path of the .woff file pdfkit embeds for this run. */
  font: string;
  text: string;
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

function subsetsOf(name: string, prefix: string, weight: Weight): Subset[] {
  const dir = packageDir(name);
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const w = weight === 'bold' ? 700 : 400;
  // Latin first: the subsets overlap on punctuation, and Latin's glyphs are the ones to prefer.
  const order = Object.keys(ranges).sort((a, b) => Number(b.startsWith('latin')) - Number(a.startsWith('latin')));
  return order.map((key) => ({
    file: join(dir, 'files', `${prefix}-${key.replace(/^\[(\d+)\]$/, '$1')}-${w}-normal.woff`),
    ranges: parseRanges(ranges[key]),
  }));
}

const candidates = new Map<Weight, Subset[]>();
function candidatesFor(weight: Weight): Subset[] {
  let list = candidates.get(weight);
  if (!list) {
    list = [
      ...subsetsOf('@fontsource/noto-sans', 'noto-sans', weight),
      ...subsetsOf('@fontsource/noto-sans-sc', 'noto-sans-sc', weight),
    ];
    candidates.set(weight, list);
  }
  return list;
}

// Opened fonts are immutable files of an installed package: kept for the life of the process.
const opened = new Map<string, fontkit.Font>();
function openFont(file: string): fontkit.Font {
  let font = opened.get(file);
  if (!font) {
    font = fontkit.openSync(file);
    opened.set(file, font);
  }
  return font;
}

/** The first font file that draws `codePoint`, or null when none does. */
export function fontFor(codePoint: number, weight: Weight = 'normal'): string | null {
  for (const subset of candidatesFor(weight)) {
    if (!subset.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)) continue;
    if (openFont(subset.file).hasGlyphForCodePoint(codePoint)) return subset.file;
  }
  return null;
}

const fallbackFont = (weight: Weight) => candidatesFor(weight)[0].file;

/**
 * Splits `text` into runs of one font each. White space and characters no font has stay in the
 * run they are in (a missing character is drawn as the font's .notdef, never silently dropped).
 */
export function textRuns(text: string, weight: Weight = 'normal'): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const current = runs.at(-1);
    const font = /\s/.test(char) && current ? current.font : (fontFor(cp, weight) ?? current?.font);
    const chosen = font ?? fallbackFont(weight);
    if (current && current.font === chosen) current.text += char;
    else runs.push({ font: chosen, text: char });
  }
  return runs;
}

/** Whether `file` has a glyph for every non-space character of `text` (tests check the runs with it). */
export const covers = (file: string, text: string) =>
  [...text].every((c) => /\s/.test(c) || openFont(file).hasGlyphForCodePoint(c.codePointAt(0)!));
