import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveScale, scoreAnswer, scoreResponseItems } from '../../server/indicators/engine/scale.js';
import { computeScores } from '../../server/indicators/engine/score.js';
import { addResponse, emptyStats, mergeStats } from '../../server/indicators/engine/stats.js';
import type { IndicatorNode, ModelDefinition } from '../../server/indicators/engine/types.js';
import { item, model, node } from '../support/models.js';

const QUESTIONS = Array.from({ length: 8 }, (_, i) => `q${i}`);
const questionnaire = { elements: QUESTIONS.map((name) => ({ type: 'rating', name, rateMin: 1, rateMax: 5 })) };

/** A random model: INDEX → 1–3 dimensions → 1–3 SURVEY leaves, each binding 1–3 questions. */
const arbModel: fc.Arbitrary<ModelDefinition> = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 9 }),
      leaves: fc.array(
        fc.record({
          weight: fc.integer({ min: 1, max: 9 }),
          items: fc.array(
            fc.record({
              q: fc.constantFrom(...QUESTIONS),
              weight: fc.integer({ min: 1, max: 5 }),
              reverse: fc.boolean(),
            }),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((dims) =>
    model(
      node('index', 'INDEX', {
        children: dims.map((d, i) =>
          node(`d${i}`, 'DIMENSION', {
            weight: d.weight,
            children: d.leaves.map((l, j) =>
              node(`d${i}l${j}`, 'SURVEY', {
                weight: l.weight,
                items: l.items.map((it) => item(it.q, { weight: it.weight, reverse: it.reverse })),
              }),
            ),
          }),
        ),
      }),
    ),
  );

/** Responses answering each question 1–5 or not at all; the first answers everything. */
const arbResponses = fc
  .array(fc.dictionary(fc.constantFrom(...QUESTIONS), fc.integer({ min: 1, max: 5 })), { minLength: 0, maxLength: 12 })
  .chain((rest) =>
    fc
      .tuple(fc.tuple(...QUESTIONS.map(() => fc.integer({ min: 1, max: 5 }))), fc.constant(rest))
      .map(([full, others]) => [Object.fromEntries(QUESTIONS.map((q, i) => [q, full[i]])), ...others]),
  );

function scores(m: ModelDefinition, responses: Record<string, number>[]) {
  const stats = emptyStats();
  for (const r of responses) addResponse(m, stats, scoreResponseItems(m, questionnaire, new Set(['q1']), r));
  return computeScores(m, stats).nodes;
}

function scaleWeights(n: IndicatorNode, path: string, c: number): IndicatorNode {
  if (n.key === path) return { ...n, children: n.children.map((k) => ({ ...k, weight: k.weight * c })) };
  return { ...n, children: n.children.map((k) => scaleWeights(k, path, c)) };
}

describe('scoring properties', () => {
  it('every score stays within 0–100', () => {
    fc.assert(
      fc.property(arbModel, arbResponses, (m, responses) => {
        for (const n of scores(m, responses)) {
          if (n.score === null) continue;
          expect(n.score).toBeGreaterThanOrEqual(-1e-9);
          expect(n.score).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('scaling the weights of one set of siblings by a constant changes nothing', () => {
    fc.assert(
      fc.property(
        arbModel,
        arbResponses,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.nat(),
        (m, responses, c, pick) => {
          const parents = [m.root, ...m.root.children];
          const parent = parents[pick % parents.length];
          const before = scores(m, responses);
          const after = scores({ ...m, root: scaleWeights(m.root, parent.key, c) }, responses);
          before.forEach((n, i) => {
            expect(after[i].score ?? NaN).toBeCloseTo(n.score ?? NaN, 9);
            expect(after[i].effectiveWeight).toBeCloseTo(n.effectiveWeight, 9);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lost points sum to 100 − index when every leaf has data', () => {
    fc.assert(
      fc.property(arbModel, arbResponses, (m, responses) => {
        const nodes = scores(m, responses);
        const index = nodes.find((n) => n.key === 'index')!.score!;
        const lost = nodes.reduce((s, n) => s + (n.lostPoints ?? 0), 0);
        expect(lost).toBeCloseTo(100 - index, 9);
        expect(nodes.filter((n) => n.lostPoints !== null).reduce((s, n) => s + n.effectiveWeight, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('reversing twice is the identity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat({ max: 10 }),
        (min, width, offset) => {
          const max = min + width;
          const v = min + (offset % (width + 1));
          const element = { type: 'rating', name: 'x', rateMin: min, rateMax: max };
          const plain = item('x');
          const reversed = item('x', { reverse: true });
          const scale = resolveScale(element, plain);
          if (typeof scale === 'string') throw new Error(scale);
          const once = scoreAnswer(scale, reversed, v)!;
          // Reverse the reversed answer: the raw value coded min + max − v, scored reversed again.
          const twice = scoreAnswer(scale, reversed, once.raw)!;
          expect(twice.raw).toBeCloseTo(v, 12);
          expect(twice.score).toBeCloseTo(scoreAnswer(scale, plain, v)!.score, 12);
        },
      ),
    );
  });

  it('a response at the top of every scale scores 100 everywhere', () => {
    fc.assert(
      fc.property(arbModel, (m) => {
        // Reversed items are at their top when the raw answer is the minimum: bind each
        // question once, as the model's first use of it decides.
        const reversedFirst = new Map<string, boolean>();
        const visit = (n: IndicatorNode) => {
          for (const b of n.items) if (!reversedFirst.has(b.question)) reversedFirst.set(b.question, b.reverse);
          n.children.forEach(visit);
        };
        visit(m.root);
        const consistent: ModelDefinition = JSON.parse(JSON.stringify(m));
        const fix = (n: IndicatorNode) => {
          n.items.forEach((b) => (b.reverse = reversedFirst.get(b.question)!));
          n.children.forEach(fix);
        };
        fix(consistent.root);
        const best = Object.fromEntries(QUESTIONS.map((q) => [q, reversedFirst.get(q) ? 1 : 5]));
        for (const n of scores(consistent, [best])) {
          expect(n.score).toBeCloseTo(100, 9);
          expect(n.band?.key).toBe('very_satisfied');
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('sufficient statistics', () => {
  it('merging the statistics of two halves equals adding every response to one', () => {
    fc.assert(
      fc.property(arbModel, arbResponses, fc.nat(), (m, responses, cut) => {
        const split = cut % (responses.length + 1);
        const add = (rows: Record<string, number>[]) => {
          const stats = emptyStats();
          for (const r of rows) addResponse(m, stats, scoreResponseItems(m, questionnaire, new Set(['q1']), r));
          return stats;
        };
        const merged = computeScores(m, mergeStats(add(responses.slice(0, split)), add(responses.slice(split)))).nodes;
        const whole = computeScores(m, add(responses)).nodes;
        const same = (a: number | null, b: number | null) =>
          a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 9);
        merged.forEach((n, i) => {
          expect(n.n).toBe(whole[i].n);
          same(n.score, whole[i].score);
          same(n.sd, whole[i].sd);
        });
      }),
      { numRuns: 100 },
    );
  });
});
