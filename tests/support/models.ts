import { DEFAULT_BANDS } from '../../server/indicators/engine/bands.js';
import type {
  IndicatorKind,
  IndicatorNode,
  ItemBinding,
  ModelDefinition,
} from '../../server/indicators/engine/types.js';

/** Builders for engine-level models, with the defaults an author would leave out. */
export function item(question: string, extra: Partial<ItemBinding> = {}, questionnaireId = 'q1'): ItemBinding {
  return { questionnaireId, question, weight: 1, reverse: false, notApplicable: [], aliases: [], ...extra };
}

export function node(key: string, kind: IndicatorKind, extra: Partial<IndicatorNode> = {}): IndicatorNode {
  return {
    key,
    kind,
    label: key,
    labelTranslations: [],
    weight: 1,
    mandatory: false,
    items: [],
    pairs: [],
    children: [],
    ...extra,
  };
}

export function model(root: IndicatorNode, extra: Partial<ModelDefinition> = {}): ModelDefinition {
  return { root, bands: DEFAULT_BANDS, minResponses: 30, ...extra };
}
