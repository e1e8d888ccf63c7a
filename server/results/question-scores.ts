import { Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { bindingsOf, walk, type ModelDefinition } from '../indicators/index.js';
import { elementsByName, latestPublished } from '../questionnaires/index.js';
import type { ItemScore } from './results.service.js';
import { ScoresType } from './results.types.js';

@ObjectType('QuestionScore', {
  description:
    'One question (or matrix row) bound to a leaf indicator, scored over the same scope as its node: the unit × question ' +
    'a rectification action can be opened on (docs/actions.md).',
})
export class QuestionScoreType {
  @Field({ description: 'Key of the leaf indicator it is bound to (NodeScore.key).' }) nodeKey!: string;
  @Field({ description: "The question's SurveyJS name." }) question!: string;
  @Field(() => String, { nullable: true, description: 'The matrix row value, for a matrix question; null otherwise.' })
  row!: string | null;
  @Field({
    description:
      'Its title (and the row’s text) in the newest published version of its questionnaire, default language; ' +
      'the name when that version does not have it.',
  })
  title!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'Mean 0–100 score of its answers, scaled and reverse-coded as bound; null without answers or withheld.',
  })
  score!: number | null;
  @Field(() => Int, { description: 'Responses that answered it with a score.' }) n!: number;
  @Field(() => Float, { nullable: true, description: 'Standard error of the score; null under two answers.' })
  se!: number | null;
  @Field(() => Float, { nullable: true, description: 'Half-width of the 95% interval (1.96 · se).' })
  ci95!: number | null;
  @Field(() => Float, { nullable: true, description: 'Weighted share of answers in the top two scale points (0–1).' })
  top2!: number | null;
  @Field({ description: 'Fewer answers than the model’s minimum (minResponses): shown, to be read with care.' })
  belowMinimum!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why the score is withheld (small group of anonymous or confidential answers); null when shown.',
  })
  withheldReason!: string | null;
}

/** What the `scores` resolver keeps for `Scores.questions`, read only when asked. */
export interface ScoresQuestions {
  definition: ModelDefinition;
  items: ItemScore[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown, fallback: string): string => {
  if (typeof v === 'string') return v;
  const text = isObject(v) ? (v.default ?? v.en ?? Object.values(v)[0]) : undefined;
  return typeof text === 'string' ? text : fallback;
};

/** The title of a question, and of its matrix row, in a SurveyJS definition. */
function titleIn(element: Record<string, unknown> | undefined, question: string, row: string | null): string {
  const title = textOf(element?.title, question);
  if (row === null) return title;
  const rows = Array.isArray(element?.rows) ? element.rows : [];
  const found = rows.find((r) => (isObject(r) ? r.value : r) === row);
  return `${title} · ${isObject(found) ? textOf(found.text, row) : row}`;
}

/** Each bound question's score, in tree order, titled from the newest published version of its questionnaire. */
export async function questionScores(ctx: RequestContext, q: ScoresQuestions): Promise<QuestionScoreType[]> {
  const bindings = new Map<string, { questionnaireId: string }>();
  for (const { node } of walk(q.definition.root))
    if (node.kind !== 'METRIC') bindingsOf(node).forEach((b, i) => bindings.set(`${node.key}#${i}`, b));
  const ids = [...new Set([...bindings.values()].map((b) => b.questionnaireId))];
  const latest = await latestPublished(ctx, ids);
  const elements = new Map([...latest].map(([id, v]) => [id, v ? elementsByName(v.definition) : new Map()]));
  return q.items.map((item) => {
    const questionnaireId = bindings.get(item.bindingId)?.questionnaireId ?? '';
    const element = elements.get(questionnaireId)?.get(item.question)?.element as Record<string, unknown> | undefined;
    return {
      nodeKey: item.nodeKey,
      question: item.question,
      row: item.row,
      title: titleIn(element, item.question, item.row),
      score: item.mean,
      n: item.n,
      se: item.se,
      ci95: item.ci95,
      top2: item.top2,
      belowMinimum: item.belowMinimum,
      withheldReason: item.withheldReason,
    };
  });
}

@Resolver(() => ScoresType)
export class ScoresQuestionsResolver {
  @FieldResolver(() => [QuestionScoreType], {
    description:
      'Every question (or matrix row) bound to a response-scored leaf, in tree order, scored over the same scope. ' +
      'Not paged: bounded by the model’s bindings (at most 500 nodes).',
  })
  questions(@Root() scores: ScoresType & { questionsOf?: ScoresQuestions }, @Ctx() ctx: RequestContext) {
    return scores.questionsOf ? questionScores(ctx, scores.questionsOf) : [];
  }
}
