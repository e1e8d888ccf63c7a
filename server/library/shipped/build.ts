/**
 * Builders for the shipped templates: one SurveyJS definition per template with its English,
 * Simplified Chinese and Ukrainian texts, and the indicator model that scores it.
 */

/** A text in the three languages Barometer ships. */
export interface Text {
  en: string;
  zh: string;
  uk: string;
}

export type Json = Record<string, unknown>;

/** A SurveyJS localizable string: `default` is English. */
export const loc = (t: Text): Json => ({ default: t.en, 'zh-cn': t.zh, uk: t.uk });

const translations = (t: Text) => [
  { locale: 'zh-cn', text: t.zh },
  { locale: 'uk', text: t.uk },
];

export interface Row {
  value: string;
  text: Text;
}

const AGREE: Text[] = [
  { en: 'Strongly disagree', zh: '非常不同意', uk: 'Зовсім не згоден' },
  { en: 'Disagree', zh: '不同意', uk: 'Не згоден' },
  { en: 'Neither agree nor disagree', zh: '一般', uk: 'Ні так, ні ні' },
  { en: 'Agree', zh: '同意', uk: 'Згоден' },
  { en: 'Strongly agree', zh: '非常同意', uk: 'Повністю згоден' },
];

const SATISFIED: Text[] = [
  { en: 'Very dissatisfied', zh: '非常不满意', uk: 'Дуже незадоволений' },
  { en: 'Dissatisfied', zh: '不满意', uk: 'Незадоволений' },
  { en: 'Neutral', zh: '一般', uk: 'Нейтрально' },
  { en: 'Satisfied', zh: '满意', uk: 'Задоволений' },
  { en: 'Very satisfied', zh: '非常满意', uk: 'Дуже задоволений' },
];

export const NOT_APPLICABLE: Text = { en: 'Does not apply', zh: '不适用', uk: 'Не стосується' };

/**
 * A 5-point matrix, one aspect per row (the courts' rule), with a "does not apply" column `na`
 * that scores nothing (design.md §4).
 */
export function matrix(name: string, title: Text, rows: Row[], scale: 'agree' | 'satisfied' = 'agree'): Json {
  const labels = scale === 'agree' ? AGREE : SATISFIED;
  return {
    type: 'matrix',
    name,
    title: loc(title),
    isAllRowRequired: false,
    columns: [
      ...labels.map((text, i) => ({ value: i + 1, text: loc(text) })),
      { value: 'na', text: loc(NOT_APPLICABLE) },
    ],
    rows: rows.map((r) => ({ value: r.value, text: loc(r.text) })),
  };
}

export function rating(name: string, title: Text, extra: Json = {}): Json {
  return { type: 'rating', name, title: loc(title), rateMin: 1, rateMax: 5, ...extra };
}

/** The 0–10 "would you recommend" item, scored as NPS. */
export function recommend(name: string, title: Text): Json {
  return { type: 'rating', name, title: loc(title), rateMin: 0, rateMax: 10 };
}

export function choice(name: string, title: Text, choices: Row[], extra: Json = {}): Json {
  return {
    type: 'radiogroup',
    name,
    title: loc(title),
    choices: choices.map((c) => ({ value: c.value, text: loc(c.text) })),
    ...extra,
  };
}

export function comment(name: string, title: Text): Json {
  return { type: 'comment', name, title: loc(title) };
}

export function page(name: string, title: Text, elements: Json[]): Json {
  return { name, title: loc(title), elements };
}

export function survey(title: Text, description: Text, pages: Json[]): Json {
  return { title: loc(title), description: loc(description), showQuestionNumbers: 'off', pages };
}

/** Stands for the questionnaire's id until the library knows it. */
export const QUESTIONNAIRE = '$questionnaire';

export function bind(question: string, row?: string, extra: Json = {}): Json {
  return {
    questionnaireId: QUESTIONNAIRE,
    question,
    ...(row ? { row } : {}),
    weight: 1,
    reverse: false,
    notApplicable: ['na'],
    ...extra,
  };
}

/** One binding per row of a matrix. */
export const rowsOf = (question: string, rows: Row[]) => rows.map((r) => bind(question, r.value));

type Kind = 'INDEX' | 'DIMENSION' | 'SURVEY' | 'NPS' | 'GAP' | 'METRIC' | 'INSPECTION';

export function node(key: string, kind: Kind, label: Text, extra: Json = {}): Json {
  return { key, kind, label: label.en, labelTranslations: translations(label), weight: 1, mandatory: false, ...extra };
}

/** The insurer guideline's bands (domain.md): 90–100 very satisfied … below 60 unqualified. */
export const BANDS: Json[] = [
  { key: 'unqualified', min: 0, max: 60, text: { en: 'Unqualified', zh: '不合格', uk: 'Незадовільно' } },
  { key: 'dissatisfied', min: 60, max: 70, text: { en: 'Dissatisfied', zh: '不满意', uk: 'Незадоволені' } },
  { key: 'satisfied', min: 70, max: 80, text: { en: 'Satisfied', zh: '满意', uk: 'Задоволені' } },
  { key: 'fairly', min: 80, max: 90, text: { en: 'Fairly satisfied', zh: '比较满意', uk: 'Досить задоволені' } },
  { key: 'very', min: 90, max: 100, text: { en: 'Very satisfied', zh: '非常满意', uk: 'Дуже задоволені' } },
].map(({ text, ...band }) => ({ ...band, label: (text as Text).en, labelTranslations: translations(text as Text) }));

export function model(root: Json, minResponses = 30): Json {
  return { root, bands: BANDS, minResponses };
}

export interface ShippedMetric {
  key: string;
  kind: 'FLOW' | 'STOCK';
  label: string;
  measurementUnit?: string;
  denominatorLabel?: string;
  /** The best value to aim for and the worst that still counts: their order gives the direction. */
  target: number;
  worst: number;
}

/** A template shipped with Barometer: the library publishes it and offers it to every organisation. */
export interface ShippedTemplate {
  /** Stable across releases: the library finds its own questionnaire by this key. */
  key: string;
  title: Text;
  category: string;
  tags: string[];
  /** Where the instrument comes from and what it is for, in English (the library's language). */
  description: string;
  survey: Json;
  model: Json;
  /** Administrative statistics the model's METRIC leaves read; an adopter declares them too. */
  metrics?: ShippedMetric[];
}
