import type {
  BandInput,
  GapPairInput,
  IndicatorKind,
  IndicatorModelDefinitionInput,
  IndicatorNodeInput,
  ItemBindingInput,
} from '../gql/graphql.js';
import { LEAF_KINDS } from './scorable.js';

/** A node as the editor holds it: children always present, an id stable across renames for Vue keys. */
export interface EditNode extends Omit<IndicatorNodeInput, 'children' | 'items' | 'pairs'> {
  children: EditNode[];
  items: ItemBindingInput[];
  pairs: GapPairInput[];
  uid: number;
}
export interface EditModel {
  root: EditNode;
  bands: BandInput[];
  minResponses: number;
  respondentCategory?: string | null;
  serviceSituation?: string | null;
}

let next = 1;
const uid = () => next++;

export const isLeaf = (kind: IndicatorKind) => (LEAF_KINDS as readonly string[]).includes(kind);

/** The draft's nested JSON (shaped like IndicatorModelDefinitionInput) as an editable tree. */
export function fromJson(json: unknown): EditModel {
  const definition = json as IndicatorModelDefinitionInput;
  const node = (n: IndicatorNodeInput): EditNode => ({
    ...n,
    items: n.items ?? [],
    pairs: n.pairs ?? [],
    children: (n.children ?? []).map(node),
    uid: uid(),
  });
  const { respondentCategory, serviceSituation } = definition; // the model's client group, kept as it is
  return {
    root: node(definition.root),
    bands: definition.bands ?? [],
    minResponses: definition.minResponses ?? 30,
    respondentCategory,
    serviceSituation,
  };
}

/** The editable tree as the mutation's input (the editor's own fields left out). */
export function toInput(model: EditModel): IndicatorModelDefinitionInput {
  const node = ({ uid: _uid, children, ...rest }: EditNode): IndicatorNodeInput => ({
    ...rest,
    children: children.map(node),
  });
  const { respondentCategory, serviceSituation } = model;
  return {
    root: node(model.root),
    bands: model.bands,
    minResponses: model.minResponses,
    respondentCategory,
    serviceSituation,
  };
}

/** A new node with a key not yet used anywhere in the model (keys are unique model-wide). */
export function newNode(kind: IndicatorKind, root: EditNode): EditNode {
  const base = kind === 'DIMENSION' ? 'dimension' : 'indicator';
  const keys = new Set<string>();
  const collect = (n: EditNode) => {
    keys.add(n.key);
    n.children.forEach(collect);
  };
  collect(root);
  let n = 1;
  while (keys.has(`${base}${n}`)) n++;
  return {
    key: `${base}${n}`,
    kind,
    label: '',
    weight: 1,
    mandatory: false,
    items: [],
    pairs: [],
    children: [],
    uid: uid(),
  };
}

/** Finds a node's parent in the tree. */
export function parentOf(root: EditNode, target: EditNode): EditNode | null {
  for (const child of root.children) {
    if (child === target) return root;
    const found = parentOf(child, target);
    if (found) return found;
  }
  return null;
}

/** Moves a node among its siblings (-1 up, +1 down), out to its grandparent, or into the previous sibling. */
export function move(root: EditNode, node: EditNode, how: 'up' | 'down' | 'out' | 'in'): boolean {
  const parent = parentOf(root, node);
  if (!parent) return false;
  const i = parent.children.indexOf(node);
  if (how === 'up' || how === 'down') {
    const j = how === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= parent.children.length) return false;
    parent.children.splice(i, 1);
    parent.children.splice(j, 0, node);
    return true;
  }
  if (how === 'out') {
    const grand = parentOf(root, parent);
    if (!grand) return false;
    parent.children.splice(i, 1);
    grand.children.splice(grand.children.indexOf(parent) + 1, 0, node);
    return true;
  }
  const into = parent.children[i - 1];
  if (!into || isLeaf(into.kind)) return false;
  parent.children.splice(i, 1);
  into.children.push(node);
  return true;
}

export function remove(root: EditNode, node: EditNode): void {
  const parent = parentOf(root, node);
  if (parent) parent.children.splice(parent.children.indexOf(node), 1);
}
