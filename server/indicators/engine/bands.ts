import type { Band } from './types.js';

/** The insurer guideline's bands (design.md §4), in the three interface languages. */
export const DEFAULT_BANDS: Band[] = [
  {
    key: 'unqualified',
    min: 0,
    max: 60,
    label: 'Unqualified',
    labelTranslations: [
      { locale: 'zh-cn', text: '不合格' },
      { locale: 'uk', text: 'Незадовільно' },
    ],
  },
  {
    key: 'dissatisfied',
    min: 60,
    max: 70,
    label: 'Dissatisfied',
    labelTranslations: [
      { locale: 'zh-cn', text: '不满意' },
      { locale: 'uk', text: 'Незадоволений' },
    ],
  },
  {
    key: 'satisfied',
    min: 70,
    max: 80,
    label: 'Satisfied',
    labelTranslations: [
      { locale: 'zh-cn', text: '满意' },
      { locale: 'uk', text: 'Задоволений' },
    ],
  },
  {
    key: 'fairly_satisfied',
    min: 80,
    max: 90,
    label: 'Fairly satisfied',
    labelTranslations: [
      { locale: 'zh-cn', text: '比较满意' },
      { locale: 'uk', text: 'Переважно задоволений' },
    ],
  },
  {
    key: 'very_satisfied',
    min: 90,
    max: 100,
    label: 'Very satisfied',
    labelTranslations: [
      { locale: 'zh-cn', text: '非常满意' },
      { locale: 'uk', text: 'Дуже задоволений' },
    ],
  },
];

/** Scores are shown with one decimal; bands are assigned from what is shown (89.96 → 90.0). */
export function roundScore(score: number): number {
  return Math.round((score + Number.EPSILON) * 10) / 10;
}

/** Band of a 0–100 score: lower bound inclusive, upper exclusive, the top band includes 100. */
export function bandOf(bands: Band[], score: number | null): Band | null {
  if (score === null) return null;
  const shown = roundScore(score);
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return (
    sorted.find((b, i) => shown >= b.min && (shown < b.max || (i === sorted.length - 1 && shown <= b.max))) ?? null
  );
}

/** Bands must be ordered, without gaps or overlaps, covering exactly 0–100. */
export function bandProblems(bands: Band[]): string[] {
  if (!bands.length) return ['A model needs at least one band.'];
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const band of bands) {
    if (keys.has(band.key)) problems.push(`Band key "${band.key}" is used twice.`);
    keys.add(band.key);
    if (!(band.min < band.max))
      problems.push(`Band "${band.key}" is empty: its minimum (${band.min}) must be below its maximum (${band.max}).`);
  }
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  if (sorted[0].min !== 0) problems.push(`The bands must start at 0; the lowest starts at ${sorted[0].min}.`);
  if (sorted.at(-1)!.max !== 100)
    problems.push(`The bands must end at 100; the highest ends at ${sorted.at(-1)!.max}.`);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (b.min > a.max) problems.push(`Bands "${a.key}" and "${b.key}" leave a gap from ${a.max} to ${b.min}.`);
    if (b.min < a.max) problems.push(`Bands "${a.key}" and "${b.key}" overlap from ${b.min} to ${a.max}.`);
  }
  return problems;
}
