/**
 * The indicator model as the scoring engine sees it: plain data, no I/O. The formulas are the
 * contract of design.md §4; every function in this folder is pure.
 */

export type IndicatorKind = 'INDEX' | 'DIMENSION' | 'SURVEY' | 'LIKERT_SUM' | 'NPS' | 'GAP' | 'METRIC' | 'INSPECTION';

export interface Translation {
  locale: string;
  text: string;
}

/** An answer slot bound to a leaf: a question `name` (or `name.row` for a matrix row). */
export interface ItemBinding {
  questionnaireId: string;
  question: string;
  row?: string | null;
  weight: number;
  reverse: boolean;
  /** Raw values that mean "does not apply" / "don't know": no score. */
  notApplicable: unknown[];
  /** Scale overrides; otherwise the scale comes from the questionnaire version answered. */
  min?: number | null;
  max?: number | null;
  /** For choice questions: the number each choice value stands for. */
  valueScores?: { value: unknown; score: number }[] | null;
  /** Earlier names of the question, for versions before a rename. */
  aliases: string[];
}

export interface GapPair {
  expectation: ItemBinding;
  perception: ItemBinding;
  weight: number;
}

export interface IndicatorNode {
  key: string;
  kind: IndicatorKind;
  label: string;
  labelTranslations: Translation[];
  weight: number;
  minShare?: number | null;
  maxShare?: number | null;
  mandatory: boolean;
  /** NPS and GAP only: take part in the index as (x + 100) / 2. */
  includeInIndex?: boolean | null;
  items: ItemBinding[];
  pairs: GapPair[];
  metricKey?: string | null;
  /** A score (0–100) the node should reach, such as a court's quality goal; results give the distance to it. */
  target?: number | null;
  children: IndicatorNode[];
}

export interface Band {
  key: string;
  min: number;
  max: number;
  label: string;
  labelTranslations: Translation[];
}

export interface ModelDefinition {
  root: IndicatorNode;
  bands: Band[];
  /** Units with fewer responses are listed as insufficient in rankings. */
  minResponses: number;
  /**
   * The client group the model is for: it scores only responses of this respondent category and/or
   * service situation (results add these as filters). Absent: every response.
   */
  respondentCategory?: string | null;
  serviceSituation?: string | null;
}

export interface MetricDefinition {
  key: string;
  kind: 'FLOW' | 'STOCK';
  worst: number;
  target: number;
  hasDenominator: boolean;
}

/** How one answer scores: its 0–100 score, its (reverse-coded) raw value, and whether it is top-2-box. */
export interface ScoredAnswer {
  score: number;
  raw: number;
  top2: boolean | null;
}

/** Leaves whose items come from responses. */
export const RESPONSE_KINDS: readonly IndicatorKind[] = ['SURVEY', 'LIKERT_SUM', 'NPS', 'GAP'];
/** Leaves whose items come from inspection visits (the fieldwork module), never from client responses. */
export const INSPECTION_KINDS: readonly IndicatorKind[] = ['INSPECTION'];
export const LEAF_KINDS: readonly IndicatorKind[] = [...RESPONSE_KINDS, 'METRIC', ...INSPECTION_KINDS];

/** NPS and GAP live on −100..100 and join the index only when mapped. */
export const isSideKind = (node: IndicatorNode) => node.kind === 'NPS' || node.kind === 'GAP';

/** Whether a node takes part in its parent's score (design.md §4: unmapped NPS/GAP do not). */
export const participates = (node: IndicatorNode) => !isSideKind(node) || Boolean(node.includeInIndex);

/** Every binding of a leaf, in a stable order: items, then each pair's expectation and perception. */
export function bindingsOf(node: IndicatorNode): ItemBinding[] {
  return node.kind === 'GAP' ? node.pairs.flatMap((p) => [p.expectation, p.perception]) : node.items;
}

/** Identifies a binding within a model: leaf key and position. */
export const bindingId = (nodeKey: string, index: number) => `${nodeKey}#${index}`;

export function* walk(
  node: IndicatorNode,
  parent: IndicatorNode | null = null,
  depth = 0,
): Generator<{ node: IndicatorNode; parent: IndicatorNode | null; depth: number }> {
  yield { node, parent, depth };
  for (const child of node.children) yield* walk(child, node, depth + 1);
}
