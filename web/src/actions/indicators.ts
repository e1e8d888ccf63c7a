/** The indicators of a model version's definition, for choosing the one an action is re-checked on. */
export interface IndicatorChoice {
  key: string;
  label: string;
  depth: number;
  metric: boolean;
  /** The questions bound to it (a leaf's items, a GAP's pairs). */
  questions: string[];
}

interface Json {
  key?: unknown;
  label?: unknown;
  kind?: unknown;
  children?: unknown;
  items?: unknown;
  pairs?: unknown;
}

const questionsOf = (node: Json): string[] => {
  const items = Array.isArray(node.items) ? node.items : [];
  const pairs = Array.isArray(node.pairs) ? node.pairs.flatMap((p) => [p?.expectation, p?.perception]) : [];
  return [...items, ...pairs].flatMap((b) => (typeof b?.question === 'string' ? [b.question] : []));
};

/** Every node below the root, in tree order, indented by depth. */
export function indicatorsOf(definition: unknown): IndicatorChoice[] {
  const out: IndicatorChoice[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 0 && typeof node.key === 'string')
      out.push({
        key: node.key,
        label: typeof node.label === 'string' ? node.label : node.key,
        depth,
        metric: node.kind === 'METRIC',
        questions: questionsOf(node),
      });
    if (Array.isArray(node.children)) for (const c of node.children) visit(c as Json, depth + 1);
  };
  const root = (definition as { root?: Json } | null)?.root;
  if (root) visit(root, 0);
  return out;
}

/** The first model and indicator scoring `question`, to pre-select; null when none does. */
export function indicatorFor(
  models: { id: string; indicators: IndicatorChoice[] }[],
  question: string | null | undefined,
): { modelId: string; indicatorKey: string } | null {
  if (!question) return null;
  for (const m of models) {
    const found = m.indicators.find((i) => i.questions.includes(question));
    if (found) return { modelId: m.id, indicatorKey: found.key };
  }
  return null;
}
