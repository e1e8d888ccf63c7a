import canonicalizeModule from 'canonicalize';
import { badInput } from '../graphql/errors.js';
import { DEFAULT_BANDS } from './engine/bands.js';
import { walk, type GapPair, type IndicatorNode, type ItemBinding, type ModelDefinition } from './engine/types.js';
import type { IndicatorModelDefinitionInput, IndicatorNodeInput, ItemBindingInput } from './indicator-model.inputs.js';
import type { IndicatorKind, IndicatorNodeType } from './indicator-model.types.js';

const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;
export const MAX_NODES = 500;

const translations = (list?: { locale: string; text: string }[] | null) =>
  (list ?? []).map((t) => ({ locale: t.locale.toLowerCase(), text: t.text }));

function binding(input: ItemBindingInput): ItemBinding {
  return {
    questionnaireId: input.questionnaireId,
    question: input.question.trim(),
    row: input.row ?? null,
    weight: input.weight ?? 1,
    reverse: input.reverse ?? false,
    notApplicable: input.notApplicable ?? [],
    min: input.min ?? null,
    max: input.max ?? null,
    valueScores: input.valueScores?.map((v) => ({ value: v.value, score: v.score })) ?? null,
    aliases: input.aliases ?? [],
  };
}

/** The typed GraphQL input as the engine's plain definition, with every default filled in. */
export function definitionFromInput(input: IndicatorModelDefinitionInput): ModelDefinition {
  let count = 0;
  const node = (n: IndicatorNodeInput, depth: number): IndicatorNode => {
    if (++count > MAX_NODES) throw badInput(`A model can have at most ${MAX_NODES} nodes.`);
    if (depth > 12) throw badInput(`The tree is nested too deeply at "${n.key}"; keep it within 8 levels.`);
    return {
      key: n.key.trim(),
      kind: n.kind as IndicatorKind,
      label: n.label.trim(),
      labelTranslations: translations(n.labelTranslations),
      weight: n.weight ?? 1,
      minShare: n.minShare ?? null,
      maxShare: n.maxShare ?? null,
      mandatory: n.mandatory ?? false,
      includeInIndex: n.includeInIndex ?? null,
      items: (n.items ?? []).map(binding),
      pairs: (n.pairs ?? []).map((p): GapPair => ({
        expectation: binding(p.expectation),
        perception: binding(p.perception),
        weight: p.weight ?? 1,
      })),
      metricKey: n.metricKey?.trim() || null,
      target: n.target ?? null,
      children: (n.children ?? []).map((c) => node(c, depth + 1)),
    };
  };
  return {
    root: node(input.root, 0),
    bands: input.bands?.length
      ? input.bands.map((b) => ({
          key: b.key.trim(),
          min: b.min,
          max: b.max,
          label: b.label,
          labelTranslations: translations(b.labelTranslations),
        }))
      : DEFAULT_BANDS,
    minResponses: input.minResponses ?? 30,
    ...populationOf(input),
  };
}

/** The client group a model is restricted to, or nothing when it scores every response. */
function populationOf(input: { respondentCategory?: string | null; serviceSituation?: string | null }) {
  const respondentCategory = input.respondentCategory?.trim() || null;
  const serviceSituation = input.serviceSituation?.trim() || null;
  return {
    ...(respondentCategory ? { respondentCategory } : {}),
    ...(serviceSituation ? { serviceSituation } : {}),
  };
}

/** A model with only an INDEX: what a new model starts from. */
export const emptyDefinition = (label: string): ModelDefinition => ({
  root: {
    key: 'index',
    kind: 'INDEX',
    label,
    labelTranslations: [],
    weight: 1,
    mandatory: true,
    items: [],
    pairs: [],
    children: [],
  },
  bands: DEFAULT_BANDS,
  minResponses: 30,
});

/** The tree as a flat list in tree order, for GraphQL (recursive output types cannot be queried to any depth). */
export function flattenNodes(model: ModelDefinition): IndicatorNodeType[] {
  return [...walk(model.root)].map(({ node, parent, depth }) => ({
    key: node.key,
    parentKey: parent?.key ?? null,
    depth,
    kind: node.kind as IndicatorKind,
    label: node.label,
    labelTranslations: node.labelTranslations,
    weight: node.weight,
    minShare: node.minShare ?? null,
    maxShare: node.maxShare ?? null,
    mandatory: node.mandatory,
    includeInIndex: node.includeInIndex ?? null,
    items: node.items.map((b) => ({
      ...b,
      row: b.row ?? null,
      min: b.min ?? null,
      max: b.max ?? null,
      valueScores: b.valueScores ?? null,
    })),
    pairs: node.pairs.map((p) => ({
      weight: p.weight,
      expectation: {
        ...p.expectation,
        row: p.expectation.row ?? null,
        min: p.expectation.min ?? null,
        max: p.expectation.max ?? null,
        valueScores: p.expectation.valueScores ?? null,
      },
      perception: {
        ...p.perception,
        row: p.perception.row ?? null,
        min: p.perception.min ?? null,
        max: p.perception.max ?? null,
        valueScores: p.perception.valueScores ?? null,
      },
    })),
    metricKey: node.metricKey ?? null,
    target: node.target ?? null,
  }));
}

const NODE_PROPERTIES = [
  'parentKey',
  'kind',
  'label',
  'labelTranslations',
  'weight',
  'minShare',
  'maxShare',
  'mandatory',
  'includeInIndex',
  'items',
  'pairs',
  'metricKey',
  'target',
] as const;

/** Differences between two definitions by node key, plus model-wide settings. */
export function diffModels(from: ModelDefinition, to: ModelDefinition) {
  const [a, b] = [flattenNodes(from), flattenNodes(to)];
  const byKey = (list: IndicatorNodeType[]) => new Map(list.map((n) => [n.key, n]));
  const [A, B] = [byKey(a), byKey(b)];
  const same = (x: unknown, y: unknown) => canonicalize(x ?? null) === canonicalize(y ?? null);
  const changed = b
    .filter((n) => A.has(n.key))
    .map((n) => ({
      key: n.key,
      changes: NODE_PROPERTIES.filter((p) => !same(A.get(n.key)![p], n[p])).map((p) => ({
        property: p,
        before: A.get(n.key)![p],
        after: n[p],
      })),
    }))
    .filter((c) => c.changes.length);
  const model = (['bands', 'minResponses', 'respondentCategory', 'serviceSituation'] as const)
    .filter((p) => !same(from[p], to[p]))
    .map((p) => ({ property: p, before: from[p], after: to[p] }));
  return { added: b.filter((n) => !A.has(n.key)), removed: a.filter((n) => !B.has(n.key)), changed, model };
}

/**
 * Every questionnaire id a model binds for client responses; with `withInspections`, also the
 * scoring sheets its INSPECTION leaves bind (whose answers come from visits, never responses).
 */
export function boundQuestionnaires(model: ModelDefinition, withInspections = false): string[] {
  const ids = new Set<string>();
  for (const { node } of walk(model.root)) {
    if (node.kind === 'INSPECTION' && !withInspections) continue;
    for (const b of node.items) ids.add(b.questionnaireId);
    for (const p of node.pairs) ids.add(p.expectation.questionnaireId).add(p.perception.questionnaireId);
  }
  return [...ids];
}
