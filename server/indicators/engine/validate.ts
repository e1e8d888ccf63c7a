import { bandProblems } from './bands.js';
import { findQuestion, resolveScale } from './scale.js';
import {
  LEAF_KINDS,
  walk,
  type IndicatorNode,
  type ItemBinding,
  type MetricDefinition,
  type ModelDefinition,
} from './types.js';

/** A problem in a model, naming the node it is about. */
export interface ModelProblem {
  nodeKey: string | null;
  message: string;
}

export interface ValidationContext {
  metrics: ReadonlyMap<string, MetricDefinition>;
  /** The latest published definition of each bound questionnaire; missing when it has none. */
  questionnaires: ReadonlyMap<string, { title: string; definition: Record<string, unknown> } | null>;
}

const KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
export const MAX_DEPTH = 8;

function checkBinding(
  node: IndicatorNode,
  binding: ItemBinding,
  what: string,
  ctx: ValidationContext,
  problems: ModelProblem[],
): void {
  const say = (message: string): void =>
    void problems.push({
      nodeKey: node.key,
      message: `${what} (${binding.question}${binding.row ? `.${binding.row}` : ''}): ${message}`,
    });
  if (!(binding.weight >= 0) || !Number.isFinite(binding.weight))
    say(`its weight must be zero or more (it is ${binding.weight}).`);
  if (binding.min != null && binding.max != null && !(binding.min < binding.max))
    say(`its min (${binding.min}) must be below its max (${binding.max}).`);
  const questionnaire = ctx.questionnaires.get(binding.questionnaireId);
  if (questionnaire === undefined) return say('the questionnaire does not exist in your organisation.');
  if (questionnaire === null)
    return say('the questionnaire has no published version to check the binding against; publish it first.');
  const question = findQuestion(questionnaire.definition, binding);
  if (!question) {
    const names = [binding.question, ...binding.aliases].map((n) => `"${n}"`).join(' or ');
    return say(`no question named ${names} in the latest version of "${questionnaire.title}".`);
  }
  const scale = resolveScale(question.element, binding);
  if (typeof scale === 'string') return say(`it cannot be scored: ${scale}.`);
  if (node.kind === 'NPS' && (scale.min !== 0 || scale.max !== 10))
    say(`an NPS item must be on a 0–10 scale (this one is ${scale.min}–${scale.max}).`);
}

function checkSiblings(parent: IndicatorNode, problems: ModelProblem[]): void {
  const weights = parent.children.map((c) => c.weight);
  for (const child of parent.children) {
    if (!Number.isFinite(child.weight) || child.weight < 0)
      problems.push({ nodeKey: child.key, message: `The weight must be zero or more (it is ${child.weight}).` });
    const [lo, hi] = [child.minShare, child.maxShare];
    if (lo != null && (lo < 0 || lo > 1))
      problems.push({ nodeKey: child.key, message: `minShare must be between 0 and 1 (it is ${lo}).` });
    if (hi != null && (hi < 0 || hi > 1))
      problems.push({ nodeKey: child.key, message: `maxShare must be between 0 and 1 (it is ${hi}).` });
    if (lo != null && hi != null && lo > hi)
      problems.push({ nodeKey: child.key, message: `minShare (${lo}) is above maxShare (${hi}).` });
  }
  if (parent.children.length && weights.every((w) => w === 0)) {
    problems.push({
      nodeKey: parent.key,
      message: `All weights under "${parent.key}" are zero; at least one child needs a positive weight.`,
    });
  }
}

/** What an indicator of each kind needs: its bindings (checked against their questionnaires), pairs or metric. */
function checkIndicator(node: IndicatorNode, ctx: ValidationContext, problems: ModelProblem[]): void {
  switch (node.kind) {
    case 'SURVEY':
    case 'INSPECTION':
    case 'LIKERT_SUM':
      if (!node.items.length) problems.push({ nodeKey: node.key, message: 'Bind at least one question.' });
      node.items.forEach((b, i) => checkBinding(node, b, `Item ${i + 1}`, ctx, problems));
      if (node.items.length && node.items.every((b) => b.weight === 0))
        problems.push({ nodeKey: node.key, message: 'All item weights are zero.' });
      break;
    case 'NPS':
      if (node.items.length !== 1)
        problems.push({
          nodeKey: node.key,
          message: `An NPS indicator binds exactly one 0–10 question (it binds ${node.items.length}).`,
        });
      node.items.forEach((b, i) => checkBinding(node, b, `Item ${i + 1}`, ctx, problems));
      break;
    case 'GAP':
      if (!node.pairs.length)
        problems.push({
          nodeKey: node.key,
          message: 'A GAP indicator needs at least one expectation/perception pair.',
        });
      node.pairs.forEach((p, i) => {
        if (!(p.weight >= 0))
          problems.push({ nodeKey: node.key, message: `Pair ${i + 1}: its weight must be zero or more.` });
        checkBinding(node, p.expectation, `Pair ${i + 1} expectation`, ctx, problems);
        checkBinding(node, p.perception, `Pair ${i + 1} perception`, ctx, problems);
      });
      break;
    case 'METRIC': {
      const metric = node.metricKey ? ctx.metrics.get(node.metricKey) : undefined;
      if (!node.metricKey)
        problems.push({
          nodeKey: node.key,
          message: 'A METRIC indicator names the administrative statistic it uses (metricKey).',
        });
      else if (!metric)
        problems.push({
          nodeKey: node.key,
          message: `No metric with key "${node.metricKey}" is defined in your organisation.`,
        });
      else if (metric.target === metric.worst)
        problems.push({
          nodeKey: node.key,
          message: `Metric "${metric.key}" has target = worst (${metric.target}); it cannot be scored.`,
        });
      break;
    }
  }
}

/** A target is a 0–100 score: NPS/GAP outside the index have no score to compare it with. */
function checkTarget(node: IndicatorNode, problems: ModelProblem[]): void {
  if (node.target == null) return;
  if (!(node.target >= 0 && node.target <= 100))
    problems.push({ nodeKey: node.key, message: `The target must be a score from 0 to 100 (it is ${node.target}).` });
  else if ((node.kind === 'NPS' || node.kind === 'GAP') && !node.includeInIndex)
    problems.push({
      nodeKey: node.key,
      message: `A ${node.kind} indicator outside the index has no 0–100 score to set a target on; map it into the index (includeInIndex) or remove the target.`,
    });
}

/**
 * Checks a model before it is published: shape of the tree, keys, weights and share bounds,
 * bands, and every binding against the latest version of its questionnaire. Lists every problem.
 */
export function validateModel(model: ModelDefinition, ctx: ValidationContext): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const keys = new Set<string>();
  if (model.root.kind !== 'INDEX')
    problems.push({ nodeKey: model.root.key, message: 'The root of a model must be the INDEX.' });
  if (!Number.isInteger(model.minResponses) || model.minResponses < 1)
    problems.push({
      nodeKey: null,
      message: `minResponses must be a whole number of at least 1 (it is ${model.minResponses}).`,
    });
  for (const message of bandProblems(model.bands)) problems.push({ nodeKey: null, message });

  for (const { node, parent, depth } of walk(model.root)) {
    if (depth > MAX_DEPTH) {
      problems.push({ nodeKey: node.key, message: `The tree is deeper than ${MAX_DEPTH} levels here.` });
      continue;
    }
    if (!KEY.test(node.key))
      problems.push({
        nodeKey: node.key,
        message: `Key "${node.key}" is not valid: start with a letter, then up to 63 letters, digits, ".", "-" or "_".`,
      });
    if (keys.has(node.key))
      problems.push({
        nodeKey: node.key,
        message: `Key "${node.key}" is used by two nodes; keys must be unique in the model.`,
      });
    keys.add(node.key);
    if (parent && node.kind === 'INDEX')
      problems.push({ nodeKey: node.key, message: 'Only the root can be the INDEX.' });
    const leaf = LEAF_KINDS.includes(node.kind);
    if (leaf && node.children.length)
      problems.push({ nodeKey: node.key, message: `A ${node.kind} indicator is a leaf and cannot have children.` });
    if (!leaf && !node.children.length)
      problems.push({ nodeKey: node.key, message: `The ${node.kind.toLowerCase()} "${node.key}" has no children.` });
    if (node.children.length) checkSiblings(node, problems);
    if (node.includeInIndex && node.kind !== 'NPS' && node.kind !== 'GAP') {
      problems.push({
        nodeKey: node.key,
        message: 'includeInIndex is only for NPS and GAP indicators; others always count.',
      });
    }
    checkIndicator(node, ctx, problems);
    checkTarget(node, problems);
    if (!leaf && (node.items.length || node.pairs.length))
      problems.push({ nodeKey: node.key, message: 'Only indicators bind questions.' });
    if (node.kind === 'METRIC' && (node.items.length || node.pairs.length))
      problems.push({ nodeKey: node.key, message: 'A METRIC indicator binds no questions.' });
  }
  return problems;
}
